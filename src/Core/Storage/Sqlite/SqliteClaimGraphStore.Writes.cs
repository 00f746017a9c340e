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
        await WriteInTransactionAsync(async (connection, transaction) =>
        {
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO entities (id, name, type, aliases, description) VALUES ($id, $name, $type, $aliases, $description)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, type = excluded.type, aliases = excluded.aliases, description = excluded.description;
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
        var note = batch.Note;
        return await WriteInTransactionAsync(async (connection, transaction) =>
        {
            bool exists;
            await using (var find = Command(connection, transaction, "SELECT content_hash, catalog_version FROM notes WHERE id = $id;"))
            {
                find.Parameters.AddWithValue("$id", note.Id);
                await using var reader = await find.ExecuteReaderAsync(cancellationToken);
                exists = await reader.ReadAsync(cancellationToken);
                if (exists
                    && string.Equals(reader.GetString(0), note.ContentHash, StringComparison.Ordinal)
                    && string.Equals(reader.GetString(1), note.CatalogVersion, StringComparison.Ordinal))
                {
                    return NoteWriteOutcome.Unchanged;
                }
            }

            var touchedRelations = new HashSet<string>(StringComparer.Ordinal);
            if (exists)
            {
                touchedRelations.UnionWith(await DeleteNoteContentAsync(connection, transaction, [note.Id], cancellationToken));
            }

            await SaveNoteRowAsync(connection, transaction, note, exists, cancellationToken);
            var claimsById = await InsertClaimsAsync(connection, transaction, batch, cancellationToken);
            await InsertMentionsAsync(connection, transaction, batch, claimsById, cancellationToken);
            await InsertLinksAsync(connection, transaction, batch, cancellationToken);
            touchedRelations.UnionWith(await InsertEvidenceAsync(connection, transaction, batch, claimsById, cancellationToken));
            await RecountRelationsAsync(connection, transaction, touchedRelations, cancellationToken);
            return exists ? NoteWriteOutcome.Updated : NoteWriteOutcome.Added;
        }, cancellationToken);
    }

    public async Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noteIds);
        if (noteIds.Count == 0)
        {
            return 0;
        }

        return await WriteInTransactionAsync(async (connection, transaction) =>
        {
            var touched = await DeleteNoteContentAsync(connection, transaction, noteIds, cancellationToken);
            await using var delete = Command(connection, transaction,
                "DELETE FROM notes WHERE id IN (SELECT value FROM json_each($ids));");
            delete.AddIds("$ids", noteIds);
            int removed = await delete.ExecuteNonQueryAsync(cancellationToken);
            await RecountRelationsAsync(connection, transaction, touched, cancellationToken);
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
            await ExecuteAsync(connection, "PRAGMA synchronous = NORMAL;", cancellationToken);

            // Microsoft.Data.Sqlite begins non-deferred (BEGIN IMMEDIATE) transactions by default: the write lock is taken up front
            // instead of upgrading a read lock later, which could fail with SQLITE_BUSY against another process's writer.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            T result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Deletes everything the notes contributed except the note rows; returns the relations whose evidence changed.</summary>
    private static async Task<List<string>> DeleteNoteContentAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        var touched = new List<string>();
        await using (var relations = Command(connection, transaction,
            "SELECT DISTINCT relation_id FROM relation_evidence WHERE note_id IN (SELECT value FROM json_each($ids));"))
        {
            relations.AddIds("$ids", noteIds);
            await using var reader = await relations.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                touched.Add(reader.GetString(0));
            }
        }

        await using var delete = Command(connection, transaction, """
            DELETE FROM relation_evidence WHERE note_id IN (SELECT value FROM json_each($ids));
            DELETE FROM mentions WHERE note_id IN (SELECT value FROM json_each($ids));
            DELETE FROM links WHERE note_id IN (SELECT value FROM json_each($ids));
            DELETE FROM claims WHERE note_id IN (SELECT value FROM json_each($ids));
            """);
        delete.AddIds("$ids", noteIds);
        await delete.ExecuteNonQueryAsync(cancellationToken);
        return touched;
    }

    private static async Task SaveNoteRowAsync(
        SqliteConnection connection, SqliteTransaction transaction, Note note, bool exists, CancellationToken cancellationToken)
    {
        await using var save = Command(connection, transaction, exists
            ? """
              UPDATE notes SET title = $title, channel = $channel, author = $author, video_id = $videoId, source_url = $sourceUrl,
                  format = $format, content_hash = $hash, catalog_version = $catalog, text = $text, source_path = $path
              WHERE id = $id;
              """
            : """
              INSERT INTO notes (id, title, channel, author, video_id, source_url, format, content_hash, catalog_version, text, source_path)
              VALUES ($id, $title, $channel, $author, $videoId, $sourceUrl, $format, $hash, $catalog, $text, $path);
              """);
        save.Parameters.AddWithValue("$id", note.Id);
        save.Parameters.AddWithValue("$title", note.Title);
        save.AddNullable("$channel", note.Channel);
        save.AddNullable("$author", note.Author);
        save.AddNullable("$videoId", note.VideoId);
        save.AddNullable("$sourceUrl", note.SourceUrl);
        save.Parameters.AddWithValue("$format", note.Format.ToString());
        save.Parameters.AddWithValue("$hash", note.ContentHash);
        save.Parameters.AddWithValue("$catalog", note.CatalogVersion);
        save.Parameters.AddWithValue("$text", note.Text);
        save.Parameters.AddWithValue("$path", note.SourcePath);
        await save.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, Claim>> InsertClaimsAsync(
        SqliteConnection connection, SqliteTransaction transaction, NoteBatch batch, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction, """
            INSERT INTO claims (id, note_id, ordinal, text, section, span_start, span_end, timestamp_text, timestamp_seconds, deep_link)
            VALUES ($id, $noteId, $ordinal, $text, $section, $start, $end, $timestampText, $timestampSeconds, $deepLink);
            """);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var noteId = insert.Parameters.Add("$noteId", SqliteType.Text);
        var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var section = insert.Parameters.Add("$section", SqliteType.Text);
        var start = insert.Parameters.Add("$start", SqliteType.Integer);
        var end = insert.Parameters.Add("$end", SqliteType.Integer);
        var timestampText = insert.Parameters.Add("$timestampText", SqliteType.Text);
        var timestampSeconds = insert.Parameters.Add("$timestampSeconds", SqliteType.Integer);
        var deepLink = insert.Parameters.Add("$deepLink", SqliteType.Text);

        var claimsById = new Dictionary<string, Claim>(batch.Claims.Count, StringComparer.Ordinal);
        foreach (var claim in batch.Claims)
        {
            if (!string.Equals(claim.NoteId, batch.Note.Id, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Claim '{claim.Id}' belongs to note '{claim.NoteId}' but was written with note '{batch.Note.Id}'.");
            }

            id.Value = claim.Id;
            noteId.Value = claim.NoteId;
            ordinal.Value = claim.Ordinal;
            text.Value = claim.Text;
            section.Value = SqliteRows.ToJson(claim.Section);
            start.Value = claim.Span.Start;
            end.Value = claim.Span.End;
            timestampText.Value = (object?)claim.Timestamp?.Text ?? DBNull.Value;
            timestampSeconds.Value = (object?)claim.Timestamp?.Seconds ?? DBNull.Value;
            deepLink.Value = (object?)claim.DeepLink ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            claimsById[claim.Id] = claim;
        }

        return claimsById;
    }

    private static async Task InsertMentionsAsync(
        SqliteConnection connection, SqliteTransaction transaction, NoteBatch batch, Dictionary<string, Claim> claimsById,
        CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction, """
            INSERT INTO mentions (claim_id, entity_id, note_id, claim_ordinal, matched_text, span_start, span_end)
            VALUES ($claimId, $entityId, $noteId, $ordinal, $matched, $start, $end);
            """);
        var claimId = insert.Parameters.Add("$claimId", SqliteType.Text);
        var entityId = insert.Parameters.Add("$entityId", SqliteType.Text);
        insert.Parameters.AddWithValue("$noteId", batch.Note.Id);
        var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
        var matched = insert.Parameters.Add("$matched", SqliteType.Text);
        var start = insert.Parameters.Add("$start", SqliteType.Integer);
        var end = insert.Parameters.Add("$end", SqliteType.Integer);
        foreach (var mention in batch.Mentions)
        {
            var claim = RequireClaim(claimsById, mention.ClaimId, batch.Note.Id, $"mention of '{mention.EntityId}'");
            claimId.Value = mention.ClaimId;
            ordinal.Value = claim.Ordinal;
            entityId.Value = mention.EntityId;
            matched.Value = mention.MatchedText;
            start.Value = mention.Span.Start;
            end.Value = mention.Span.End;
            await ExecuteReferencingEntityAsync(insert, $"mention of entity '{mention.EntityId}' in claim '{mention.ClaimId}'", cancellationToken);
        }
    }

    private static async Task InsertLinksAsync(
        SqliteConnection connection, SqliteTransaction transaction, NoteBatch batch, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, transaction, """
            INSERT INTO links (note_id, ordinal, target, label, span_start, span_end) VALUES ($noteId, $ordinal, $target, $label, $start, $end);
            """);
        insert.Parameters.AddWithValue("$noteId", batch.Note.Id);
        var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
        var target = insert.Parameters.Add("$target", SqliteType.Text);
        var label = insert.Parameters.Add("$label", SqliteType.Text);
        var start = insert.Parameters.Add("$start", SqliteType.Integer);
        var end = insert.Parameters.Add("$end", SqliteType.Integer);
        for (int i = 0; i < batch.Links.Count; i++)
        {
            var link = batch.Links[i];
            ordinal.Value = i;
            target.Value = link.Target;
            label.Value = link.Label;
            start.Value = link.Span.Start;
            end.Value = link.Span.End;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Creates the relations the evidence names (if new) and stores the evidence; returns the relation ids.</summary>
    private static async Task<HashSet<string>> InsertEvidenceAsync(
        SqliteConnection connection, SqliteTransaction transaction, NoteBatch batch, Dictionary<string, Claim> claimsById,
        CancellationToken cancellationToken)
    {
        var relationIds = new HashSet<string>(StringComparer.Ordinal);
        if (batch.Evidence.Count == 0)
        {
            return relationIds;
        }

        await using var upsertRelation = Command(connection, transaction, """
            INSERT INTO relations (id, subject_id, predicate, object_id, origin) VALUES ($id, $subject, $predicate, $object, $origin)
            ON CONFLICT (id) DO NOTHING;
            """);
        var relationId = upsertRelation.Parameters.Add("$id", SqliteType.Text);
        var subject = upsertRelation.Parameters.Add("$subject", SqliteType.Text);
        var predicate = upsertRelation.Parameters.Add("$predicate", SqliteType.Text);
        var @object = upsertRelation.Parameters.Add("$object", SqliteType.Text);
        var origin = upsertRelation.Parameters.Add("$origin", SqliteType.Text);

        // A claim supports a relation once; a second curated quote inside the same claim adds nothing.
        await using var insertEvidence = Command(connection, transaction, """
            INSERT INTO relation_evidence (relation_id, claim_id, note_id, ordinal, quote) VALUES ($relationId, $claimId, $noteId, $ordinal, $quote)
            ON CONFLICT (relation_id, claim_id) DO NOTHING;
            """);
        var evidenceRelation = insertEvidence.Parameters.Add("$relationId", SqliteType.Text);
        var evidenceClaim = insertEvidence.Parameters.Add("$claimId", SqliteType.Text);
        insertEvidence.Parameters.AddWithValue("$noteId", batch.Note.Id);
        var evidenceOrdinal = insertEvidence.Parameters.Add("$ordinal", SqliteType.Integer);
        var quote = insertEvidence.Parameters.Add("$quote", SqliteType.Text);

        foreach (var evidence in batch.Evidence)
        {
            var key = evidence.Relation;
            var claim = RequireClaim(claimsById, evidence.ClaimId, batch.Note.Id, $"evidence for relation '{key.Id}'");
            if (relationIds.Add(key.Id))
            {
                relationId.Value = key.Id;
                subject.Value = key.SubjectId;
                predicate.Value = key.Predicate;
                @object.Value = key.ObjectId;
                origin.Value = RelationKey.OriginName(key.Origin);
                await ExecuteReferencingEntityAsync(upsertRelation, $"relation '{key.Id}'", cancellationToken);
            }

            evidenceRelation.Value = key.Id;
            evidenceClaim.Value = evidence.ClaimId;
            evidenceOrdinal.Value = claim.Ordinal;
            quote.Value = (object?)evidence.Quote ?? DBNull.Value;
            await insertEvidence.ExecuteNonQueryAsync(cancellationToken);
        }

        return relationIds;
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
                note_count = (SELECT count(DISTINCT ev.note_id) FROM relation_evidence ev WHERE ev.relation_id = relations.id)
            WHERE id IN (SELECT value FROM json_each($ids));
            DELETE FROM relations WHERE id IN (SELECT value FROM json_each($ids)) AND evidence_count = 0;
            """);
        recount.AddIds("$ids", relationIds);
        await recount.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Claim RequireClaim(Dictionary<string, Claim> claimsById, string claimId, string noteId, string what) =>
        claimsById.TryGetValue(claimId, out var claim)
            ? claim
            : throw new InvalidOperationException($"Note '{noteId}': {what} refers to claim '{claimId}', which is not a claim of this note.");

    private static async Task ExecuteReferencingEntityAsync(SqliteCommand command, string what, CancellationToken cancellationToken)
    {
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 19 && exception.SqliteExtendedErrorCode == 787)
        {
            throw new InvalidOperationException($"The {what} names an entity that is not in the store; upsert the catalog first.", exception);
        }
    }
}
