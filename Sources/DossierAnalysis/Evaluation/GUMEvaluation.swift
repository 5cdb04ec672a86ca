import DossierText

/// Scores the analysis on GUM documents: typed name mentions, person linking (MUC, B³, CEAF-e) and
/// third-person pronouns.
///
/// - Types: GUM person, organization and place are ours; its other named types (object, event, substance,
///   animal, plant, abstract) are `other`, and so are our `group` and `other`. Time and quantity mentions are
///   left out: dates are times here, not names.
/// - A gold name is a mention whose head word is a proper noun (PROPN), nested ones included ("New South
///   Wales" in "the University of New South Wales"). A found name matches the smallest gold name that contains
///   it and holds its head or at least half of its proper nouns; each gold name matches once. A found group
///   (nationality) name that matches no gold name is not counted: GUM marks no mention for "Australian" in
///   "Australian children".
/// - Person linking: gold chains are GUM's person entities (names, descriptions and pronouns); a found mention
///   of a person is aligned to the smallest unaligned gold person mention that contains it and holds its head.
///   Chains of one mention are left out on both sides, as CoNLL-2012 does.
/// - Pronouns: each gold third-person pronoun of a person with an earlier mention in its chain; correct when
///   the analysis puts it in an entity with another, non-pronoun, mention of that chain.
public struct GUMEvaluation: Sendable {
    public static let scoredTypes = ["person", "organization", "place", "other"]
    public static let thirdPersonPronouns: Set<String> = [
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs", "themselves",
    ]

