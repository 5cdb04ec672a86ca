import DossierText

/// A mention placed in the text, pointing back at its entity.
public struct MentionSpan: Sendable, Equatable {
    public var range: TextRange
    public var entity: Int
    public var kind: Mention.Kind
}

/// A web address in the text and where it leads.
public struct WebLink: Sendable, Equatable {
    public var range: TextRange
    public var target: String
}

/// Everything the reader derives once from an analysed document: the entity list order, mentions sorted
/// by position, each entity's events and the timeline. Built when an article is opened, never per key.
public struct ArticleModel: Sendable {
    public let document: Document
    /// Indices into `document.entities`: grouped by type (people first), most mentioned first.
    public let entityOrder: [Int]
    /// Visible mentions of every entity, sorted by start offset.
    public let spans: [MentionSpan]
    /// Visible mentions of each entity (indexed like `document.entities`), sorted by start offset.
    public let mentions: [[TextRange]]
    /// Event indices of each entity, in text order.
    public let eventsOfEntity: [[Int]]
    /// Event indices ordered by time value (events without a time last), then by position.
    public let timeline: [Int]
    /// The ranges of the blocks a reader shows.
    public let visibleRanges: [TextRange]
    /// Web addresses in the shown text, in text order.
    public let links: [WebLink]
    /// The article's own address (from its metadata) when it is one Dossier links.
    public let ownAddress: String?
    /// Every address the article offers, once each: its own (from the metadata), then those in the text.
    public let linkTargets: [String]

    public init(document: Document) {

        self.document = document
        let visible = document.article.visibleBlocks.map(\.range)
        self.visibleRanges = visible
        self.links = visible.flatMap { block in
            WebLinks.find(in: document.article.slice(block)).compactMap { found -> WebLink? in
                let range = (block.lowerBound + found.lowerBound)..<(block.lowerBound + found.upperBound)
                return WebLinks.target(of: document.article.slice(range)).map { WebLink(range: range, target: $0) }
            }
        }
        var seen = Set<String>()
        let ownAddress = document.article.url.flatMap { WebLinks.target(of: $0) }
        self.ownAddress = ownAddress
        self.linkTargets = ([ownAddress].compactMap { $0 } + links.map(\.target)).filter { seen.insert($0).inserted }
        func isVisible(_ range: TextRange) -> Bool { ArticleModel.isVisible(range.lowerBound, in: visible) }

        var spans: [MentionSpan] = []
        var mentions: [[TextRange]] = []
        for (index, entity) in document.entities.enumerated() {
            let shown = entity.mentions.filter { isVisible($0.range) }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            mentions.append(shown.map(\.range))
            spans += shown.map { MentionSpan(range: $0.range, entity: index, kind: $0.kind) }
        }
        self.spans = spans.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        self.mentions = mentions

        let typeOrder: [EntityType] = [.person, .organization, .place, .group, .other]
        self.entityOrder = document.entities.indices.sorted { a, b in
            let ea = document.entities[a], eb = document.entities[b]
            let ta = typeOrder.firstIndex(of: ea.type)!, tb = typeOrder.firstIndex(of: eb.type)!
            if ta != tb { return ta < tb }
            if mentions[a].count != mentions[b].count { return mentions[a].count > mentions[b].count }
            return ea.name < eb.name
        }

        var indexOfID: [String: Int] = [:]
        for (index, entity) in document.entities.enumerated() { indexOfID[entity.id] = index }
        var eventsOfEntity = Array(repeating: [Int](), count: document.entities.count)
        let byPosition = document.events.indices.sorted { document.events[$0].trigger.lowerBound < document.events[$1].trigger.lowerBound }
        for eventIndex in byPosition {
            var seen = Set<Int>()
            for participant in document.events[eventIndex].participants {
                if let entity = indexOfID[participant.entityID], seen.insert(entity).inserted {
                    eventsOfEntity[entity].append(eventIndex)
                }
            }
        }
        self.eventsOfEntity = eventsOfEntity
        self.timeline = byPosition.enumerated().sorted { a, b in
            let va = document.events[a.element].time?.value, vb = document.events[b.element].time?.value
            switch (va, vb) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    public var title: String? { document.article.title }

    /// Whether an offset falls in a shown block (all text counts when there are no blocks).
    /// - Complexity: O(log b) over the blocks, which are in text order.
    static func isVisible(_ offset: Int, in ranges: [TextRange]) -> Bool {
        guard !ranges.isEmpty else { return true }
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }

    public func isVisible(_ offset: Int) -> Bool { ArticleModel.isVisible(offset, in: visibleRanges) }

    public func entity(_ index: Int) -> Entity { document.entities[index] }

    /// The index of the first span that may overlap offsets at or after `offset`.
    func firstSpan(endingAfter offset: Int) -> Int {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].range.lowerBound + Self.maxSpanLength <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Names are short; a generous bound lets one binary search on starts find every overlapping span.
    /// A longer mention loses its highlight on lines that start more than this far into it.
    static let maxSpanLength = 256

    /// One line for an event: its trigger and the names of the participants other than `excluding`.
    public func summary(ofEvent index: Int, excluding entity: Int? = nil) -> String {
        let event = document.events[index]
        var text = String(document.article.slice(event.trigger))
        let others = event.participants.compactMap { participant -> String? in
            guard let found = self.index(ofEntity: participant.entityID), found != entity else { return nil }
            return document.entities[found].name
        }
        var unique: [String] = []
        for name in others where !unique.contains(name) { unique.append(name) }
        if !unique.isEmpty { text += " · " + unique.joined(separator: ", ") }
        if event.modality != .asserted { text += " (\(event.modality.rawValue))" }
        return text
    }
}
