/// One row of the library: an article file's metadata, nothing more (an index can supply it later).
public struct ArticleSummary: Sendable, Equatable {
    public var path: String
    /// 0, or the line (JSON Lines) or item (feeds) of the article in its file.
    public var part: Int
    public var title: String
    /// `YYYY-MM-DD` when known.
    public var date: String?
    public var source: String?
    public var isUnread: Bool

    public init(path: String, part: Int = 0, title: String, date: String? = nil, source: String? = nil, isUnread: Bool = true) {
        self.path = path
        self.part = part
        self.title = title
        self.date = date
        self.source = source
        self.isUnread = isUnread
    }

    /// Newest first; undated articles last, then by title.
    public static func newestFirst(_ a: ArticleSummary, _ b: ArticleSummary) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.title < b.title
        }
    }
}
