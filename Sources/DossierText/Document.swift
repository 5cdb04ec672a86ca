/// An analysed article: the text with every layer the analysis adds.
/// Entities are kept once, each with its mentions (one source of truth).
public struct Document: Sendable {
    public var article: Article
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var events: [Event]
    public var times: [TimeExpression]

    public init(article: Article, tokens: [Token] = [], sentences: [Sentence] = [],
                entities: [Entity] = [], events: [Event] = [], times: [TimeExpression] = []) {
        self.article = article
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.events = events
        self.times = times
    }

    public var text: String { article.text }

    public func entity(id: String) -> Entity? { entities.first { $0.id == id } }

    /// The sentence containing a UTF-8 offset.
    public func sentence(containing offset: Int) -> Sentence? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let sentence = sentences[mid]
            if offset < sentence.range.lowerBound { high = mid - 1 }
            else if offset >= sentence.range.upperBound { low = mid + 1 }
            else { return sentence }
        }
        return nil
    }
}

public enum EntityType: String, Sendable, CaseIterable, Codable {
    case person, organization, place, group, other
}

public struct Mention: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Codable { case name, pronoun, description }
    public var range: TextRange
    public var kind: Kind
    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}

public struct Relation: Sendable, Equatable, Hashable {
    /// brother, wife, lawyer, doctor, aide, spokesman, head, … ; the inverse reads "of" (e.g. "lawyer-of").
    public var type: String
    public var entityID: String
    public init(type: String, entityID: String) {
        self.type = type
        self.entityID = entityID
    }
}

public struct Entity: Sendable, Equatable {
    public var id: String
    public var type: EntityType
    public var name: String
    /// A normalised key for the same entity across articles (see `EntityKey`).
    public var key: String
    public var mentions: [Mention]
    public var relations: [Relation]
    /// Roles and titles stripped from names ("president", "opposition leader").
    public var roles: [String]

    public init(id: String, type: EntityType, name: String, key: String, mentions: [Mention],
                relations: [Relation] = [], roles: [String] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.key = key
        self.mentions = mentions
        self.relations = relations
        self.roles = roles
    }

    public var nameMentionCount: Int { mentions.lazy.filter { $0.kind == .name }.count }
}

public struct TimeExpression: Sendable, Equatable {
    public var range: TextRange
    /// TIMEX3-style value: `2021-01-23`, `2021-W04`, `2021-01`, `P2D`, `XXXX-XX-XX` when unresolved.
    public var value: String
    /// True when the anchor date was inferred from the text, not given.
    public var inferred: Bool
    public init(range: TextRange, value: String, inferred: Bool = false) {
        self.range = range
        self.value = value
        self.inferred = inferred
    }
}

public struct Event: Sendable, Equatable {
    public enum Modality: String, Sendable, Codable { case asserted, planned, possible, negated }
    public struct Participant: Sendable, Equatable {
        public var entityID: String
        /// agent, patient, place, …
        public var role: String
        public init(entityID: String, role: String) {
            self.entityID = entityID
            self.role = role
        }
    }

    public var id: String
    /// One of DESIGN.md's types: arrest, release, protest, search, attack, investigate, charge, …
    public var type: String
    public var trigger: TextRange
    public var sentence: TextRange
    public var participants: [Participant]
    public var time: TimeExpression?
    public var modality: Modality

    public init(id: String, type: String, trigger: TextRange, sentence: TextRange,
                participants: [Participant], time: TimeExpression? = nil, modality: Modality = .asserted) {
        self.id = id
        self.type = type
        self.trigger = trigger
        self.sentence = sentence
        self.participants = participants
        self.time = time
        self.modality = modality
    }
}
