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

            // A bare surname and the one full name carrying it are one person (`PersonAliases`):
            // each group counts once, under its full name.
            var groups: [[Int64]] = []
            var grouped: Set<Int64> = []
            for group in try PersonAliases.groups(of: candidates.sorted(), db) {
                guard !group.contains(where: grouped.contains) else { continue }
                grouped.formUnion(group)
                groups.append(group)
            }

            // Rank: an exact key first, then by mentions across the library, counted for every
            // candidate in one statement from the index alone (FBI: 270 candidates).
            let counts = try Self.mentionCounts(of: Array(grouped), db)
            func mentions(_ group: [Int64]) -> Int { group.reduce(0) { $0 + (counts[$1]?.mentions ?? 0) } }
            let ranked = groups.sorted { a, b in
                let aExact = a.contains(where: exactKeys.contains), bExact = b.contains(where: exactKeys.contains)
                if aExact != bExact { return aExact }
                let aMentions = mentions(a), bMentions = mentions(b)
                return aMentions != bMentions ? aMentions > bMentions : a[0] < b[0]
            }
            return try ranked.prefix(entityLimit).compactMap { group in
                // An article naming two aliases counts once: only the groups shown are counted again.
                let totals = group.count == 1 ? (counts[group[0]]?.articles ?? 0, mentions(group)) : try Self.totals(of: group, db)
                return try Self.entityMatch(ids: group, totals: totals, articleLimit: articleLimit, db)
            }
        }
    }

    /// The entity with this key and its aliases (`PersonAliases`), with its newest articles; nil when
    /// the index does not know the key.
    public func appearances(ofEntityKey key: String, articleLimit: Int = 500) throws -> EntityMatch? {
        try database.read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE key = ?", arguments: [key]) else { return nil }
            let group = try PersonAliases.group(of: id, db)
            return try Self.entityMatch(ids: group, totals: try Self.totals(of: group, db), articleLimit: articleLimit, db)
        }
    }

    /// Articles and mentions of each entity, in one pass over `mention_by_entity`.
    private static func mentionCounts(of ids: [Int64], _ db: Database) throws -> [Int64: (articles: Int, mentions: Int)] {
        var counts: [Int64: (articles: Int, mentions: Int)] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT entityId, count(*), sum(count) FROM mention INDEXED BY mention_by_entity
            WHERE entityId IN (\(sqlPlaceholders(ids.count))) GROUP BY entityId
            """, arguments: StatementArguments(ids))
        while let row = try rows.next() { counts[row[0]] = (row[1], row[2]) }
        return counts
    }

    /// Articles and mentions of a group of entities; an article naming two of them counts once.
    private static func totals(of group: [Int64], _ db: Database) throws -> (articles: Int, mentions: Int) {
        if group.count == 1 {
            let statement = try db.cachedStatement(sql: "SELECT count(*), coalesce(sum(count), 0) FROM mention INDEXED BY mention_by_entity WHERE entityId = ?")
            guard let row = try Row.fetchOne(statement, arguments: [group[0]]) else { return (0, 0) }
            return (row[0], row[1])
        }
        let row = try Row.fetchOne(db, sql: """
            SELECT count(DISTINCT articleId), coalesce(sum(count), 0) FROM mention WHERE entityId IN (\(sqlPlaceholders(group.count)))
            """, arguments: StatementArguments(group))
        return row.map { ($0[0], $0[1]) } ?? (0, 0)
    }

    /// `ids`: an entity and its aliases, the one whose key and name are shown first.
    private static func entityMatch(ids: [Int64], totals: (articles: Int, mentions: Int), articleLimit: Int,
                                    _ db: Database) throws -> EntityMatch? {
        guard let entity = try Row.fetchOne(db, sql: "SELECT key, name, type FROM entity WHERE id = ?", arguments: [ids[0]]) else { return nil }
        let entityIDs = sqlPlaceholders(ids.count)
        let names = try String.fetchAll(db, sql: """
            SELECT DISTINCT name FROM entityName WHERE entityId IN (\(entityIDs)) ORDER BY length(name) DESC, name
            """, arguments: StatementArguments(ids))
        // The newest articles come straight from mention_by_entity (undated ones last: NULL sorts lowest).
        var appearances = try Row.fetchAll(db, sql: """
            SELECT a.id, f.path, a.part, a.title, a.date, a.source, m.count, m.firstOffset, m.name
            FROM (SELECT articleId, count, firstOffset, name FROM mention WHERE entityId IN (\(entityIDs))
                  ORDER BY date DESC, articleId DESC LIMIT ?) m
            JOIN article a ON a.id = m.articleId JOIN file f ON f.id = a.fileId
            ORDER BY a.date DESC, a.id DESC, m.firstOffset
            """, arguments: StatementArguments(ids + [Int64(articleLimit)])).map { row in
            EntityAppearance(articleID: row[0], path: RawPath(bytes: [UInt8](row[1] as Data)), part: row[2], title: row[3],
                             date: row[4], source: row[5], mentionCount: row[6], firstOffset: row[7], nameInArticle: row[8], events: [])
        }
        appearances = mergingArticlesNamedTwice(appearances)
        if !appearances.isEmpty {
            let positions = Dictionary(uniqueKeysWithValues: appearances.enumerated().map { ($1.articleID, $0) })
            let arguments: [any DatabaseValueConvertible] = ids + appearances.map(\.articleID)
            // From the page's articles to their events (CROSS JOIN keeps that order): an entity
            // like the FBI takes part in thousands of events, a page of articles in a few hundred.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.articleId, e.type, p.role, e.trigger, e.triggerOffset, e.sentence, e.sentenceOffset, e.dateValue, e.timeText, e.modality
                FROM event e CROSS JOIN eventParticipant p ON p.eventId = e.id
                WHERE p.entityId IN (\(entityIDs)) AND e.articleId IN (\(sqlPlaceholders(appearances.count)))
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

    /// One appearance per article when two aliases are both named in it: counts added, first mention kept.
    private static func mergingArticlesNamedTwice(_ appearances: [EntityAppearance]) -> [EntityAppearance] {
        var merged: [EntityAppearance] = []
        var position: [Int64: Int] = [:]
        for appearance in appearances {
            if let index = position[appearance.articleID] {
                merged[index].mentionCount += appearance.mentionCount
            } else {
                position[appearance.articleID] = merged.count
                merged.append(appearance)
            }
        }
        return merged
    }
}
