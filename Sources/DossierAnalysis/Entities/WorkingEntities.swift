import DossierText

/// A mention while the analysis runs: token span, byte range and the entity it belongs to.
struct WorkingMention: Sendable {
    var tokens: Range<Int>
    var range: TextRange
    var kind: Mention.Kind
    var entity: Int
    /// Followed by a possessive 's ("Navalny's").
    var isPossessor: Bool
}

/// An entity while the analysis runs.
struct WorkingEntity: Sendable {
    var type: EntityType
    var name: String
    var nameTokenCount: Int
    var key: String
    var gender: Gender = .unknown
    /// Person name parts as transliteration keys.
    var firstKey: String? = nil
    var lastKey: String? = nil
    var fullNameCount = 0
    var firstPosition: Int
    var roles: [String] = []
    var relations: [(type: String, entity: Int)] = []

    mutating func addRole(_ role: String) {
        if !roles.contains(role) { roles.append(role) }
    }

    mutating func addRelation(_ type: String, _ entity: Int) {
        if !relations.contains(where: { $0.type == type && $0.entity == entity }) { relations.append((type, entity)) }
    }

    /// The last word of every role ("opposition leader" → "leader").
    func hasRoleHead(_ noun: String) -> Bool {
        roles.contains { role in
            let role = role.lowercased()
            return role == noun || role.hasSuffix(" " + noun) || role.hasPrefix(noun + " of")
        }
    }
}

/// Mentions and entities of one document while the stages run.
struct WorkingSet: Sendable {
    var mentions: [WorkingMention] = []
    var entities: [WorkingEntity] = []

    /// Entities in order of first mention with ids e1, e2, …, mentions sorted by position.
    func finished() -> (entities: [Entity], ids: [String?]) {
        var byEntity = [[Mention]](repeating: [], count: entities.count)
        var first = [Int](repeating: Int.max, count: entities.count)
        for mention in mentions.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            byEntity[mention.entity].append(Mention(range: mention.range, kind: mention.kind))
            first[mention.entity] = min(first[mention.entity], mention.range.lowerBound)
        }
        let order = entities.indices.filter { !byEntity[$0].isEmpty }.sorted { first[$0] < first[$1] }
        var id = [Int: String]()
        for (n, index) in order.enumerated() { id[index] = "e\(n + 1)" }
        let ids = entities.indices.map { id[$0] }
        let result = order.map { index in
            let e = entities[index]
            var seen = Set<Int>()
            let mentions = byEntity[index].filter { seen.insert($0.range.lowerBound << 32 | $0.range.upperBound).inserted }
            return Entity(id: id[index]!, type: e.type, name: e.name, key: e.key, mentions: mentions,
                          relations: e.relations.compactMap { r in id[r.entity].map { Relation(type: r.type, entityID: $0) } },
                          roles: e.roles)
        }
        return (result, ids)
    }
}
