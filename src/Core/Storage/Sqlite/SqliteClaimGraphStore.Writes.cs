using ClaimGraph.Model;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

public sealed partial class SqliteClaimGraphStore
{
    public async Task<IReadOnlyList<StoredNoteSource>> GetNoteSourcesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, source_path, content_hash, catalog_version FROM notes ORDER BY id;";
        var sources = new List<StoredNoteSource>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sources.Add(new StoredNoteSource(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return sources;
    }

    public async Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.FirstOrDefault(entity => entity.Source != EntitySource.Catalog) is { } discovered)
        {
            throw new ArgumentException(
                $"Entity '{discovered.Id}' is {discovered.Source}; only catalog entities are upserted, discovered ones come with their notes.",
                nameof(entities));
        }

        await WriteInTransactionAsync(async (connection, transaction) =>
        {
            // A catalog entity replaces a discovered one of the same id: the catalog is the authority.
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO entities (id, name, type, aliases, description, source) VALUES ($id, $name, $type, $aliases, $description, 'catalog')
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, type = excluded.type, aliases = excluded.aliases, description = excluded.description,
                    source = 'catalog';
                """;
            var id = upsert.Parameters.Add("$id", SqliteType.Text);
            var name = upsert.Parameters.Add("$name", SqliteType.Text);
            var type = upsert.Parameters.Add("$type", SqliteType.Text);
            var aliases = upsert.Parameters.Add("$aliases", SqliteType.Text);
            var description = upsert.Parameters.Add("$description", SqliteType.Text);
            foreach (var entity in entities)
            {
                id.Value = entity.Id;
                name.Value = entity.Name;
                type.Value = entity.Type.ToString();
                aliases.Value = SqliteRows.ToJson(entity.Aliases);
                description.Value = entity.Description;
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }

            return 0;
        }, cancellationToken);
    }

    public async Task<NoteWriteOutcome> WriteNoteAsync(NoteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await EndBulkWriteBeforeReplacingAsync([batch], cancellationToken);
        var outcomes = await WriteInTransactionAsync(
            (connection, transaction) => WriteNotesInTransactionAsync(connection, transaction, [batch], cancellationToken), cancellationToken);
        return outcomes[0];
    }

    /// <summary>
    /// Writes the notes in one transaction (group commit): each commit adds a segment to the claim index and syncs the
    /// WAL, so one commit for many notes costs far less than one per note. Should any note fail, the group is rolled back
    /// and its notes are written again one per transaction, so only the bad note is left out.
    /// </summary>
    public async Task<IReadOnlyList<NoteWriteResult>> WriteNotesAsync(IReadOnlyList<NoteBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        if (batches.Count == 0)
        {
            return [];
        }

        await EndBulkWriteBeforeReplacingAsync(batches, cancellationToken);
        try
        {
            var outcomes = await WriteInTransactionAsync(
                (connection, transaction) => WriteNotesInTransactionAsync(connection, transaction, batches, cancellationToken), cancellationToken);
            return batches.Select((batch, i) => NoteWriteResult.Written(batch.Note.Id, outcomes[i])).ToList();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            if (batches.Count == 1)
            {
                return [NoteWriteResult.Failed(batches[0].Note.Id, error)];
            }
        }

        var results = new List<NoteWriteResult>(batches.Count);
        foreach (var batch in batches)
        {
            try
            {
                results.Add(NoteWriteResult.Written(batch.Note.Id, await WriteNoteAsync(batch, cancellationToken)));
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                results.Add(NoteWriteResult.Failed(batch.Note.Id, error));
            }
        }

        return results;
    }

    private static async Task<NoteWriteOutcome[]> WriteNotesInTransactionAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<NoteBatch> batches, CancellationToken cancellationToken)
    {
        await using var writer = new NoteRowWriter(connection, transaction);
        var outcomes = new NoteWriteOutcome[batches.Count];
        for (int i = 0; i < batches.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(batches[i]);
            outcomes[i] = await writer.WriteAsync(batches[i], cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return outcomes;
    }

    public async Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noteIds);
        if (noteIds.Count == 0)
        {
            return 0;
        }

        await EndBulkWriteAsync(cancellationToken);
        return await WriteInTransactionAsync(async (connection, transaction) =>
        {
            var (touched, proposed) = await DeleteNoteContentAsync(connection, transaction, noteIds, cancellationToken);
            await using var delete = Command(connection, transaction,
                "DELETE FROM notes WHERE id IN (SELECT value FROM json_each($ids));");
            delete.AddIds("$ids", noteIds);
            int removed = await delete.ExecuteNonQueryAsync(cancellationToken);
            await RecountRelationsAsync(connection, transaction, touched, cancellationToken);
            await RefreshDiscoveredEntitiesAsync(connection, transaction, proposed, cancellationToken);
            return removed;
        }, cancellationToken);
    }

    private async Task<T> WriteInTransactionAsync<T>(
        Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // 64 MiB of page cache (the default is 2 MiB): a group of notes now also writes proposals, relations and
            // evidence, and the scattered index pages those inserts dirty no longer fit the default cache.
            await ExecuteAsync(connection, WritePragmas, cancellationToken);

            // Microsoft.Data.Sqlite begins non-deferred (BEGIN IMMEDIATE) transactions by default: the write lock is taken up front
            // instead of upgrading a read lock later, which could fail with SQLITE_BUSY against another process's writer.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            T result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            _wroteSinceOpen = true;
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Settings of a write connection. The WAL is checkpointed into the file once it holds 1 GiB instead of SQLite's
    /// 4 MB: a checkpoint copies every page written since the last one into the file and syncs it, on the writer's
    /// critical path, and a page that several groups rewrote is copied once per checkpoint, so the fewer checkpoints
    /// the fewer copies. At 256 MiB a 4x corpus ingest checkpointed a dozen times and spent a fifth of its write time
    /// more. A checkpoint only copies committed pages, so a crash loses nothing it would not have lost before; the
    /// store checkpoints what is left when it is disposed after writing (<see cref="CheckpointAfterWrites"/>), and
    /// journal_size_limit lets the WAL file shrink back to 64 MiB after a checkpoint, not stay at its peak.
    /// </summary>
    internal const string WritePragmas =
        "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 262144; PRAGMA journal_size_limit = 67108864;";

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Takes the mentions of the notes in <c>$ids</c> (a JSON array) off their entities' counts; run before deleting them.</summary>
    internal const string SubtractMentionCountsSql = """
        UPDATE entities SET mention_count = mention_count - gone.mentions
        FROM (SELECT entity_id, count(*) AS mentions FROM mentions WHERE note_id IN (SELECT value FROM json_each($ids)) GROUP BY entity_id) AS gone
        WHERE entities.id = gone.entity_id;
        """;

    /// <summary>
    /// Deletes everything the notes contributed except the note rows, taking their mentions off the entities' counts;
    /// returns the relations whose evidence changed and the discovered entities the notes proposed.
    /// </summary>
    private static async Task<(List<string> Relations, List<string> Proposed)> DeleteNoteContentAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        var touched = new List<string>();
        var proposed = new List<string>();
        await using (var relations = Command(connection, transaction, """
            SELECT DISTINCT relation_id, 0 FROM relation_evidence WHERE note_id IN (SELECT value FROM json_each($ids))
            UNION ALL
            SELECT entity_id, 1 FROM entity_proposals WHERE note_id IN (SELECT value FROM json_each($ids));
            """))
        {
            relations.AddIds("$ids", noteIds);
            await using var reader = await relations.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                (reader.GetInt32(1) == 0 ? touched : proposed).Add(reader.GetString(0));
            }
        }

        await using var delete = Command(connection, transaction, SubtractMentionCountsSql + """
            DELETE FROM entity_proposals WHERE note_id IN (SELECT value FROM json_each($ids));
            DELETE FROM relation_evidence WHERE note_id IN (SELECT value FROM json_each($ids));
            DELETE FROM mentions WHERE note_id IN (SELECT value FROM json_each($ids));
            DELETE FROM links WHERE note_id IN (SELECT value FROM json_each($ids));
            DELETE FROM claims WHERE note_id IN (SELECT value FROM json_each($ids));
            """);
        delete.AddIds("$ids", noteIds);
        await delete.ExecuteNonQueryAsync(cancellationToken);
        return (touched, proposed);
    }

    /// <summary>Refreshes evidence and note counts of the relations, and deletes those left with no evidence.</summary>
    private static async Task RecountRelationsAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> relationIds, CancellationToken cancellationToken)
    {
        if (relationIds.Count == 0)
        {
            return;
        }

        await using var recount = Command(connection, transaction, """
            UPDATE relations SET
                evidence_count = (SELECT count(*) FROM relation_evidence ev WHERE ev.relation_id = relations.id),
                note_count = (SELECT count(DISTINCT ev.note_id) FROM relation_evidence ev WHERE ev.relation_id = relations.id),
                confidence = coalesce((SELECT max(ev.confidence) FROM relation_evidence ev WHERE ev.relation_id = relations.id), 0.0)
            WHERE id IN (SELECT value FROM json_each($ids));
            DELETE FROM relations WHERE id IN (SELECT value FROM json_each($ids)) AND evidence_count = 0;
            """);
        recount.AddIds("$ids", relationIds);
        await recount.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Rewrites the discovered entities in <c>$rows</c> whose derived fields changed and deletes those in <c>$gone</c>. The
    /// unary + keeps SQLite from driving either by ix_entities_source: it would then scan every discovered entity (and
    /// re-read the whole JSON array for each), instead of seeking each row's entity by id.
    /// </summary>
    internal const string RefreshDiscoveredSql = """
        UPDATE entities SET name = row.name, type = row.type, aliases = row.aliases, description = row.description
        FROM (SELECT value ->> 0 AS id, value ->> 1 AS name, value ->> 2 AS type, value ->> 3 AS aliases, value ->> 4 AS description
              FROM json_each($rows)) AS row
        WHERE entities.id = row.id AND +entities.source = 'discovered'
          AND (entities.name IS NOT row.name OR entities.type IS NOT row.type
               OR entities.aliases IS NOT row.aliases OR entities.description IS NOT row.description);
        DELETE FROM entities WHERE +source = 'discovered' AND id IN (SELECT value FROM json_each($gone));
        """;

    /// <summary>
    /// Brings each discovered entity in line with the proposals left for it: derived afresh from all of them
    /// (<see cref="DiscoveredEntities.Resolve"/>), or deleted when none is left. Catalog entities are never touched.
    /// Runs after the relations are recounted, so a relation that lost its last evidence no longer holds the entity.
    /// </summary>
    private static async Task RefreshDiscoveredEntitiesAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return;
        }

        var proposals = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        await using (var read = Command(connection, transaction, """
            SELECT entity_id, name, type, aliases, description FROM entity_proposals
            WHERE entity_id IN (SELECT value FROM json_each($ids));
            """))
        {
            read.AddIds("$ids", entityIds);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                string id = reader.GetString(0);
                if (!proposals.TryGetValue(id, out var list))
                {
                    list = [];
                    proposals[id] = list;
                }

                list.Add(new Entity(id, reader.GetString(1), Enum.Parse<EntityType>(reader.GetString(2)),
                    SqliteRows.ReadStringList(reader.GetString(3)), reader.GetString(4), EntitySource.Discovered));
            }
        }

        var resolved = proposals.Select(pair => DiscoveredEntities.Resolve(pair.Key, pair.Value)).ToList();
        var gone = entityIds.Where(id => !proposals.ContainsKey(id)).ToList();
        await using var write = Command(connection, transaction, RefreshDiscoveredSql);
        write.Parameters.AddWithValue("$rows", System.Text.Json.JsonSerializer.Serialize(resolved.Select(entity => new object[]
        {
            entity.Id, entity.Name, entity.Type.ToString(), SqliteRows.ToJson(entity.Aliases), entity.Description,
        })));
        write.AddIds("$gone", gone);
        await write.ExecuteNonQueryAsync(cancellationToken);
    }
}
