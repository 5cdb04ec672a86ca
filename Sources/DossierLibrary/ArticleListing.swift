import Foundation
import GRDB

/// An article as the library list shows it.
public struct ArticleListing: Sendable, Equatable {
    public var articleID: Int64
    public var path: RawPath
    public var part: Int
    public var title: String?
    public var date: String?
    public var source: String?
    public var isRead: Bool
}

extension LibraryIndex {
    /// Articles newest first (undated last), a page at a time.
    public func articles(limit: Int = 100, offset: Int = 0) throws -> [ArticleListing] {
        try database.read { db in
            try Self.listings(db, sql: """
                SELECT a.id, f.path, a.part, a.title, a.date, a.source, a.isRead
                FROM article a JOIN file f ON f.id = a.fileId
                ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT ? OFFSET ?
                """, arguments: [limit, offset])
        }
    }

    /// Every indexed article in `folder` and below it, newest first (undated last, then by title, as
    /// the reader's list orders them); empty when the folder does not exist. Paths are the canonical
    /// ones the indexer stored.
    /// - Complexity: a range scan of the files' unique path index, then a sort of the folder's articles.
    /// `limit`: the first articles only (a screenful, painted before the rest is read).
    public func articles(under folder: String, limit: Int? = nil) throws -> [ArticleListing] {
        guard let (low, high) = Self.pathRange(folder) else { return [] }
        return try database.read { db in
            try Self.listings(db, sql: """
                SELECT a.id, f.path, a.part, a.title, a.date, a.source, a.isRead
                FROM file f JOIN article a ON a.fileId = f.id
                WHERE f.path >= ? AND f.path < ?
                ORDER BY a.date IS NULL, a.date DESC, a.title, a.id DESC LIMIT ?
                """, arguments: [low, high, limit ?? -1])
        }
    }

    /// How many indexed articles `folder` holds, itself and below.
    public func articleCount(under folder: String) throws -> Int {
        guard let (low, high) = Self.pathRange(folder) else { return 0 }
        return try database.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM file f JOIN article a ON a.fileId = f.id WHERE f.path >= ? AND f.path < ?
                """, arguments: [low, high]) ?? 0
        }
    }

    /// The stored paths inside a folder sort between "root/" and "root0" ("0" follows "/" in ASCII).
    private static func pathRange(_ folder: String) -> (Data, Data)? {
        guard let root = FileSystem.canonical(RawPath(folder)) else { return nil }
        let base = root.bytes.last == UInt8(ascii: "/") ? Array(root.bytes.dropLast()) : root.bytes
        return (Data(base + [UInt8(ascii: "/")]), Data(base + [UInt8(ascii: "0")]))
    }

    private static func listings(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ArticleListing] {
        var listings: [ArticleListing] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            // The path's bytes straight from SQLite's buffer: no intermediate `Data` per row.
            let path = try row.withUnsafeData(atIndex: 1) { RawPath(bytes: $0.map { Array($0) } ?? []) }
            listings.append(ArticleListing(articleID: row[0], path: path, part: row[2],
                                           title: row[3], date: row[4], source: row[5], isRead: row[6]))
        }
        return listings
    }

    public func articleCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    /// Marks an article read (or unread again); re-indexing a changed article keeps its state.
    /// Read state lives in the index: a damaged index that is rebuilt starts with every article unread.
    public func markRead(articleID: Int64, _ isRead: Bool = true) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE article SET isRead = ? WHERE id = ?", arguments: [isRead, articleID])
        }
    }

    /// Marks the article at `path` (part `part` of its file) read; false when the index does not hold it.
    @discardableResult
    public func markRead(path: String, part: Int = 0) throws -> Bool {
        guard let canonical = FileSystem.canonical(RawPath(path)) else { return false }
        return try database.write { db in
            try db.execute(sql: """
                UPDATE article SET isRead = 1 WHERE part = ? AND fileId = (SELECT id FROM file WHERE path = ?)
                """, arguments: [part, Data(canonical.bytes)])
            return db.changesCount > 0
        }
    }
}
