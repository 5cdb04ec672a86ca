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
            try Row.fetchAll(db, sql: """
                SELECT a.id, f.path, a.part, a.title, a.date, a.source, a.isRead
                FROM article a JOIN file f ON f.id = a.fileId
                ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map { row in
                ArticleListing(articleID: row[0], path: RawPath(bytes: [UInt8](row[1] as Data)), part: row[2],
                               title: row[3], date: row[4], source: row[5], isRead: row[6])
            }
        }
    }

    public func articleCount() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    /// Marks an article read (or unread again); re-indexing a changed article keeps its state.
    public func markRead(articleID: Int64, _ isRead: Bool = true) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE article SET isRead = ? WHERE id = ?", arguments: [isRead, articleID])
        }
    }
}
