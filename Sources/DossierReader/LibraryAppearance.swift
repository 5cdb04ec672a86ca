/// An article of the library that mentions an entity, as the index reports it (the reader core knows
/// nothing of the index: the runtime converts its answer into these).
public struct LibraryAppearance: Sendable, Equatable {
    public var path: String
    /// 0, or the line (JSON Lines) or item (feeds) of the article in its file.
    public var part: Int
    public var title: String
    public var date: String?
    public var source: String?
    /// The entity's name in that article ("Navalny" for "Alexey Navalny").
    public var nameInArticle: String
    public var mentionCount: Int
    /// UTF-8 offset of the entity's first mention in that article's text.
    public var firstOffset: Int
    public var events: [LibraryEvent]
    /// True for the article on screen (listed on the timeline, not among the other articles).
    public var isOpen: Bool

    public init(path: String, part: Int = 0, title: String, date: String? = nil, source: String? = nil, nameInArticle: String,
                mentionCount: Int, firstOffset: Int, events: [LibraryEvent] = [], isOpen: Bool = false) {
        self.path = path
        self.part = part
        self.title = title
        self.date = date
        self.source = source
        self.nameInArticle = nameInArticle
        self.mentionCount = mentionCount
        self.firstOffset = firstOffset
        self.events = events
        self.isOpen = isOpen
    }
}

/// What happened to the entity in one of those articles.
public struct LibraryEvent: Sendable, Equatable {
    public var type: String
    public var role: String
    public var trigger: String
    /// UTF-8 offset of the trigger in the article's text.
    public var triggerOffset: Int
    /// TIMEX3 value of the event's time, when known.
    public var date: String?

    public init(type: String, role: String, trigger: String, triggerOffset: Int, date: String? = nil) {
        self.type = type
        self.role = role
        self.trigger = trigger
        self.triggerOffset = triggerOffset
        self.date = date
    }
}

/// Where to put the reader in an article about to open: the entity to select (the one with a mention
/// starting at `entityOffset`) and the place to show (`offset`: that mention, or an event's trigger).
public struct ArticleFocus: Sendable, Equatable {
    public var path: String
    public var part: Int
    public var entityOffset: Int
    public var offset: Int
}
