import GRDB

/// Which entities of the index are one person: an entity's own key, plus a bare surname and the one
/// full name that carries it. The analysis keys a person by first and last name ("person:alexey navalny")
/// and a surname seen alone by the surname ("person:navalny"); across articles the two meet only when
/// exactly one full-name person has that surname in the library. "Oleg Navalny" next to "Alexey Navalny"
/// makes a bare "Navalny" ambiguous, and it then stays its own entity.
enum PersonAliases {
    /// The surname part of a person's key: its last word ("person:alexey navalny" → "navalny").
    static func surname(ofKey key: String) -> String? {
        guard key.hasPrefix("person:") else { return nil }
        let words = key.dropFirst("person:".count).split(separator: " ")
        return words.last.map(String.init)
    }

    static func isFullName(_ key: String) -> Bool {
        key.dropFirst("person:".count).contains(" ")
    }

    /// The ids of the entities that are the same person as entity `id`, the full name first.
    static func group(of id: Int64, _ db: Database) throws -> [Int64] {
        guard let row = try Row.fetchOne(db, sql: "SELECT key, surname FROM entity WHERE id = ?", arguments: [id]),
              let surname = row[1] as String? else { return [id] }
        let key: String = row[0]
        let sharing = try Row.fetchAll(db, sql: "SELECT id, key FROM entity WHERE surname = ?", arguments: [surname])
        let fullNames = sharing.filter { isFullName($0[1]) }.map { $0[0] as Int64 }
        guard fullNames.count == 1 else { return [id] }
        if isFullName(key) {
            let bare = sharing.first { ($0[1] as String) == "person:" + surname }.map { $0[0] as Int64 }
            return [id] + (bare.map { [$0] } ?? [])
        }
        return [fullNames[0], id]
    }
}
