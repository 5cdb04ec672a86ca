import DossierText

/// What the index keeps of one analysed article: metadata, text for full-text search, and per
/// entity its mention count, first mention and names; events with their sentence and participants.
/// Built on the analysis workers so the writer only writes.
struct AnalyzedArticle: Sendable {
    struct EntitySummary: Sendable {
        var key: String
        var name: String
        var type: String
        /// Distinct names the entity goes by in this article (its name and its name mentions).
        var names: [String]
        var mentionCount: Int
        var firstOffset: Int
    }

    struct EventSummary: Sendable {
        var type: String
        var trigger: String
        var triggerOffset: Int
        var sentence: String
        var sentenceOffset: Int
        var dateValue: String?
        var timeText: String?
        var modality: String
        /// Indices into `entities`, with roles.
        var participants: [(entity: Int, role: String)]
    }

    var work: IndexWork
    var title: String?
    var date: String?
    var source: String?
    var url: String?
    var text: String
    var wordCount: Int
    var entities: [EntitySummary]
    var events: [EventSummary]

    init(work: IndexWork, document: Document) {
        let article = document.article
        self.work = work
        title = article.title
        date = article.date
        source = article.source
        url = article.url
        text = article.text
        wordCount = document.tokens.count { token in
            guard let first = article.slice(token.range).first else { return false }
            return first.isLetter || first.isNumber
        }
        var entityIndexByKey: [String: Int] = [:]
        var entityIndexByID: [String: Int] = [:]
        var entities: [EntitySummary] = []
        // Unnamed entities ("unnamed:person:33-year-old man", "unnamed:group:40 palestinians") are described, not
        // named: their key is the same for different people in different articles, so the index leaves them out.
        for entity in document.entities where !entity.mentions.isEmpty && !entity.key.hasPrefix("unnamed:") {
            let key = entity.libraryKey
            var names = [entity.name]
            for mention in entity.mentions where mention.kind == .name {
                let name = String(article.slice(mention.range))
                if !names.contains(name) { names.append(name) }
            }
            let firstOffset = entity.mentions.map(\.range.lowerBound).min() ?? 0
            if let index = entityIndexByKey[key] {
                entities[index].mentionCount += entity.mentions.count
                entities[index].firstOffset = min(entities[index].firstOffset, firstOffset)
                for name in names where !entities[index].names.contains(name) { entities[index].names.append(name) }
                entityIndexByID[entity.id] = index
            } else {
                entityIndexByKey[key] = entities.count
                entityIndexByID[entity.id] = entities.count
                entities.append(EntitySummary(key: key, name: entity.name, type: entity.type.rawValue, names: names,
                                              mentionCount: entity.mentions.count, firstOffset: firstOffset))
            }
        }
        self.entities = entities
        events = document.events.map { event in
            EventSummary(
                type: event.type,
                trigger: String(article.slice(event.trigger)),
                triggerOffset: event.trigger.lowerBound,
                sentence: String(article.slice(event.sentence)),
                sentenceOffset: event.sentence.lowerBound,
                dateValue: event.time?.value,
                timeText: event.time.flatMap { $0.range.isEmpty ? nil : String(article.slice($0.range)) },
                modality: event.modality.rawValue,
                participants: event.participants.compactMap { participant in
                    entityIndexByID[participant.entityID].map { ($0, participant.role) }
                })
        }
    }
}

extension Entity {
    /// The key the index files this entity under: its analysis key, else its type and normalised name.
    public var libraryKey: String {
        key.isEmpty ? "\(type.rawValue):\(NameWords.normalized(name))" : key
    }
}
