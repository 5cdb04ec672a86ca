import Foundation
import GRDB

/// An article found by full-text search.
public struct SearchHit: Sendable, Equatable {
    public var articleID: Int64
    public var path: RawPath
    /// 0, or the line (JSON Lines) or item (feeds) of the article in its file.
    public var part: Int
    public var title: String?
    public var date: String?
    /// Text around the best match; matched words between `SearchHit.matchStart` and `matchEnd`.
    public var snippet: String

    public static let matchStart: Character = "\u{2}"
    public static let matchEnd: Character = "\u{3}"
}

extension LibraryIndex {
    /// Articles matching every word of `query` (phrases in quotes, `word*` for prefixes), best first.
    public func search(_ query: String, limit: Int = 20) throws -> [SearchHit] {
        guard let match = FullTextQuery.make(query), limit > 0 else { return [] }
        return try database.read { db in
            // Rank first, then snippets for the page of hits only.
            let ids = try Int64.fetchAll(db, sql: """
                SELECT rowid FROM articleText WHERE articleText MATCH ? ORDER BY bm25(articleText, 4.0, 1.0) LIMIT ?
                """, arguments: [match, limit])
            guard !ids.isEmpty else { return [] }
            var hitsByID: [Int64: SearchHit] = [:]
            var arguments: [any DatabaseValueConvertible] = [match]
            arguments += ids.map { $0 as any DatabaseValueConvertible }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT t.rowid, snippet(articleText, 1, char(2), char(3), '…', 24), f.path, a.part, a.title, a.date
                FROM articleText t JOIN article a ON a.id = t.rowid JOIN file f ON f.id = a.fileId
                WHERE articleText MATCH ? AND t.rowid IN (\(sqlPlaceholders(ids.count)))
                """, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                let id: Int64 = row[0]
                hitsByID[id] = SearchHit(articleID: id, path: RawPath(bytes: [UInt8](row[2] as Data)), part: row[3],
                                         title: row[4], date: row[5], snippet: row[1] ?? "")
            }
            return ids.compactMap { hitsByID[$0] }
        }
    }
}
