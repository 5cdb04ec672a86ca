/// The `a` view: the other articles of the library that mention the selected entity, with what
/// happened to it there; or (`T`, or `t` inside the view) its events from the whole library on one
/// timeline, oldest first.
public struct OtherArticlesState: Sendable, Equatable {
    public enum Mode: Sendable, Equatable { case articles, timeline }

    /// One line of the view.
    public enum Row: Sendable, Equatable {
        /// An article (index into `appearances`).
        case article(Int)
        /// An event of an article (indices into `appearances` and its `events`).
        case event(Int, Int)
    }

    public var entityName: String
    /// The entity's key in the index (`Entity.key`), which the answer is matched against.
    public var entityKey: String
    public var mode: Mode
    /// nil until the index has answered.
    public var appearances: [LibraryAppearance]?
    public var cursor = ListCursor()
    /// The lines for the mode, computed when the answer arrives or the mode changes.
    public private(set) var rows: [Row] = []

    public init(entityName: String, entityKey: String, mode: Mode) {
        self.entityName = entityName
        self.entityKey = entityKey
        self.mode = mode
    }

    mutating func adopt(_ appearances: [LibraryAppearance]) {
        self.appearances = appearances
        rows = Self.rows(appearances, mode: mode)
        cursor = ListCursor()
    }

    mutating func toggleMode() {
        mode = mode == .articles ? .timeline : .articles
        rows = Self.rows(appearances ?? [], mode: mode)
        cursor = ListCursor()
    }

    /// Articles other than the open one, newest first, each followed by its events in text order;
    /// or every event of every article ordered by its date (else the article's), then article and position.
    static func rows(_ appearances: [LibraryAppearance], mode: Mode) -> [Row] {
        switch mode {
        case .articles:
            return appearances.indices.filter { !appearances[$0].isOpen }.flatMap { article in
                [Row.article(article)] + appearances[article].events.indices.map { Row.event(article, $0) }
            }
        case .timeline:
            let events = appearances.indices.flatMap { article in appearances[article].events.indices.map { (article, $0) } }
            return events.sorted { a, b in
                let dateA = date(of: a, in: appearances), dateB = date(of: b, in: appearances)
                if dateA != dateB { return (dateA ?? "~") < (dateB ?? "~") }   // undated last
                if a.0 != b.0 { return a.0 > b.0 }                              // older article first
                return appearances[a.0].events[a.1].triggerOffset < appearances[b.0].events[b.1].triggerOffset
            }.map { Row.event($0.0, $0.1) }
        }
    }

    /// The event's own date, else its article's.
    static func date(of event: (Int, Int), in appearances: [LibraryAppearance]) -> String? {
        appearances[event.0].events[event.1].date ?? appearances[event.0].date
    }

    /// Where Enter on the cursor's row goes: the article at the entity's first mention, or at the event.
    var focusUnderCursor: ArticleFocus? {
        guard let appearances, rows.indices.contains(cursor.index) else { return nil }
        switch rows[cursor.index] {
        case .article(let index):
            let article = appearances[index]
            return ArticleFocus(path: article.path, part: article.part, entityOffset: article.firstOffset, offset: article.firstOffset)
        case .event(let index, let event):
            let article = appearances[index]
            return ArticleFocus(path: article.path, part: article.part, entityOffset: article.firstOffset,
                                offset: article.events[event].triggerOffset)
        }
    }
}
