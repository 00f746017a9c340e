using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// The store's schema as an ordered list of migrations. <c>PRAGMA user_version</c> records how many have been applied;
/// opening a store applies the rest, each in its own transaction. Append new migrations; never edit a shipped one.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE notes (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            channel TEXT,
            author TEXT,
            video_id TEXT,
            source_url TEXT,
            format TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            catalog_version TEXT NOT NULL,
            text TEXT NOT NULL,
            source_path TEXT NOT NULL
        );
        CREATE INDEX ix_notes_channel ON notes (channel);
        CREATE INDEX ix_notes_format ON notes (format);

        CREATE TABLE claims (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            section TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            timestamp_text TEXT,
            timestamp_seconds INTEGER,
            deep_link TEXT
        );
        CREATE INDEX ix_claims_note ON claims (note_id, ordinal);

        -- External-content index: the text lives once, in claims; triggers keep the index in step.
        CREATE VIRTUAL TABLE claims_fts USING fts5 (
            text, content = 'claims', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts (rowid, text) VALUES (new.seq, new.text);
        END;
        CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.seq, old.text);
        END;
        CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
            INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.seq, old.text);
            INSERT INTO claims_fts (rowid, text) VALUES (new.seq, new.text);
        END;

        CREATE TABLE entities (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            aliases TEXT NOT NULL,
            description TEXT NOT NULL,
            mention_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_entities_mentions ON entities (mention_count DESC, name);
        CREATE INDEX ix_entities_name ON entities (name COLLATE NOCASE);
        CREATE INDEX ix_entities_type ON entities (type, mention_count DESC);

        -- Aliases are a JSON array in entities; the index holds them as one text column so a phrase can match any alias.
        CREATE VIRTUAL TABLE entities_fts USING fts5 (name, aliases, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER entities_fts_insert AFTER INSERT ON entities BEGIN
            INSERT INTO entities_fts (rowid, name, aliases)
            VALUES (new.seq, new.name, (SELECT group_concat(value, ' | ') FROM json_each(new.aliases)));
        END;
        CREATE TRIGGER entities_fts_update AFTER UPDATE OF name, aliases ON entities BEGIN
            DELETE FROM entities_fts WHERE rowid = old.seq;
            INSERT INTO entities_fts (rowid, name, aliases)
            VALUES (new.seq, new.name, (SELECT group_concat(value, ' | ') FROM json_each(new.aliases)));
        END;
        CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN
            DELETE FROM entities_fts WHERE rowid = old.seq;
        END;

        CREATE TABLE mentions (
            claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL REFERENCES entities (id),
            note_id TEXT NOT NULL,
            matched_text TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL
        );
        CREATE INDEX ix_mentions_claim ON mentions (claim_id, span_start);
        CREATE INDEX ix_mentions_entity ON mentions (entity_id, note_id, claim_id);
        CREATE INDEX ix_mentions_note ON mentions (note_id, entity_id);

        -- Mention counts are read on every entity; keeping them on the row makes "most mentioned" an index scan.
        CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
            UPDATE entities SET mention_count = mention_count + 1 WHERE id = new.entity_id;
        END;
        CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
            UPDATE entities SET mention_count = mention_count - 1 WHERE id = old.entity_id;
        END;

        CREATE TABLE links (
            note_id TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            target TEXT NOT NULL,
            label TEXT NOT NULL,
            span_start INTEGER NOT NULL,
            span_end INTEGER NOT NULL,
            PRIMARY KEY (note_id, ordinal)
        ) WITHOUT ROWID;
        CREATE INDEX ix_links_target ON links (target);

        CREATE TABLE relations (
            id TEXT NOT NULL PRIMARY KEY,
            subject_id TEXT NOT NULL REFERENCES entities (id),
            predicate TEXT NOT NULL,
            object_id TEXT NOT NULL REFERENCES entities (id),
            origin TEXT NOT NULL,
            evidence_count INTEGER NOT NULL DEFAULT 0,
            note_count INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX ix_relations_subject ON relations (subject_id, object_id);
        CREATE INDEX ix_relations_object ON relations (object_id, subject_id);
        CREATE INDEX ix_relations_predicate ON relations (predicate);

        CREATE TABLE relation_evidence (
            relation_id TEXT NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
            note_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            quote TEXT,
            PRIMARY KEY (relation_id, claim_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_evidence_relation_order ON relation_evidence (relation_id, note_id, ordinal);
        CREATE INDEX ix_evidence_claim ON relation_evidence (claim_id);
        CREATE INDEX ix_evidence_note ON relation_evidence (note_id, relation_id);
        """,

        // 2: mentions carry their claim's ordinal, so an entity's claims can be paged in note order from the index alone.
        """
        ALTER TABLE mentions ADD COLUMN claim_ordinal INTEGER NOT NULL DEFAULT 0;
        UPDATE mentions SET claim_ordinal = (SELECT c.ordinal FROM claims c WHERE c.id = mentions.claim_id);
        DROP INDEX ix_mentions_entity;
        CREATE INDEX ix_mentions_entity ON mentions (entity_id, note_id, claim_ordinal, claim_id);
        """,

        // 3: every note commits its claims as a new FTS5 segment. The default automerge (4) rewrites those segments into
        // larger ones almost every commit, which cost more than half of an ingest run; merging 16 at a time rewrites each
        // posting far fewer times while a query still reads only a handful of segments per level.
        """
        INSERT INTO claims_fts (claims_fts, rank) VALUES ('automerge', 16);
        """,

        // 4: entity mention counts are kept by the writer, one update per entity per write transaction, instead of a
        // trigger updating the entity row once per mention row; the recount repairs any count the triggers left behind.
        """
        DROP TRIGGER mentions_count_insert;
        DROP TRIGGER mentions_count_delete;
        UPDATE entities SET mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id);
        """,

        // 5: no query looks links up by target; the index only cost every ingest a scattered insert per link.
        """
        DROP INDEX IF EXISTS ix_links_target;
        """,

        // 6: a timestamp read as minutes:seconds (a note writing 45:50:00 for 45 min 50 s) says it was repaired. Rows
        // written before keep 0 until their note is re-ingested (the linking rules' version changed, so the next ingest does).
        """
        ALTER TABLE claims ADD COLUMN timestamp_repaired INTEGER NOT NULL DEFAULT 0;
        """,

        // 7: a note is replaced by source file (its id changes with its title), so the writer looks notes up by path.
        // Note lists seek by key in title order, and channels compare without letter case: both orders get an index,
        // so a deep page costs what the first does.
        """
        CREATE INDEX ix_notes_source_path ON notes (source_path);
        CREATE INDEX ix_notes_title ON notes (title COLLATE NOCASE, id);
        CREATE INDEX ix_notes_channel_title ON notes (channel COLLATE NOCASE, title COLLATE NOCASE, id);
        DROP INDEX ix_notes_channel;
        """,

        // 8: open-world extraction. Entities say where they come from (catalog | discovered); each note's discovered-entity
        // proposals are kept so the entity row can be derived from all of them (order-independent) and dropped with the
        // last note proposing it. Evidence carries its confidence and, when extracted, the trigger span within the claim
        // text and the rule; a relation's confidence is the highest of its evidence's. 0.1 is RelationConfidence.CoMention
        // when this migration was written.
        """
        ALTER TABLE entities ADD COLUMN source TEXT NOT NULL DEFAULT 'catalog';
        CREATE INDEX ix_entities_source ON entities (source, mention_count DESC);

        CREATE TABLE entity_proposals (
            note_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            aliases TEXT NOT NULL,
            description TEXT NOT NULL,
            PRIMARY KEY (note_id, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_entity_proposals_entity ON entity_proposals (entity_id);

        ALTER TABLE relation_evidence ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
        ALTER TABLE relation_evidence ADD COLUMN trigger_start INTEGER;
        ALTER TABLE relation_evidence ADD COLUMN trigger_end INTEGER;
        ALTER TABLE relation_evidence ADD COLUMN rule TEXT;
        UPDATE relation_evidence SET confidence = 0.1
        WHERE relation_id IN (SELECT id FROM relations WHERE origin = 'co-mention');

        ALTER TABLE relations ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
        UPDATE relations SET confidence = 0.1 WHERE origin = 'co-mention';
        """,

        // 9: ingest time grew faster than the store. A group of notes inserts its rows wherever their keys fall, and in
        // a table or index keyed by relation or entity those are scattered over all of it: each commit rewrote a share of
        // its pages that stays near one as the store grows, so the bytes a group wrote grew with the store. Evidence rows
        // (with their quotes) are now keyed by claim, so a note's rows lie together; the relation order is kept by its
        // index alone, and the key serves lookups by claim (the claim index goes with the old table). The entity index of
        // mentions drops the claim id, which note and ordinal already name: a smaller index spreads a group's rows over
        // fewer pages.
        """
        CREATE TABLE relation_evidence_by_claim (
            relation_id TEXT NOT NULL REFERENCES relations (id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
            note_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            quote TEXT,
            confidence REAL NOT NULL DEFAULT 1.0,
            trigger_start INTEGER,
            trigger_end INTEGER,
            rule TEXT,
            PRIMARY KEY (claim_id, relation_id)
        ) WITHOUT ROWID;
        INSERT INTO relation_evidence_by_claim (relation_id, claim_id, note_id, ordinal, quote, confidence, trigger_start, trigger_end, rule)
        SELECT relation_id, claim_id, note_id, ordinal, quote, confidence, trigger_start, trigger_end, rule FROM relation_evidence;
        DROP TABLE relation_evidence;
        ALTER TABLE relation_evidence_by_claim RENAME TO relation_evidence;
        CREATE INDEX ix_evidence_relation_order ON relation_evidence (relation_id, note_id, ordinal);
        CREATE INDEX ix_evidence_note ON relation_evidence (note_id, relation_id);

        DROP INDEX ix_mentions_entity;
        CREATE INDEX ix_mentions_entity ON mentions (entity_id, note_id, claim_ordinal);
        """,
    ];

    public static int CurrentVersion => Migrations.Count;

    /// <summary>
    /// Secondary indexes that writing new notes never reads: they serve queries, and the foreign-key checks and
    /// recounts of deleting or replacing notes. Their rows land all over each index, keyed by entity, relation, a count
    /// that every group changes, or a note id (the slug of a title, while files arrive by folder and file name), so a
    /// group commit rewrites pages across all of them; a bulk write drops them and builds each once, by sorting, when
    /// it ends. Each statement is the one the migrations leave in the file, which a test checks.
    /// </summary>
    public static IReadOnlyList<(string Name, string Create)> DeferrableIndexes { get; } =
    [
        ("ix_mentions_entity", "CREATE INDEX ix_mentions_entity ON mentions (entity_id, note_id, claim_ordinal)"),
        ("ix_mentions_claim", "CREATE INDEX ix_mentions_claim ON mentions (claim_id, span_start)"),
        ("ix_mentions_note", "CREATE INDEX ix_mentions_note ON mentions (note_id, entity_id)"),
        ("ix_claims_note", "CREATE INDEX ix_claims_note ON claims (note_id, ordinal)"),
        ("ix_evidence_relation_order", "CREATE INDEX ix_evidence_relation_order ON relation_evidence (relation_id, note_id, ordinal)"),
        ("ix_relations_subject", "CREATE INDEX ix_relations_subject ON relations (subject_id, object_id)"),
        ("ix_relations_object", "CREATE INDEX ix_relations_object ON relations (object_id, subject_id)"),
        ("ix_relations_predicate", "CREATE INDEX ix_relations_predicate ON relations (predicate)"),
        ("ix_entities_mentions", "CREATE INDEX ix_entities_mentions ON entities (mention_count DESC, name)"),
        ("ix_entities_name", "CREATE INDEX ix_entities_name ON entities (name COLLATE NOCASE)"),
        ("ix_entities_type", "CREATE INDEX ix_entities_type ON entities (type, mention_count DESC)"),
        ("ix_entities_source", "CREATE INDEX ix_entities_source ON entities (source, mention_count DESC)"),
    ];

    /// <summary>Drops the <see cref="DeferrableIndexes"/> (those present) inside <paramref name="transaction"/>.</summary>
    public static async Task DropDeferrableIndexesAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Concat(DeferrableIndexes.Select(index => $"DROP INDEX IF EXISTS {index.Name};\n"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Builds whichever <see cref="DeferrableIndexes"/> the file lacks, in one transaction; returns how many it built. A
    /// bulk write that ended early (a crash, a kill) leaves them missing, so every open calls this.
    /// </summary>
    public static async Task<int> CreateMissingIndexesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var present = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index';";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                present.Add(reader.GetString(0));
            }
        }

        var missing = DeferrableIndexes.Where(index => !present.Contains(index.Name)).ToList();
        if (missing.Count > 0)
        {
            await using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = string.Concat(missing.Select(index => index.Create + ";\n"));
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return missing.Count;
    }

    /// <summary>Applies every migration newer than the file's <c>user_version</c>; returns the version before migrating.</summary>
    /// <remarks>
    /// Each step re-reads the version inside its write transaction, so two processes opening the same new file at once
    /// (the API and the ingest worker) apply each migration exactly once.
    /// </remarks>
    public static async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        int initial = await ReadUserVersionAsync(connection, cancellationToken);
        while (true)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            int version = await ReadUserVersionAsync(connection, cancellationToken, transaction);
            if (version > CurrentVersion)
            {
                throw new InvalidOperationException(
                    $"The database '{connection.DataSource}' has schema version {version}, newer than this build understands ({CurrentVersion}).");
            }

            if (version == CurrentVersion)
            {
                await transaction.CommitAsync(cancellationToken);
                return initial;
            }

            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Migrations[version] + $"\nPRAGMA user_version = {version + 1};";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    public static async Task<int> ReadUserVersionAsync(
        SqliteConnection connection, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
