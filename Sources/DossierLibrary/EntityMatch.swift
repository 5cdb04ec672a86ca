/// An entity found by `who`, with the articles that mention it and what happened to it there.
public struct EntityMatch: Sendable, Equatable {
    public var key: String
    public var name: String
    public var type: String
    /// Every name it goes by across the library ("Alexey Navalny", "Alexei Navalny", "Navalny").
    public var names: [String]
    public var articleCount: Int
    public var mentionCount: Int
    /// Newest first, at most the limit asked for.
    public var articles: [EntityAppearance]
}

/// One article mentioning an entity.
public struct EntityAppearance: Sendable, Equatable {
    public var articleID: Int64
    public var path: RawPath
    public var part: Int
    public var title: String?
    public var date: String?
    public var source: String?
    public var mentionCount: Int
    /// UTF-8 offset of the first mention in the article's text.
    public var firstOffset: Int
    /// The entity's name in that article.
    public var nameInArticle: String
    public var events: [EntityEvent]
}

/// An event an entity takes part in.
public struct EntityEvent: Sendable, Equatable {
    public var type: String
    public var role: String
    public var trigger: String
    public var triggerOffset: Int
    public var sentence: String
    public var sentenceOffset: Int
    /// TIMEX3 value of the event's time (`2021-01-23`), when known.
    public var dateValue: String?
    public var timeText: String?
    public var modality: String
}
