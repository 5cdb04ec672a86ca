import Foundation
import GRDB

/// The SQL the indexer writes with, one function per change. Every function runs inside a write
/// transaction opened by the caller.
enum IndexWriter {
    // MARK: - Settings

    /// The analysis version the index's articles were analysed with (nil: unknown, an index from before v4).
    static func analysisVersion(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = 'analysisVersion'")
    }

    static func setAnalysisVersion(_ version: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO setting (name, value) VALUES ('analysisVersion', ?)", arguments: [version])
    }

    /// Drops everything the old analysis found (entities with their names, mentions, events), keeping
    /// files, articles, read marks and full text: the articles are about to be analysed again.
    static func deleteAnalyses(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM eventParticipant; DELETE FROM event; DELETE FROM mention;
            DELETE FROM entityWord; DELETE FROM entityName; DELETE FROM entity;
            """)
    }

    // MARK: - Files

    static func knownFiles(_ db: Database) throws -> [RawPath: KnownFile] {
        var files: [RawPath: KnownFile] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, modified, hash FROM file")
        while let row = try rows.next() {
            let path = RawPath(bytes: [UInt8](row[1] as Data))
            files[path] = KnownFile(id: row[0], path: path, size: row[2], modified: row[3], hash: row[4])
        }
        return files
    }

    static func deleteFile(id: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [id])
    }

    static func updateStatus(fileID: Int64, status: FileStatus, hash: Int64?, _ db: Database) throws {
        try db.execute(sql: "UPDATE file SET size = ?, modified = ?, hash = ? WHERE id = ?",
                       arguments: [status.size, status.modified, hash, fileID])
    }

    /// Inserts or updates a file's row; returns its id.
    static func saveFile(_ path: RawPath, status: FileStatus, hash: Int64?, format: String, problem: String?,
                         known: KnownFile?, _ db: Database) throws -> Int64 {
        if let known {
            try db.execute(sql: "UPDATE file SET size = ?, modified = ?, hash = ?, format = ?, problem = ? WHERE id = ?",
                           arguments: [status.size, status.modified, hash, format, problem, known.id])
            return known.id
        }
        try db.execute(sql: "INSERT INTO file (path, size, modified, hash, format, problem) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [Data(path.bytes), status.size, status.modified, hash, format, problem])
        return db.lastInsertedRowID
    }

    /// part → (article id, hash) for a file's articles.
    static func articles(ofFile fileID: Int64, _ db: Database) throws -> [Int: (id: Int64, hash: Int64)] {
        var articles: [Int: (id: Int64, hash: Int64)] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT part, id, hash FROM article WHERE fileId = ?", arguments: [fileID])
        while let row = try rows.next() { articles[row[0]] = (row[1], row[2]) }
        return articles
    }

    static func deleteArticle(id: Int64, _ db: Database) throws {
        try execute(db, "DELETE FROM article WHERE id = ?", [id])
    }

    // MARK: - Articles

    /// Writes one analysed article: its row (kept when re-analysed, so read state survives),
    /// its text for full-text search, its entities, mentions and events.
    static func write(_ analyzed: AnalyzedArticle, entityIDs: EntityIDCache, _ db: Database) throws {
        let work = analyzed.work
        let articleID: Int64
        if let existing = work.existingArticleID {
            articleID = existing
            try execute(db, """
                UPDATE article SET hash = ?, title = ?, date = ?, source = ?, url = ?, wordCount = ? WHERE id = ?
                """, [work.hash, analyzed.title, analyzed.date, analyzed.source, analyzed.url, analyzed.wordCount, existing])
            try execute(db, "DELETE FROM mention WHERE articleId = ?", [existing])
            try execute(db, "DELETE FROM event WHERE articleId = ?", [existing])
            try execute(db, "DELETE FROM articleText WHERE rowid = ?", [existing])
        } else {
            try execute(db, """
                INSERT INTO article (fileId, part, hash, title, date, source, url, wordCount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [work.fileID, work.part, work.hash, analyzed.title, analyzed.date, analyzed.source, analyzed.url, analyzed.wordCount])
            articleID = db.lastInsertedRowID
        }
        try execute(db, "INSERT INTO articleText (rowid, title, text) VALUES (?, ?, ?)", [articleID, analyzed.title ?? "", analyzed.text])

        var entityRowIDs: [Int64] = []
        entityRowIDs.reserveCapacity(analyzed.entities.count)
        for entity in analyzed.entities {
            let entityID = try saveEntity(entity, cache: entityIDs, db)
            entityRowIDs.append(entityID)
            try execute(db, "INSERT INTO mention (articleId, entityId, count, firstOffset, name, date) VALUES (?, ?, ?, ?, ?, ?)",
                        [articleID, entityID, entity.mentionCount, entity.firstOffset, entity.name, analyzed.date])
        }
        for event in analyzed.events {
            try execute(db, """
                INSERT INTO event (articleId, type, trigger, triggerOffset, sentence, sentenceOffset, dateValue, timeText, modality)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [articleID, event.type, event.trigger, event.triggerOffset, event.sentence,
                                         event.sentenceOffset, event.dateValue, event.timeText, event.modality])
            let eventID = db.lastInsertedRowID
            for participant in event.participants {
                try execute(db, "INSERT OR IGNORE INTO eventParticipant (eventId, entityId, role) VALUES (?, ?, ?)", [eventID, entityRowIDs[participant.entity], participant.role])
            }
        }
    }

    /// The entity's row id, creating the entity the first time its key is seen; its display name
    /// becomes the longest name seen, and every name adds its words for `who`.
    private static func saveEntity(_ entity: AnalyzedArticle.EntitySummary, cache: EntityIDCache, _ db: Database) throws -> Int64 {
        let entityID: Int64
        if let known = try cache.entry(for: entity.key, in: db) {
            entityID = known.id
            if entity.name.count > known.nameLength {
                try execute(db, "UPDATE entity SET name = ? WHERE id = ?", [entity.name, entityID])
                cache.set(.init(id: entityID, nameLength: entity.name.count), for: entity.key)
            }
        } else {
            try execute(db, "INSERT INTO entity (key, name, type, surname) VALUES (?, ?, ?, ?)",
                        [entity.key, entity.name, entity.type, entity.type == "person" ? PersonAliases.surname(ofKey: entity.key) : nil])
            entityID = db.lastInsertedRowID
            cache.set(.init(id: entityID, nameLength: entity.name.count), for: entity.key)
        }
        for name in entity.names where cache.isNew(name: name, entityID: entityID) {
            try execute(db, "INSERT OR IGNORE INTO entityName (entityId, name) VALUES (?, ?)", [entityID, name])
            for word in NameWords.words(name) {
                try execute(db, "INSERT OR IGNORE INTO entityWord (word, entityId) VALUES (?, ?)", [word, entityID])
            }
        }
        return entityID
    }

    /// Runs a cached statement; arguments are bound unchecked (the SQL and its arguments are fixed here).
    private static func execute(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws {
        let statement = try db.cachedStatement(sql: sql)
        statement.setUncheckedArguments(arguments)
        try statement.execute()
    }

    /// Entities no article mentions any more.
    static func deleteOrphanEntities(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM mention WHERE mention.entityId = entity.id)")
    }
}
