/// One article read from a file, with its place in the file.
public struct ArticleEntry: Sendable {
    /// 0 for a file that is one article; the 1-based line (JSON Lines) or item number (feeds) otherwise.
    public var part: Int
    public var article: Article

    public init(part: Int, article: Article) {
        self.part = part
        self.article = article
    }
}

/// Turns one file of any supported format into articles.
public enum ArticleFiles {
    /// Feeds and JSON Lines hold many articles: they may be larger than one article file.
    public static let collectionSizeLimit = 1024 * 1024 * 1024

    /// Reads a file into its articles, by extension and by content. A single-article file larger than
    /// `articleLimit` bytes is refused (feeds and JSON Lines may be up to `collectionSizeLimit`).
    public static func read(path: String, articleLimit: Int = FileLoading.defaultSizeLimit) throws(ArticleFileError) -> [Article] {
        try entries(path: path, articleLimit: articleLimit).map(\.article)
    }

    public static func entries(path: String, articleLimit: Int = FileLoading.defaultSizeLimit) throws(ArticleFileError) -> [ArticleEntry] {
        let bytes = try FileLoading.readBytes(path: path, limit: max(collectionSizeLimit, articleLimit))
        return try entries(bytes: bytes, fileName: path, articleLimit: articleLimit)
    }

    /// The articles in a file's bytes; `fileName` names the file in errors and, unless `declaredFormat`
    /// gives it (a server's content type), chooses the format by its extension.
    public static func entries(bytes: [UInt8], fileName: String, articleLimit: Int = FileLoading.defaultSizeLimit,
                               headerCharset: String? = nil, declaredFormat: ArticleFormat? = nil) throws(ArticleFileError) -> [ArticleEntry] {
        let format = declaredFormat ?? ArticleFormat.detect(fileName: fileName, bytes: bytes)
        if format != .jsonLines && format != .feed, bytes.count > articleLimit {
            throw ArticleFileError(path: fileName, reason: "larger than \(FileLoading.describe(bytes: articleLimit)) (the size limit; see --max-size)")
        }
        switch format {
        case .text:
            return [ArticleEntry(part: 0, article: try FileLoading.article(from: bytes, path: fileName))]
        case .jsonLines:
            let result = JSONLinesReader.read(bytes)
            if result.articles.isEmpty {
                throw ArticleFileError(path: fileName, reason: "has no JSON line with an article text")
            }
            return result.articles.map { ArticleEntry(part: $0.line, article: $0.article) }
        case .html:
            let decoded = try decode(bytes, fileName: fileName, headerCharset: headerCharset)
            var article = HTMLArticleReader.read(decoded.text)
            if let note = decoded.note { article.notes.append(note) }
            guard !article.text.isEmpty else { throw ArticleFileError(path: fileName, reason: "has no article text") }
            return [ArticleEntry(part: 0, article: article)]
        case .feed:
            let decoded = try decode(bytes, fileName: fileName, headerCharset: headerCharset)
            let articles = FeedReader.read(decoded.text)
            if articles.isEmpty { throw ArticleFileError(path: fileName, reason: "is a feed without items") }
            return articles.enumerated().map { index, article in
                var article = article
                if let note = decoded.note { article.notes.append(note) }
                return ArticleEntry(part: index + 1, article: article)
            }
        }
    }

    /// Markup is decoded by the charset it declares (or the HTTP header's, for a fetched page).
    private static func decode(_ bytes: [UInt8], fileName: String, headerCharset: String?) throws(ArticleFileError) -> TextDecoding.Decoded {
        do {
            return try HTMLCharset.decode(bytes, headerCharset: headerCharset)
        } catch {
            switch error {
            case .binary: throw ArticleFileError(path: fileName, reason: "looks like a binary file, not an article")
            case .empty: throw ArticleFileError(path: fileName, reason: "is empty")
            }
        }
    }
}
