import DossierText

/// Who an entity is, in one line: its name, its roles ("lawyer", "head of FBK") and its relations to
/// other entities of the article ("brother of Alexey Navalny", "wife: Yulia Navalnaya"), each of which
/// can be followed to the related entity.
public struct WhoIsWho: Sendable, Equatable {
    /// One relation as shown: its wording and the entity it leads to (index into `document.entities`).
    public struct Link: Sendable, Equatable {
        public var label: String
        public var entity: Int
    }

    public var name: String
    public var roles: [String]
    public var links: [Link]

    /// The roles and relations of `entity`, or nil when the analysis found none.
    /// An inverse relation ("brother-of") reads "brother of NAME" and absorbs the role it repeats
    /// ("political analyst" + "analyst-of" → "political analyst of Carnegie Moscow Center");
    /// a relation ("wife") reads "wife: NAME".
    init?(entity index: Int, model: ArticleModel) {
        let entity = model.entity(index)
        var roles = entity.roles
        var links: [Link] = []
        for relation in entity.relations {
            guard let target = model.index(ofEntity: relation.entityID), target != index else { continue }
            let name = model.entity(target).name
            let label: String
            if relation.type.hasSuffix("-of") {
                let type = String(relation.type.dropLast(3))
                if let role = roles.firstIndex(where: { $0 == type || $0.hasSuffix(" " + type) }) {
                    label = roles.remove(at: role) + " of " + name
                } else {
                    roles.removeAll { $0.hasPrefix(type + " of ") }
                    label = type + " of " + name
                }
            } else {
                label = relation.type + ": " + name
            }
            if !links.contains(where: { $0.label == label }) { links.append(Link(label: label, entity: target)) }
        }
        guard !roles.isEmpty || !links.isEmpty else { return nil }
        self.name = entity.name
        self.roles = roles
        self.links = links
    }
}

extension ArticleModel {
    /// The index of the entity with `id`.
    func index(ofEntity id: String) -> Int? {
        document.entities.firstIndex { $0.id == id }
    }
}

extension ArticleState {
    /// The who's-who of the selected entity, if it has roles or relations.
    public var whoIsWho: WhoIsWho? {
        selectedEntity.flatMap { WhoIsWho(entity: $0, model: model) }
    }

    /// Whether the article view starts with the who's-who line.
    var hasWhoLine: Bool { whoIsWho != nil }

    /// The relation of the who's-who line that Enter follows, if one was chosen for the selected entity.
    public var chosenRelation: Int? {
        guard let relationCursor, relationCursor.entity == selectedEntity else { return nil }
        return relationCursor.index
    }
}
