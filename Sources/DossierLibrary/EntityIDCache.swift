import GRDB

/// Entity keys → row ids and name lengths, so the writer does not look each entity up per article.
/// Only used inside the indexer's write transactions, which GRDB runs one at a time: hence
/// `@unchecked Sendable`. Discarded after the run (orphan entities are deleted at the end).
final class EntityIDCache: @unchecked Sendable {
    struct Entry {
        var id: Int64
        var nameLength: Int
    }

    private var entries: [String: Entry] = [:]
    private var isLoaded = false
    /// (entity id, name) pairs written in this run.
    private var namesWritten: Set<NamePair> = []

    struct NamePair: Hashable {
        var entityID: Int64
        var name: String
    }

    func entry(for key: String, in db: Database) throws -> Entry? {
        if !isLoaded {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, key, length(name) FROM entity")
            while let row = try rows.next() { entries[row[1]] = Entry(id: row[0], nameLength: row[2]) }
            isLoaded = true
        }
        return entries[key]
    }

    func set(_ entry: Entry, for key: String) { entries[key] = entry }

    /// True the first time a name is seen for an entity in this run.
    func isNew(name: String, entityID: Int64) -> Bool {
        namesWritten.insert(NamePair(entityID: entityID, name: name)).inserted
    }
}
