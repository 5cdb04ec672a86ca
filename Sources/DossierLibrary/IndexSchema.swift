import GRDB

/// The index's tables, created and upgraded by GRDB migrations. Offsets are UTF-8 byte offsets
/// into the article text, as everywhere in Dossier.
enum IndexSchema {
    /// Marks a SQLite file as a Dossier index (`PRAGMA application_id`): "Doss".
    static let applicationID: Int32 = 0x446F_7373

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, entities, mentions, events") { db in
            try db.execute(sql: """
                PRAGMA application_id = \(applicationID);
                CREATE TABLE file (
                    id INTEGER PRIMARY KEY,
                    path BLOB NOT NULL UNIQUE,          -- raw bytes: any file name works
                    size INTEGER NOT NULL,
                    modified INTEGER NOT NULL,          -- nanoseconds since 1970
                    hash INTEGER,                       -- NULL until every article of the file is written
                    format TEXT NOT NULL,
                    problem TEXT                        -- why the file gave no articles
                );
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    fileId INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                    part INTEGER NOT NULL,              -- 0, or the line (JSON Lines) or item (feeds) number
                    hash INTEGER NOT NULL,
                    title TEXT, date TEXT, source TEXT, url TEXT,
                    wordCount INTEGER NOT NULL,
                    isRead INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (fileId, part)
                );
                CREATE INDEX article_by_date ON article(date DESC, id DESC);
                CREATE VIRTUAL TABLE articleText USING fts5(
                    title, text, tokenize = 'porter unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER article_text_follows_article AFTER DELETE ON article BEGIN
                    DELETE FROM articleText WHERE rowid = old.id;
                END;
                CREATE TABLE entity (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,           -- Entity.key: the same entity across articles
                    name TEXT NOT NULL,
                    type TEXT NOT NULL
                );
                CREATE TABLE entityName (
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    name TEXT NOT NULL,
                    PRIMARY KEY (entityId, name)
                ) WITHOUT ROWID;
                CREATE TABLE entityWord (
                    word TEXT NOT NULL,                 -- a lower-cased word of any of its names
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    PRIMARY KEY (word, entityId)
                ) WITHOUT ROWID;
                CREATE INDEX entityWord_by_entity ON entityWord(entityId);
                CREATE TABLE mention (
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    count INTEGER NOT NULL,
                    firstOffset INTEGER NOT NULL,
                    name TEXT NOT NULL,                 -- the entity's name in that article
                    PRIMARY KEY (articleId, entityId)
                ) WITHOUT ROWID;
                CREATE INDEX mention_by_entity ON mention(entityId, articleId);
                CREATE TABLE event (
                    id INTEGER PRIMARY KEY,
                    articleId INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    type TEXT NOT NULL,
                    trigger TEXT NOT NULL,
                    triggerOffset INTEGER NOT NULL,
                    sentence TEXT NOT NULL,
                    sentenceOffset INTEGER NOT NULL,
                    dateValue TEXT,
                    timeText TEXT,
                    modality TEXT NOT NULL
                );
                CREATE INDEX event_by_article ON event(articleId);
                CREATE TABLE eventParticipant (
                    eventId INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    entityId INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                    role TEXT NOT NULL,
                    PRIMARY KEY (eventId, entityId, role)
                ) WITHOUT ROWID;
                CREATE INDEX eventParticipant_by_entity ON eventParticipant(entityId);
                """)
        }
        migrator.registerMigration("v2: mentions by entity, newest first, from the index alone") { db in
            // The article's date is copied into its mentions so that `who` reads an entity's newest
            // articles and its totals from this index alone, without visiting thousands of rows.
            try db.execute(sql: """
                ALTER TABLE mention ADD COLUMN date TEXT;
                UPDATE mention SET date = (SELECT date FROM article WHERE article.id = mention.articleId);
                DROP INDEX mention_by_entity;
                CREATE INDEX mention_by_entity ON mention(entityId, date DESC, articleId DESC, count);
                """)
        }
        migrator.registerMigration("v3: person surnames, for aliases across articles") { db in
            // A bare surname ("person:navalny") and a full name ("person:alexey navalny") are one
            // person across the library when that surname belongs to one full name only (`PersonAliases`).
            try db.execute(sql: """
                ALTER TABLE entity ADD COLUMN surname TEXT;
                CREATE INDEX entity_by_surname ON entity(surname) WHERE surname IS NOT NULL;
                """)
            let rows = try Row.fetchAll(db, sql: "SELECT id, key FROM entity WHERE type = 'person'")
            let statement = try db.makeStatement(sql: "UPDATE entity SET surname = ? WHERE id = ?")
            for row in rows {
                let key: String = row[1]
                try statement.execute(arguments: [PersonAliases.surname(ofKey: key), row[0] as Int64])
            }
        }
        migrator.registerMigration("v4: the analysis the articles were analysed with") { db in
            // `Analyzer.version` of the last complete run: a different one means every article is analysed again.
            try db.execute(sql: "CREATE TABLE setting (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        }
        return migrator
    }
}
