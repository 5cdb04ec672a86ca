import GRDB

/// The SQLite index of a library: articles, full text, entities, mentions and events.
/// WAL mode: readers never block the writer; every write is one transaction, so killing the
/// indexer at any moment leaves the last committed state. The index is a cache: when the file
/// is damaged or is not a Dossier index, it is moved aside and rebuilt.
public struct LibraryIndex: Sendable {
    public let path: String
    /// A pool (a writer and concurrent readers) for indexing; one connection for a quick query.
    let database: any DatabaseWriter
    /// What happened while opening ("… was damaged: moved to … and rebuilt").
    public let notes: [String]

    /// Opens the index at `path`, creating it (and its folder) when missing.
    public static func open(at path: String) throws -> LibraryIndex {
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try FileSystem.makeDirectories(String(path[..<slash]))
        }
        return try open(at: path, singleConnection: false)
    }

    /// Opens an existing index for queries, on one connection (quicker to open); nil when there is none yet.
    public static func openExisting(at path: String) throws -> LibraryIndex? {
        guard FileSystem.exists(path) else { return nil }
        return try open(at: path, singleConnection: true)
    }

    private static func open(at path: String, singleConnection: Bool) throws -> LibraryIndex {
        do {
            return LibraryIndex(path: path, database: try connect(path, singleConnection: singleConnection), notes: [])
        } catch let problem as IndexProblem {
            let note = try moveAside(path, because: problem.description)
            return LibraryIndex(path: path, database: try connect(path, singleConnection: false), notes: [note])
        } catch let error as DatabaseError where isDamage(error) {
            let note = try moveAside(path, because: "damaged (\(error.message ?? "\(error.resultCode)"))")
            return LibraryIndex(path: path, database: try connect(path, singleConnection: false), notes: [note])
        }
    }

    /// True when an error means the database file itself is broken.
    public static func isDamage(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return error is IndexProblem }
        return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    /// Moves a damaged index aside and starts an empty one; the message says what happened.
    public static func reset(at path: String, because reason: String) throws -> LibraryIndex {
        let note = try moveAside(path, because: reason)
        return LibraryIndex(path: path, database: try connect(path, singleConnection: false), notes: [note])
    }

    // MARK: - Opening

    struct IndexProblem: Error, CustomStringConvertible {
        var description: String
    }

    private static func connect(_ path: String, singleConnection: Bool) throws -> any DatabaseWriter {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // WAL makes NORMAL safe against corruption; a larger page cache keeps index pages of
            // big libraries in memory while writing; reading pages through a memory map instead of
            // one read call each makes `who` and `search` quicker (FBI: 270 candidates' mentions).
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA mmap_size = 1073741824")
        }
        let database: any DatabaseWriter = singleConnection
            ? try DatabaseQueue(path: path, configuration: configuration)
            : try DatabasePool(path: path, configuration: configuration)
        if !singleConnection {
            // The indexer commits a batch at a time: checkpointing every 32 MB of log rather than
            // every 4 MB copies the pages it rewrites batch after batch less often; the log is cut
            // back to 8 MB after each checkpoint.
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192; PRAGMA journal_size_limit = 8388608")
            }
        }
        let migrator = IndexSchema.migrator
        // One read tells a Dossier index from a foreign file and whether the schema is current.
        let isCurrent = try database.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            if applicationID != IndexSchema.applicationID && tableCount > 0 {
                throw IndexProblem(description: "not a Dossier index (a SQLite file with other tables)")
            }
            if tableCount > 0, try migrator.hasBeenSuperseded(db) {
                throw IndexProblem(description: "made by a newer version of Dossier")
            }
            guard tableCount > 0 else { return false }
            return try migrator.hasCompletedMigrations(db)
        }
        if !isCurrent { try migrator.migrate(database) }
        return database
    }

    /// Renames the file to `PATH.broken` (replacing an older one) and removes its WAL files.
    private static func moveAside(_ path: String, because reason: String) throws -> String {
        let aside = path + ".broken"
        FileSystem.remove(aside)
        guard FileSystem.move(path, to: aside) else {
            throw LibraryError("the index \(path) is \(reason), and it cannot be moved aside: \(FileSystem.lastError())")
        }
        FileSystem.remove(path + "-wal")
        FileSystem.remove(path + "-shm")
        return "the index \(path) was \(reason): moved it to \(aside) and started a new one"
    }
}
