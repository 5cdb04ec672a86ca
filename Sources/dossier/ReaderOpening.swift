import DossierAnalysis
import DossierConfiguration
import DossierReader
import DossierText
#if canImport(Glibc)
import Glibc
#endif

/// What the reader opens: one article (analysed later, off the terminal's thread), or a folder (its
/// article list comes from the index on a terminal, from the files themselves in plain output).
enum ReaderOpening {
    case article(Article, name: String)
    case folder(String)

    static func load(_ target: String, articleLimit: Int, network: NetworkSettings,
                     clock: inout PhaseClock) throws(ArticleFileError) -> ReaderOpening {
        if WebPageLoading.isWebAddress(target) {
            let article = firstArticle(of: try WebPageLoading.articles(at: target, network: network, articleLimit: articleLimit))
            clock.mark("fetch")
            return .article(article, name: target)
        }
        if target == "-" {
            let bytes = try FileLoading.readAll(fd: 0, path: "-", limit: max(ArticleFiles.collectionSizeLimit, articleLimit))
            let article = try firstArticle(of: ArticleFiles.entries(bytes: bytes, fileName: "-", articleLimit: articleLimit).map(\.article))
            clock.mark("read")
            return .article(article, name: "stdin")
        }
        if LibraryScan.isDirectory(target) { return .folder(target) }
        let article = try firstArticle(path: target, articleLimit: articleLimit)
        clock.mark("read")
        return .article(article, name: target)
    }

    /// The article in a file of any supported format (text, Markdown, HTML, a feed, JSON Lines); for a
    /// file holding several, the first, with a note saying so.
    static func firstArticle(path: String, articleLimit: Int) throws(ArticleFileError) -> Article {
        try firstArticle(of: ArticleFiles.read(path: path, articleLimit: articleLimit))
    }

    /// Part `part` of a file (a JSON Lines line, a feed item); part 0 is the file's first article.
    /// Only that line of a JSON Lines file is parsed: a corpus of 12,000 releases is one 50 MB file.
    static func article(path: String, part: Int, articleLimit: Int) throws(ArticleFileError) -> Article {
        guard part > 0 else { return try firstArticle(path: path, articleLimit: articleLimit) }
        let bytes = try FileLoading.readBytes(path: path, limit: max(ArticleFiles.collectionSizeLimit, articleLimit))
        let missing = ArticleFileError(path: path, reason: "has no article \(part) any more")
        if ArticleFormat.detect(fileName: path, bytes: bytes) == .jsonLines {
            guard let line = JSONLinesReader.lines(bytes).first(where: { $0.number == part }),
                  let article = JSONLinesReader.article(fromLine: line.bytes) else { throw missing }
            return article
        }
        guard let entry = try ArticleFiles.entries(bytes: bytes, fileName: path, articleLimit: articleLimit).first(where: { $0.part == part }) else {
            throw missing
        }
        return entry.article
    }

    static func firstArticle(of articles: [Article]) -> Article {
        guard var first = articles.first else { return Article(text: "") }
        if articles.count > 1 { first.notes.append("first of \(articles.count) articles in the file") }
        return first
    }

    /// The plain-text rendering (output that is not a terminal): the analysis runs here, in line.
    func plainText(analyzer: Analyzer) -> String {
        switch self {
        case .article(let article, _):
            return PlainText.render(analyzer.analyze(article))
        case .folder(let folder):
            return LibraryState(folder: folder, articles: LibraryScan.summaries(in: folder)).articles.map { summary in
                [summary.date ?? "", summary.source ?? "", VisibleText.plain(summary.title), VisibleText.plain(summary.path)]
                    .joined(separator: "\t")
            }.joined(separator: "\n") + "\n"
        }
    }
}
