import Foundation
import GRDB

extension LibraryIndex {
    /// Entities whose key is `name`, or whose names (any alias, in any article) contain every word
    /// of `name`: "Navalny" finds "Alexey Navalny". Most mentioned first.
    public func who(_ name: String, entityLimit: Int = 5, articleLimit: Int = 50) throws -> [EntityMatch] {
        let words = NameWords.words(name)
        return try database.read { db in
            var candidates = Set(try Int64.fetchAll(db, sql: "SELECT id FROM entity WHERE key = ? OR key = ?",
                                                    arguments: [name, name.lowercased()]))
            let exactKeys = candidates
            var sharedByAllWords: Set<Int64>? = nil
            for word in Set(words) {
                let ids = Set(try Int64.fetchAll(db, sql: "SELECT entityId FROM entityWord WHERE word = ?", arguments: [word]))
                sharedByAllWords = sharedByAllWords.map { $0.intersection(ids) } ?? ids
                if sharedByAllWords?.isEmpty == true { break }
            }
            candidates.formUnion(sharedByAllWords ?? [])
            guard !candidates.isEmpty else { return [] }

            // Rank: an exact key first, then by mentions across the library (index-only counts).
            var totals: [Int64: (articles: Int, mentions: Int)] = [:]
            let statement = try db.cachedStatement(sql: "SELECT count(*), coalesce(sum(count), 0) FROM mention INDEXED BY mention_by_entity WHERE entityId = ?")
            for id in candidates {
                if let row = try Row.fetchOne(statement, arguments: [id]) { totals[id] = (row[0], row[1]) }
            }
            let ranked = candidates.sorted { a, b in
                let aExact = exactKeys.contains(a), bExact = exactKeys.contains(b)
                if aExact != bExact { return aExact }
                let aMentions = totals[a]?.mentions ?? 0, bMentions = totals[b]?.mentions ?? 0
                return aMentions != bMentions ? aMentions > bMentions : a < b
            }
            return try ranked.prefix(entityLimit).compactMap { id in
                try Self.entityMatch(id: id, totals: totals[id] ?? (0, 0), articleLimit: articleLimit, db)
            }
        }
    }

    private static func entityMatch(id: Int64, totals: (articles: Int, mentions: Int), articleLimit: Int,
                                    _ db: Database) throws -> EntityMatch? {
        guard let entity = try Row.fetchOne(db, sql: "SELECT key, name, type FROM entity WHERE id = ?", arguments: [id]) else { return nil }
        let names = try String.fetchAll(db, sql: "SELECT name FROM entityName WHERE entityId = ? ORDER BY length(name) DESC, name", arguments: [id])
        // The newest articles come straight from mention_by_entity (undated ones last: NULL sorts lowest).
        var appearances = try Row.fetchAll(db, sql: """
            SELECT a.id, f.path, a.part, a.title, a.date, a.source, m.count, m.firstOffset, m.name
            FROM (SELECT articleId, count, firstOffset, name FROM mention WHERE entityId = ?
                  ORDER BY date DESC, articleId DESC LIMIT ?) m
            JOIN article a ON a.id = m.articleId JOIN file f ON f.id = a.fileId
            ORDER BY a.date DESC, a.id DESC
            """, arguments: [id, articleLimit]).map { row in
            EntityAppearance(articleID: row[0], path: RawPath(bytes: [UInt8](row[1] as Data)), part: row[2], title: row[3],
                             date: row[4], source: row[5], mentionCount: row[6], firstOffset: row[7], nameInArticle: row[8], events: [])
        }
        if !appearances.isEmpty {
            let positions = Dictionary(uniqueKeysWithValues: appearances.enumerated().map { ($1.articleID, $0) })
            let placeholders = Array(repeating: "?", count: appearances.count).joined(separator: ",")
            let arguments: [any DatabaseValueConvertible] = [id] + appearances.map(\.articleID)
            // From the page's articles to their events (CROSS JOIN keeps that order): an entity
            // like the FBI takes part in thousands of events, a page of articles in a few hundred.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.articleId, e.type, p.role, e.trigger, e.triggerOffset, e.sentence, e.sentenceOffset, e.dateValue, e.timeText, e.modality
                FROM event e CROSS JOIN eventParticipant p ON p.eventId = e.id
                WHERE p.entityId = ? AND e.articleId IN (\(placeholders))
                ORDER BY e.articleId, e.triggerOffset
                """, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                guard let position = positions[row[0]] else { continue }
                appearances[position].events.append(EntityEvent(
                    type: row[1], role: row[2], trigger: row[3], triggerOffset: row[4], sentence: row[5],
                    sentenceOffset: row[6], dateValue: row[7], timeText: row[8], modality: row[9]))
            }
        }
        return EntityMatch(key: entity[0], name: entity[1], type: entity[2], names: names, articleCount: totals.articles,
                           mentionCount: totals.mentions, articles: appearances)
    }
}