    public struct Counts: Sendable, Equatable {
        public var found = 0, gold = 0, correct = 0
        public init(found: Int = 0, gold: Int = 0, correct: Int = 0) {
            self.found = found; self.gold = gold; self.correct = correct
        }
        public var precision: Double { found == 0 ? 0 : Double(correct) / Double(found) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var documents = 0
    public var names: [String: Counts] = [:]
    public var linking = CoreferenceScores()
    public var pronouns = Counts()
    /// With `keepsMisses`: each document's missed and unwanted names ("GUM_news_iodine: unwanted organization 'Food'").
    public var keepsMisses = false
    public var misses: [String] = []
    public init(keepsMisses: Bool = false) { self.keepsMisses = keepsMisses }

    public var allNames: Counts {
        names.values.reduce(into: Counts()) { total, counts in
            total.found += counts.found; total.gold += counts.gold; total.correct += counts.correct
        }
    }

    public static func mappedType(gum type: String) -> String? {
        switch type {
        case "person", "organization", "place": return type
        case "time", "quantity", "": return nil
        default: return "other"
        }
    }

    public static func mappedType(_ type: EntityType) -> String {
        switch type {
        case .person: return "person"
        case .organization: return "organization"
        case .place: return "place"
        case .group, .other: return "other"
        }
    }

    public mutating func add(_ gum: GUMDocument, analysis: Document) {
        documents += 1
        let starts = gum.words.map(\.range.lowerBound)
        func words(of range: TextRange) -> Range<Int> {
            var low = 0, high = starts.count
            while low < high { let mid = (low + high) / 2; if gum.words[mid].range.upperBound <= range.lowerBound { low = mid + 1 } else { high = mid } }
            var end = low
            while end < gum.words.count, gum.words[end].range.lowerBound < range.upperBound { end += 1 }
            return low..<max(low, end)
        }
        scoreNames(gum, analysis: analysis, words: words)
        scorePeople(gum, analysis: analysis, words: words)
    }

    private mutating func scoreNames(_ gum: GUMDocument, analysis: Document, words: (TextRange) -> Range<Int>) {
        let gold = gum.mentions.filter { gum.words[$0.head].upos == "PROPN" && Self.mappedType(gum: $0.type) != nil }
            .sorted { $0.words.count < $1.words.count }
        var matched = [Bool](repeating: false, count: gold.count)
        for mention in gold { names[Self.mappedType(gum: mention.type)!, default: Counts()].gold += 1 }
        var found: [(words: Range<Int>, type: String, isGroup: Bool)] = []
        for entity in analysis.entities {
            for mention in entity.mentions where mention.kind == .name {
                found.append((words(mention.range), Self.mappedType(entity.type), entity.type == .group))
            }
        }
        found.sort { $0.words.lowerBound < $1.words.lowerBound }
        for name in found where !name.words.isEmpty {
            let match = gold.indices.first { index in
                guard !matched[index] else { return false }
                let span = gold[index].words
                guard span.lowerBound <= name.words.lowerBound, span.upperBound >= name.words.upperBound else { return false }
                if name.words.contains(gold[index].head) { return true }
                let properNouns = span.filter { gum.words[$0].upos == "PROPN" }
                return properNouns.filter(name.words.contains).count * 2 >= properNouns.count
            }
            // GUM marks no mention for a nationality that modifies a noun ("Australian children"): such a
            // group name is not counted unless GUM has a mention for it.
            if match == nil, name.isGroup { continue }
            names[name.type, default: Counts()].found += 1
            if let match {
                matched[match] = true
                if Self.mappedType(gum: gold[match].type) == name.type {
                    names[name.type]!.correct += 1
                } else if keepsMisses {
                    misses.append("\(gum.id): \(name.type) '\(text(name.words))' is \(gold[match].type) '\(text(gold[match].words))'")
                }
            } else if keepsMisses {
                misses.append("\(gum.id): unwanted \(name.type) '\(text(name.words))'")
            }
        }
        if keepsMisses {
            for index in gold.indices where !matched[index] {
                misses.append("\(gum.id): missed \(gold[index].type) '\(text(gold[index].words))'")
            }
        }
        func text(_ words: Range<Int>) -> String { words.map { gum.words[$0].form }.joined(separator: " ") }
    }

    private mutating func scorePeople(_ gum: GUMDocument, analysis: Document, words: (TextRange) -> Range<Int>) {
        let people = gum.mentions.indices.filter { gum.mentions[$0].type == "person" }
        var aligned: [Int: Int] = [:]   // gold mention index → system entity index
        var response: [Set<String>] = []
        var unaligned = 0
        for (entityIndex, entity) in analysis.entities.enumerated() where entity.type == .person {
            var chain = Set<String>()
            for mention in entity.mentions {
                let span = words(mention.range)
                guard !span.isEmpty else { continue }
                let containing = people.filter { index in
                    let gold = gum.mentions[index]
                    return aligned[index] == nil && gold.words.lowerBound <= span.lowerBound
                        && gold.words.upperBound >= span.upperBound && span.contains(gold.head)
                }
                if let best = containing.min(by: { gum.mentions[$0].words.count < gum.mentions[$1].words.count }) {
                    aligned[best] = entityIndex
                    chain.insert("g\(best)")
                } else {
                    unaligned += 1
                    chain.insert("s\(unaligned)")
                }
            }
            response.append(chain)
        }
        var chains: [String: Set<String>] = [:]
        for index in people { chains[gum.mentions[index].entity, default: []].insert("g\(index)") }
        linking.add(key: chains.values.filter { $0.count > 1 }, response: response.filter { $0.count > 1 })

        var seen = Set<String>()
        for index in people.sorted(by: { gum.mentions[$0].words.lowerBound < gum.mentions[$1].words.lowerBound }) {
            let gold = gum.mentions[index]
            defer { seen.insert(gold.entity) }
            guard gold.words.count == 1, gum.words[gold.head].upos == "PRON",
                  Self.thirdPersonPronouns.contains(gum.words[gold.head].form.lowercased()), seen.contains(gold.entity) else { continue }
            pronouns.gold += 1
            guard let entity = aligned[index] else { continue }
            pronouns.found += 1
            let linked = people.contains { other in
                other != index && gum.mentions[other].entity == gold.entity && aligned[other] == entity
                    && gum.words[gum.mentions[other].head].upos != "PRON"
            }
            if linked { pronouns.correct += 1 }
        }
    }
}
