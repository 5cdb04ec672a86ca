/// The article list screen.
public struct LibraryState: Sendable, Equatable {
    public var folder: String
    public var articles: [ArticleSummary]
    public var filter = ""
    public var cursor = ListCursor()

    public init(folder: String, articles: [ArticleSummary]) {
        self.folder = folder
        self.articles = articles.sorted(by: ArticleSummary.newestFirst)
    }

    /// Indices into `articles` matching the filter (title, source or date, ignoring case).
    public var shown: [Int] {
        guard !filter.isEmpty else { return Array(articles.indices) }
        return articles.indices.filter { index in
            let article = articles[index]
            return TextSearch.containsIgnoringCase(article.title, filter)
                || TextSearch.containsIgnoringCase(article.source ?? "", filter)
                || TextSearch.containsIgnoringCase(article.date ?? "", filter)
        }
    }

    public var selected: ArticleSummary? {
        let shown = shown
        return shown.indices.contains(cursor.index) ? articles[shown[cursor.index]] : nil
    }
}
