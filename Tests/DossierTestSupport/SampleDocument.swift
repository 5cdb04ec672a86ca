import DossierText

/// Builds small analysed documents by hand for reader tests: mentions and triggers are named by their
/// text, so tests read like the article they describe.
public struct SampleDocument {
    public private(set) var article: Article
    public private(set) var entities: [Entity] = []
    public private(set) var events: [Event] = []

    /// An article parsed from plain text (paragraphs separated by blank lines), with an optional title.
    public init(_ text: String, title: String? = nil) {
        var article = ArticleParser.parse(text)
        if let title { article.title = title }
        self.article = article
    }

    /// Every whole-word occurrence of `needle` in the text, as UTF-8 ranges.
    public func ranges(of needle: String) -> [TextRange] {
        let text = Array(article.text.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty, text.count >= pattern.count else { return [] }
        var result: [TextRange] = []
        var start = 0
        while start + pattern.count <= text.count {
            let end = start + pattern.count
            if text[start..<end].elementsEqual(pattern),
               start == 0 || !isWordByte(text[start - 1]), end == text.count || !isWordByte(text[end]) {
                result.append(start..<(start + pattern.count))
                start += pattern.count
            } else {
                start += 1
            }
        }
        return result
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80
    }

    /// The `occurrence`-th range of `needle` (0 = first).
    public func range(of needle: String, occurrence: Int = 0) -> TextRange {
        let found = ranges(of: needle)
        precondition(found.indices.contains(occurrence), "\"\(needle)\" occurs \(found.count) times, not \(occurrence + 1)")
        return found[occurrence]
    }

    /// Adds an entity whose name mentions are every occurrence of each of `names`, plus the given
    /// pronoun occurrences (text, occurrence index).
    @discardableResult
    public mutating func entity(_ id: String, _ type: EntityType, _ name: String, names: [String],
                                pronouns: [(String, Int)] = []) -> String {
        var mentions = names.flatMap { ranges(of: $0) }.map { Mention(range: $0, kind: .name) }
        mentions += pronouns.map { Mention(range: range(of: $0.0, occurrence: $0.1), kind: .pronoun) }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        // A shorter name inside a longer one ("Navalny" in "Alexey Navalny") is one mention.
        mentions = mentions.filter { mention in
            !mentions.contains { $0 != mention && $0.range.lowerBound <= mention.range.lowerBound
                && $0.range.upperBound >= mention.range.upperBound }
        }
        entities.append(Entity(id: id, type: type, name: name, key: name.lowercased(), mentions: mentions))
        return id
    }

    /// Gives entity `id` roles and titles ("opposition leader").
    public mutating func roles(_ id: String, _ roles: String...) {
        guard let index = entities.firstIndex(where: { $0.id == id }) else { preconditionFailure("no entity \(id)") }
        entities[index].roles += roles
    }

    /// Relates two entities as the analysis does: `other` is the `type` of `id` ("e1" brother "e2": e2 is
    /// e1's brother); `id` gets the relation, `other` its inverse (`brother-of`).
    public mutating func relate(_ id: String, _ type: String, _ other: String) {
        guard let a = entities.firstIndex(where: { $0.id == id }), let b = entities.firstIndex(where: { $0.id == other }) else {
            preconditionFailure("no entity \(id) or \(other)")
        }
        entities[a].relations.append(Relation(type: type, entityID: other))
        entities[b].relations.append(Relation(type: type + "-of", entityID: id))
    }

    /// Adds an event triggered by an occurrence of `trigger`, in the sentence around it.
    public mutating func event(_ id: String, _ type: String, trigger: String, occurrence: Int = 0,
                               participants: [(String, String)], time: String? = nil,
                               modality: Event.Modality = .asserted) {
        let triggerRange = range(of: trigger, occurrence: occurrence)
        let sentence = sentenceRange(around: triggerRange)
        let timeExpression = time.map { TimeExpression(range: triggerRange, value: $0) }
        events.append(Event(id: id, type: type, trigger: triggerRange, sentence: sentence,
                            participants: participants.map { Event.Participant(entityID: $0.0, role: $0.1) },
                            time: timeExpression, modality: modality))
    }

    /// From the previous sentence end (". " or a block start) to the next one.
    func sentenceRange(around range: TextRange) -> TextRange {
        let bytes = Array(article.text.utf8)
        var start = range.lowerBound
        while start > 0, !(bytes[start - 1] == 0x0A || (start >= 2 && bytes[start - 1] == 0x20 && bytes[start - 2] == 0x2E)) {
            start -= 1
        }
        var end = range.upperBound
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x2E { end += 1 }
        if end < bytes.count, bytes[end] == 0x2E { end += 1 }
        return start..<end
    }

    public var document: Document {
        var document = Document.prepare(article)
        document.entities = entities
        document.events = events
        return document
    }
}
