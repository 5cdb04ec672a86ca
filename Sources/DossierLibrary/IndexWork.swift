import DossierText

/// One article to analyse and write into the index.
struct IndexWork: Sendable {
    var fileID: Int64
    var part: Int
    var hash: Int64
    /// The article's row when it is being re-analysed (its read state is kept).
    var existingArticleID: Int64?
    var source: ArticleSource
}

/// An article ready to analyse, or a line of JSON Lines still to parse (parsed on the analysis
/// workers: a file of 12,000 lines would otherwise be parsed on one thread before any analysis).
enum ArticleSource: Sendable {
    case parsed(Article)
    case jsonLine(ArraySlice<UInt8>)

    /// The article, or nil for a line that is not an article object.
    var article: Article? {
        switch self {
        case .parsed(let article): return article
        case .jsonLine(let line): return JSONLinesReader.article(fromLine: line)
        }
    }
}

/// A file's row as the index knows it.
struct KnownFile: Sendable {
    var id: Int64
    var path: RawPath
    var size: Int64
    var modified: Int64
    /// nil while the file's articles are still being written.
    var hash: Int64?
}

/// What reading a new or changed file gave.
enum FileReading: Sendable {
    /// Same bytes as indexed: only its size or time changed.
    case sameContent(hash: Int64)
    /// `hash` is nil when the file could not be read at all (it is tried again next time).
    case failed(hash: Int64?, problem: String)
    case articles(format: String, hash: Int64, entries: [(part: Int, hash: Int64, source: ArticleSource)])
}

/// Progress of an indexing run, reported on the caller's thread.
public struct IndexProgress: Sendable {
    public enum Phase: String, Sendable { case scanning, reading, analysing }
    public var phase: Phase
    public var done: Int
    public var total: Int
}

/// What an indexing run did.
public struct IndexSummary: Sendable, Equatable {
    public var filesFound = 0
    public var filesUnchanged = 0
    public var filesRead = 0
    public var filesRemoved = 0
    public var articlesAnalysed = 0
    public var articlesUnchanged = 0
    public var articlesRemoved = 0
    /// JSON lines that turned out not to be articles.
    public var linesRejected = 0
    public var articlesInIndex = 0
    /// The analysis changed since the index was built (`Analyzer.version`): every article was analysed again.
    public var analysisChanged = false
    /// Files that could not be read as articles, one line each.
    public var problems: [String] = []
    public var seconds = 0.0
    /// Where the time went: reading and parsing files, waiting for analysis, writing batches.
    public var secondsReading = 0.0
    public var secondsWaitingForAnalysis = 0.0
    public var secondsWriting = 0.0
    /// Processor time the writer thread spent writing (less than `secondsWriting` on a busy machine).
    public var processorSecondsWriting = 0.0
}
