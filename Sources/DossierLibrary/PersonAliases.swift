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
        try groups(of: [id], db)[0]
    }

    /// `group(of:)` for several entities in two statements (`who` looks at dozens of candidates).
    static func groups(of ids: [Int64], _ db: Database) throws -> [[Int64]] {
        guard !ids.isEmpty else { return [] }
        var keys: [Int64: (key: String, surname: String?)] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, key, surname FROM entity WHERE id IN (\(sqlPlaceholders(ids.count)))",
                                       arguments: StatementArguments(ids))
        while let row = try rows.next() { keys[row[0]] = (row[1], row[2]) }
        let surnames = Array(Set(keys.values.compactMap(\.surname)))
        var fullNames: [String: [Int64]] = [:]
        var bare: [String: Int64] = [:]
        if !surnames.isEmpty {
            let sharing = try Row.fetchCursor(db, sql: "SELECT id, key, surname FROM entity WHERE surname IN (\(sqlPlaceholders(surnames.count)))",
                                              arguments: StatementArguments(surnames))
            while let row = try sharing.next() {
                let id: Int64 = row[0], key: String = row[1], surname: String = row[2]
                if isFullName(key) { fullNames[surname, default: []].append(id) } else if key == "person:" + surname { bare[surname] = id }
            }
        }
        return ids.map { id in
            guard let entry = keys[id], let surname = entry.surname, let full = fullNames[surname], full.count == 1 else { return [id] }
            if isFullName(entry.key) { return [id] + (bare[surname].map { [$0] } ?? []) }
            return [full[0], id]
        }
    }
}

/// "?,?,?": the parameters of an `IN (…)` list of `count` values.
func sqlPlaceholders(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ",") }
