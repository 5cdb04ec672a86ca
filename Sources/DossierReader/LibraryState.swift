/// The article list screen.
public struct LibraryState: Sendable, Equatable {
    public var folder: String
    public var articles: [ArticleSummary] { didSet { refilter() } }
    public var filter = "" { didSet { refilter() } }
    public var cursor = ListCursor()
    /// Indices into `articles` matching the filter (title, source or date, ignoring case); kept with
    /// the list and the filter so that drawing 10,000 articles does not filter them on every key.
    public private(set) var shown: [Int] = []
    /// How far bringing the index up to date has got ("indexing 40/120"), while it runs.
    public var progress: String?
    /// How many articles the folder holds while only the first screenful is listed.
    public var totalCount: Int?

    /// `articles` in any order: they are shown newest first.
    public init(folder: String, articles: [ArticleSummary], progress: String? = nil) {
        self.folder = folder
        self.articles = Self.newestFirst(articles)
        self.progress = progress
        refilter()
    }

    /// Sorted newest first; a list already in that order (as the index gives it) is checked, not sorted again.
    static func newestFirst(_ articles: [ArticleSummary]) -> [ArticleSummary] {
        for index in articles.indices.dropFirst() where ArticleSummary.newestFirst(articles[index], articles[index - 1]) {
            return articles.sorted(by: ArticleSummary.newestFirst)
        }
        return articles
    }

    private mutating func refilter() {
        guard !filter.isEmpty else { shown = Array(articles.indices); return }
        shown = articles.indices.filter { index in
            let article = articles[index]
            return TextSearch.containsIgnoringCase(article.title, filter)
                || TextSearch.containsIgnoringCase(article.source ?? "", filter)
                || TextSearch.containsIgnoringCase(article.date ?? "", filter)
        }
    }

    /// The count for the title and the status line: the whole folder's, even before it is all listed.
    var count: Int { totalCount ?? articles.count }

    public var selected: ArticleSummary? {
        shown.indices.contains(cursor.index) ? articles[shown[cursor.index]] : nil
    }

    /// Takes a newer list (the index has analysed more files), keeping the filter and the cursor on
    /// the same article when it is still listed.
    mutating func replaceArticles(_ newer: [ArticleSummary], progress: String?) {
        let current = selected
        articles = Self.newestFirst(newer)
        self.progress = progress
        totalCount = nil
        if let current, let position = shown.firstIndex(where: { articles[$0].path == current.path && articles[$0].part == current.part }) {
            cursor.index = position
        }
    }
}
