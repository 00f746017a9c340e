using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimGraph.Model;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

public sealed partial class SqliteClaimGraphStore
{
    /// <summary>
    /// The discovered entities among <c>$ids</c>, driven by the note's ids (CROSS JOIN keeps them outermost, + keeps SQLite
    /// off ix_entities_source): otherwise every note scanned all discovered entities, a cost that grew with the store.
    /// </summary>
    internal const string DiscoveredAmongSql = """
        SELECT e.id FROM json_each($ids) AS j CROSS JOIN entities AS e ON e.id = j.value
        WHERE +e.source = 'discovered';
        """;

    /// <summary>Adds <c>$rows</c> ([entity id, mentions added] pairs) to the entities' mention counts in one statement.</summary>
    internal const string AddMentionCountsSql = """
        UPDATE entities SET mention_count = mention_count + row.added
        FROM (SELECT value ->> 0 AS id, value ->> 1 AS added FROM json_each(CAST($rows AS TEXT))) AS row
        WHERE entities.id = row.id;
        """;

    /// <summary>
    /// Writes notes inside one transaction: every statement is prepared once and reused for each row of each note, and
    /// what is derived from many rows (entity mention counts, relation evidence counts) is brought up to date once, in
    /// <see cref="CompleteAsync"/>, instead of per row or per note. Claims, mentions, discovered entities and their
    /// proposals, relations and evidence are checked per note but written once per group (<see cref="FlushQueuedAsync"/>).
    /// </summary>
    private sealed class NoteRowWriter(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        private readonly Dictionary<string, int> _mentionsAdded = new(StringComparer.Ordinal);
        // Relations and discovered entities that lost rows (a changed note's old content, another note of the same file):
        // derived again from all their rows. Those that only gained rows are brought up to date from the new rows alone.
        private readonly HashSet<string> _relationsToRecount = new(StringComparer.Ordinal);
        private readonly HashSet<string> _discoveredToRefresh = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Entity>> _proposalsAdded = new(StringComparer.Ordinal);
        private readonly List<string> _notesWritten = [];
        private readonly Dictionary<string, RelationKey> _pendingRelations = new(StringComparer.Ordinal);
        private readonly List<PendingEvidence> _pendingEvidence = [];
        private readonly List<PendingProposal> _pendingProposals = [];
        private readonly RowQueue _claimRows = new();
        private readonly RowQueue _mentionRows = new();
        private readonly List<Mention> _queuedMentions = [];
        private readonly RowQueue _discoveredRows = new();
        private readonly RowQueue _linkRows = new();
        private readonly HashSet<string> _queuedDiscovered = new(StringComparer.Ordinal);
        private readonly List<SqliteCommand> _commands = [];
        private readonly RowQueue _rows = new();

        private SqliteCommand? _find;
        private SqliteCommand? _findSameSource;
        private SqliteCommand? _deleteNotes;
        private SqliteCommand? _insertNote;
        private SqliteCommand? _updateNote;
        private SqliteCommand? _insertClaims;
        private SqliteCommand? _insertMentions;
        private SqliteCommand? _insertLinks;
        private SqliteCommand? _upsertRelations;
        private SqliteCommand? _insertEvidence;
        private SqliteCommand? _insertProposals;
        private SqliteCommand? _insertDiscovered;
        private SqliteCommand? _findDiscovered;

        // Whether the store holds any discovered entity; until it does, no note can name one without proposing it, and
        // the per-note check is skipped (a catalog-only ingest pays one query per transaction, not one per note).
        private bool? _storeHasDiscovered;

        public async Task<NoteWriteOutcome> WriteAsync(NoteBatch batch, CancellationToken cancellationToken)
        {
            var note = batch.Note;
            bool replacedOther = await RemoveOtherNotesOfSourceAsync(note, cancellationToken);
            var find = _find ??= Prepare("SELECT content_hash, catalog_version FROM notes WHERE id = $id;", ("$id", SqliteType.Text));
            find.Parameters[0].Value = note.Id;
            bool exists;
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            {
                exists = await reader.ReadAsync(cancellationToken);
                if (exists
                    && string.Equals(reader.GetString(0), note.ContentHash, StringComparison.Ordinal)
                    && string.Equals(reader.GetString(1), note.CatalogVersion, StringComparison.Ordinal))
                {
                    return replacedOther ? NoteWriteOutcome.Updated : NoteWriteOutcome.Unchanged;
                }
            }

            var proposed = DiscoveredEntities.CheckProposals(batch);
            if (exists)
            {
                await FlushQueuedAsync(cancellationToken);
                var (relations, previouslyProposed) = await DeleteNoteContentAsync(connection, transaction, [note.Id], cancellationToken);
                _relationsToRecount.UnionWith(relations);
                _discoveredToRefresh.UnionWith(previouslyProposed);
            }

            await SaveNoteAsync(note, exists, cancellationToken);
            _notesWritten.Add(note.Id);
            var claimsById = QueueClaims(batch);
            QueueProposals(batch);
            await RequireProposedAsync(batch, proposed, cancellationToken);
            QueueMentions(batch, claimsById);
            QueueLinks(batch);
            QueueEvidence(batch, claimsById);
            return exists || replacedOther ? NoteWriteOutcome.Updated : NoteWriteOutcome.Added;
        }

        /// <summary>
        /// Removes any other note stored from the same source file: a retitled note has a new id, and its old version must
        /// go in the transaction that stores the new one, or a crash between the two would keep both for good. This also
        /// heals a store that an older build left with two notes for one file.
        /// </summary>
        private async Task<bool> RemoveOtherNotesOfSourceAsync(Note note, CancellationToken cancellationToken)
        {
            var findSameSource = _findSameSource ??= Prepare(
                "SELECT id FROM notes WHERE source_path = $path AND id <> $id;", ("$path", SqliteType.Text), ("$id", SqliteType.Text));
            findSameSource.Parameters[0].Value = note.SourcePath;
            findSameSource.Parameters[1].Value = note.Id;
            var others = new List<string>();
            await using (var reader = await findSameSource.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    others.Add(reader.GetString(0));
                }
            }

            if (others.Count == 0)
            {
                return false;
            }

            await FlushQueuedAsync(cancellationToken);
            var (relations, proposed) = await DeleteNoteContentAsync(connection, transaction, others, cancellationToken);
            _relationsToRecount.UnionWith(relations);
            _discoveredToRefresh.UnionWith(proposed);
            var delete = _deleteNotes ??= Prepare("DELETE FROM notes WHERE id IN (SELECT value FROM json_each($ids));", ("$ids", SqliteType.Text));
            delete.Parameters[0].Value = SqliteRows.ToJson(others);
            await delete.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }

        /// <summary>
        /// Writes what is queued, adds the written mentions to their entities' counts, and brings the relations and
        /// discovered entities whose rows changed up to date: those that lost rows from all their rows, those that only
        /// gained rows from the new ones. A relation of many notes or an entity most notes propose (n8n, GitHub) was
        /// otherwise read again in full by every group that added one row to it, a cost that grew with the store.
        /// </summary>
        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await FlushQueuedAsync(cancellationToken);
            if (_mentionsAdded.Count > 0)
            {
                // One statement for all the group's entities: with discovered entities a group touches thousands.
                await using var count = Command(connection, transaction, AddMentionCountsSql);
                var rows = StartRows();
                foreach (var (entityId, mentions) in _mentionsAdded)
                {
                    rows.WriteStartArray();
                    rows.WriteStringValue(entityId);
                    rows.WriteNumberValue(mentions);
                    rows.WriteEndArray();
                }

                count.Parameters.AddWithValue("$rows", EndRows());
                await count.ExecuteNonQueryAsync(cancellationToken);
            }

            await AddEvidenceCountsAsync(cancellationToken);
            await RecountRelationsAsync(connection, transaction, _relationsToRecount, cancellationToken);
            await FindDiscoveredToRefreshAsync(cancellationToken);
            await RefreshDiscoveredEntitiesAsync(connection, transaction, _discoveredToRefresh, cancellationToken);
        }

        /// <summary>
        /// Adds the evidence the group's notes gave to the counts and confidence of relations that lost none. Each such
        /// note had no evidence stored before (it is new, or its old content was deleted and its relations are recounted
        /// in full), so its rows add to the counts without being counted twice.
        /// </summary>
        private async Task AddEvidenceCountsAsync(CancellationToken cancellationToken)
        {
            if (_notesWritten.Count == 0)
            {
                return;
            }

            await using var add = Command(connection, transaction, """
                UPDATE relations SET
                    evidence_count = relations.evidence_count + added.evidence,
                    note_count = relations.note_count + added.notes,
                    confidence = CASE WHEN relations.evidence_count = 0 THEN added.confidence ELSE max(relations.confidence, added.confidence) END
                FROM (SELECT relation_id, count(*) AS evidence, count(DISTINCT note_id) AS notes, max(confidence) AS confidence
                      FROM relation_evidence WHERE note_id IN (SELECT value FROM json_each($notes))
                      GROUP BY relation_id) AS added
                WHERE relations.id = added.relation_id AND relations.id NOT IN (SELECT value FROM json_each($recount));
                """);
            add.AddIds("$notes", _notesWritten);
            add.AddIds("$recount", _relationsToRecount);
            await add.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>
        /// Adds to <see cref="_discoveredToRefresh"/> the entities the group proposed whose stored row its proposals could
        /// change. A stored row is <see cref="DiscoveredEntities.Resolve"/> of the proposals before the group; a proposal
        /// that votes for the row's name and type (or Other), has no description or the row's, and whose name and aliases
        /// are all among the row's aliases only adds to the winning counts, so the row stays as it is. An entity no earlier
        /// note proposes was created from one proposal and is always derived.
        /// </summary>
        private async Task FindDiscoveredToRefreshAsync(CancellationToken cancellationToken)
        {
            if (_proposalsAdded.Count == 0)
            {
                return;
            }

            await using var read = Command(connection, transaction, """
                SELECT e.id, e.name, e.type, e.aliases, e.description, e.source,
                       EXISTS (SELECT 1 FROM entity_proposals p
                               WHERE p.entity_id = e.id AND p.note_id NOT IN (SELECT value FROM json_each($notes)))
                FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids));
                """);
            read.AddIds("$ids", _proposalsAdded.Keys.Where(id => !_discoveredToRefresh.Contains(id)));
            read.AddIds("$notes", _notesWritten);
            var unchanged = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var id = reader.GetString(0);
                    if (reader.GetString(5) != "discovered")
                    {
                        unchanged.Add(id);
                        continue;
                    }

                    if (reader.GetInt32(6) == 0)
                    {
                        continue;
                    }

                    var aliases = SqliteRows.ReadStringList(reader.GetString(3)).ToHashSet(StringComparer.Ordinal);
                    var (name, type, description) = (reader.GetString(1), reader.GetString(2), reader.GetString(4));
                    if (_proposalsAdded[id].TrueForAll(p =>
                        p.Name == name
                        && (p.Type == EntityType.Other || p.Type.ToString() == type)
                        && (p.Description.Length == 0 || p.Description == description)
                        && aliases.Contains(p.Name)
                        && p.Aliases.All(aliases.Contains)))
                    {
                        unchanged.Add(id);
                    }
                }
            }

            _discoveredToRefresh.UnionWith(_proposalsAdded.Keys.Where(id => !unchanged.Contains(id)));
        }

        /// <summary>
        /// Queues the note's discovered-entity proposals, and the entities for creation where they do not exist yet (a
        /// catalog entity of the same id stays as it is); <see cref="CompleteAsync"/> derives each touched entity from all
        /// its proposals. The entities are queued in the order they are first proposed, which their seq follows.
        /// </summary>
        private void QueueProposals(NoteBatch batch)
        {
            if (batch.DiscoveredEntities.Count == 0)
            {
                return;
            }

            foreach (var entity in batch.DiscoveredEntities)
            {
                var proposal = new PendingProposal(
                    batch.Note.Id, entity.Id, entity.Name, entity.Type.ToString(), SqliteRows.ToJson(entity.Aliases), entity.Description);
                var rows = _discoveredRows.Next();
                rows.WriteStartArray();
                rows.WriteStringValue(proposal.EntityId);
                rows.WriteStringValue(proposal.Name);
                rows.WriteStringValue(proposal.Type);
                rows.WriteStringValue(proposal.Aliases);
                rows.WriteStringValue(proposal.Description);
                rows.WriteEndArray();
                _pendingProposals.Add(proposal);
                _queuedDiscovered.Add(entity.Id);
                if (!_proposalsAdded.TryGetValue(entity.Id, out var added))
                {
                    added = [];
                    _proposalsAdded[entity.Id] = added;
                }

                added.Add(entity);
            }

            _storeHasDiscovered = true;
        }

        /// <summary>Refuses a note that names a discovered entity it does not propose: the store could not tell when to drop it.</summary>
        private async Task RequireProposedAsync(NoteBatch batch, HashSet<string> proposed, CancellationToken cancellationToken)
        {
            if (_storeHasDiscovered is null)
            {
                await using var any = Command(connection, transaction, "SELECT EXISTS (SELECT 1 FROM entities WHERE source = 'discovered');");
                _storeHasDiscovered = SqliteRows.ReadInt(await any.ExecuteScalarAsync(cancellationToken)) != 0;
            }

            if (_storeHasDiscovered == false)
            {
                return;
            }

            var referenced = DiscoveredEntities.ReferencedButNotProposed(batch, proposed);
            if (referenced.Count == 0)
            {
                return;
            }

            var find = _findDiscovered ??= Prepare(DiscoveredAmongSql, ("$ids", SqliteType.Text));
            find.Parameters[0].Value = SqliteRows.ToJson(referenced);
            var unproposed = new List<string>();
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    unproposed.Add(reader.GetString(0));
                }
            }

            // An entity proposed earlier in this group is not in the store yet: it will be a discovered one unless the
            // store already holds it (as a catalog entity, or as a discovered one the query above found).
            var queued = referenced.Where(_queuedDiscovered.Contains).ToList();
            if (queued.Count > 0)
            {
                unproposed.AddRange(await MissingEntitiesAsync(queued, cancellationToken));
            }

            if (unproposed.Count > 0)
            {
                throw DiscoveredEntities.NotProposed(batch.Note.Id, unproposed);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _rows.DisposeAsync();
            await _claimRows.DisposeAsync();
            await _mentionRows.DisposeAsync();
            await _discoveredRows.DisposeAsync();
            await _linkRows.DisposeAsync();
            foreach (var command in _commands)
            {
                await command.DisposeAsync();
            }
        }

        private SqliteCommand Prepare(string sql, params ReadOnlySpan<(string Name, SqliteType Type)> parameters)
        {
            var command = Command(connection, transaction, sql);
            foreach (var (name, type) in parameters)
            {
                command.Parameters.Add(name, type);
            }

            _commands.Add(command);
            return command;
        }

        private async Task SaveNoteAsync(Note note, bool exists, CancellationToken cancellationToken)
        {
            var save = exists
                ? _updateNote ??= PrepareNoteRow("""
                    UPDATE notes SET title = $title, channel = $channel, author = $author, video_id = $videoId, source_url = $sourceUrl,
                        format = $format, content_hash = $hash, catalog_version = $catalog, text = $text, source_path = $path
                    WHERE id = $id;
                    """)
                : _insertNote ??= PrepareNoteRow("""
                    INSERT INTO notes (id, title, channel, author, video_id, source_url, format, content_hash, catalog_version, text, source_path)
                    VALUES ($id, $title, $channel, $author, $videoId, $sourceUrl, $format, $hash, $catalog, $text, $path);
                    """);
            var values = save.Parameters;
            values["$id"].Value = note.Id;
            values["$title"].Value = note.Title;
            values["$channel"].Value = (object?)note.Channel ?? DBNull.Value;
            values["$author"].Value = (object?)note.Author ?? DBNull.Value;
            values["$videoId"].Value = (object?)note.VideoId ?? DBNull.Value;
            values["$sourceUrl"].Value = (object?)note.SourceUrl ?? DBNull.Value;
            values["$format"].Value = note.Format.ToString();
            values["$hash"].Value = note.ContentHash;
            values["$catalog"].Value = note.CatalogVersion;
            values["$text"].Value = note.Text;
            values["$path"].Value = note.SourcePath;
            await save.ExecuteNonQueryAsync(cancellationToken);
        }

        private SqliteCommand PrepareNoteRow(string sql) => Prepare(
            sql,
            ("$id", SqliteType.Text), ("$title", SqliteType.Text), ("$channel", SqliteType.Text), ("$author", SqliteType.Text),
            ("$videoId", SqliteType.Text), ("$sourceUrl", SqliteType.Text), ("$format", SqliteType.Text), ("$hash", SqliteType.Text),
            ("$catalog", SqliteType.Text), ("$text", SqliteType.Text), ("$path", SqliteType.Text));

        /// <summary>Checks the note's claims and queues them for <see cref="FlushQueuedAsync"/>; returns them by id.</summary>
        private Dictionary<string, Claim> QueueClaims(NoteBatch batch)
        {
            var claimsById = new Dictionary<string, Claim>(batch.Claims.Count, StringComparer.Ordinal);
            IReadOnlyList<string>? section = null;
            string sectionJson = "";
            foreach (var claim in batch.Claims)
            {
                if (!string.Equals(claim.NoteId, batch.Note.Id, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"Claim '{claim.Id}' belongs to note '{claim.NoteId}' but was written with note '{batch.Note.Id}'.");
                }

                if (!ReferenceEquals(section, claim.Section))
                {
                    (section, sectionJson) = (claim.Section, SqliteRows.ToJson(claim.Section));
                }

                var rows = _claimRows.Next();
                rows.WriteStartArray();
                rows.WriteStringValue(claim.Id);
                rows.WriteStringValue(claim.NoteId);
                rows.WriteNumberValue(claim.Ordinal);
                rows.WriteStringValue(claim.Text);
                rows.WriteStringValue(sectionJson);
                rows.WriteNumberValue(claim.Span.Start);
                rows.WriteNumberValue(claim.Span.End);
                WriteNullable(rows, claim.Timestamp?.Text);
                WriteNullable(rows, claim.Timestamp?.Seconds);
                WriteNullable(rows, claim.DeepLink);
                rows.WriteNumberValue(claim.Timestamp?.Repaired == true ? 1 : 0);
                rows.WriteEndArray();
                claimsById[claim.Id] = claim;
            }

            return claimsById;
        }

        /// <summary>Checks the note's mentions and queues them for <see cref="FlushQueuedAsync"/>.</summary>
        private void QueueMentions(NoteBatch batch, Dictionary<string, Claim> claimsById)
        {
            foreach (var mention in batch.Mentions)
            {
                var claim = RequireClaim(claimsById, mention.ClaimId, batch.Note.Id, $"mention of '{mention.EntityId}'");
                var rows = _mentionRows.Next();
                rows.WriteStartArray();
                rows.WriteStringValue(mention.ClaimId);
                rows.WriteStringValue(mention.EntityId);
                rows.WriteStringValue(batch.Note.Id);
                rows.WriteNumberValue(claim.Ordinal);
                rows.WriteStringValue(mention.MatchedText);
                rows.WriteNumberValue(mention.Span.Start);
                rows.WriteNumberValue(mention.Span.End);
                rows.WriteEndArray();
                _queuedMentions.Add(mention);
                _mentionsAdded[mention.EntityId] = _mentionsAdded.GetValueOrDefault(mention.EntityId) + 1;
            }
        }

        /// <summary>Queues the note's links for <see cref="FlushQueuedAsync"/>, numbered in the note's order.</summary>
        private void QueueLinks(NoteBatch batch)
        {
            for (int ordinal = 0; ordinal < batch.Links.Count; ordinal++)
            {
                var link = batch.Links[ordinal];
                var rows = _linkRows.Next();
                rows.WriteStartArray();
                rows.WriteStringValue(batch.Note.Id);
                rows.WriteNumberValue(ordinal);
                rows.WriteStringValue(link.Target);
                rows.WriteStringValue(link.Label);
                rows.WriteNumberValue(link.Span.Start);
                rows.WriteNumberValue(link.Span.End);
                rows.WriteEndArray();
            }
        }

        /// <summary>
        /// Starts a JSON array of rows. A group's rows of each kind go to SQLite as one array expanded by <c>json_each</c>:
        /// one statement execution instead of one per row, whose binding and stepping through the provider cost more than
        /// SQLite's own insert.
        /// </summary>
        private Utf8JsonWriter StartRows() => _rows.Start();

        private byte[] EndRows() => _rows.Take();

        private static void WriteNullable(Utf8JsonWriter rows, string? value)
        {
            if (value is null)
            {
                rows.WriteNullValue();
            }
            else
            {
                rows.WriteStringValue(value);
            }
        }

        private static void WriteNullable(Utf8JsonWriter rows, int? value)
        {
            if (value is int number)
            {
                rows.WriteNumberValue(number);
            }
            else
            {
                rows.WriteNullValue();
            }
        }

        private async Task<HashSet<string>> MissingEntitiesAsync(IEnumerable<string> entityIds, CancellationToken cancellationToken)
        {
            await using var find = Command(connection, transaction,
                "SELECT DISTINCT value FROM json_each($ids) WHERE value NOT IN (SELECT id FROM entities);");
            find.AddIds("$ids", entityIds.Distinct(StringComparer.Ordinal));
            var missing = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                missing.Add(reader.GetString(0));
            }

            return missing;
        }

        /// <summary>
        /// Checks the note's evidence and queues it, with the relations it names, for <see cref="FlushQueuedAsync"/>.
        /// </summary>
        private void QueueEvidence(NoteBatch batch, Dictionary<string, Claim> claimsById)
        {
            foreach (var evidence in batch.Evidence)
            {
                var key = evidence.Relation;
                var claim = RequireClaim(claimsById, evidence.ClaimId, batch.Note.Id, $"evidence for relation '{key.Id}'");
                double confidence = EvidenceChecks.CheckAndRate(evidence, claim, batch.Note.Id);
                _pendingRelations.TryAdd(key.Id, key);
                _pendingEvidence.Add(new PendingEvidence(key.Id, evidence.ClaimId, batch.Note.Id, claim.Ordinal, evidence.Quote, confidence, evidence.Extraction));
            }
        }

        /// <summary>
        /// Writes the queued entities, claims, mentions and links (<see cref="FlushNoteRowsAsync"/>), then stores the queued
        /// proposals, creates the queued relations (if new) and stores the queued evidence: one statement each for the
        /// whole group, over a JSON array sorted by key. Relation ids are hashes, so rows inserted note by note land on
        /// scattered pages of the relation and evidence indexes; sorted, a group's rows walk each index once. The three
        /// tables are WITHOUT ROWID, so the order of insertion leaves no trace in the store. Runs before anything reads or
        /// deletes any of these rows.
        /// </summary>
        private async Task FlushQueuedAsync(CancellationToken cancellationToken)
        {
            await FlushNoteRowsAsync(cancellationToken);
            await FlushProposalsAsync(cancellationToken);
            if (_pendingEvidence.Count == 0)
            {
                return;
            }

            var upsertRelations = _upsertRelations ??= Prepare(
                """
                INSERT INTO relations (id, subject_id, predicate, object_id, origin)
                SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(CAST($rows AS TEXT)) WHERE true
                ON CONFLICT (id) DO NOTHING;
                """,
                ("$rows", SqliteType.Blob));

            // A claim supports a relation once; a second curated quote inside the same claim adds nothing (the sort is
            // stable, so the first one queued is the one kept, as when rows went in one at a time).
            var insertEvidence = _insertEvidence ??= Prepare(
                """
                INSERT INTO relation_evidence (relation_id, claim_id, note_id, ordinal, quote, confidence, trigger_start, trigger_end, rule)
                SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8
                FROM json_each(CAST($rows AS TEXT)) WHERE true
                ON CONFLICT (relation_id, claim_id) DO NOTHING;
                """,
                ("$rows", SqliteType.Blob));

            var relations = _pendingRelations.Values.OrderBy(key => key.Id, StringComparer.Ordinal).ToList();
            var relationRows = StartRows();
            foreach (var key in relations)
            {
                relationRows.WriteStartArray();
                relationRows.WriteStringValue(key.Id);
                relationRows.WriteStringValue(key.SubjectId);
                relationRows.WriteStringValue(key.Predicate);
                relationRows.WriteStringValue(key.ObjectId);
                relationRows.WriteStringValue(RelationKey.OriginName(key.Origin));
                relationRows.WriteEndArray();
            }

            upsertRelations.Parameters[0].Value = EndRows();
            try
            {
                await upsertRelations.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException exception) when (IsForeignKeyFailure(exception))
            {
                var missing = await MissingEntitiesAsync(relations.SelectMany(key => new[] { key.SubjectId, key.ObjectId }), cancellationToken);
                var first = relations.FirstOrDefault(key => missing.Contains(key.SubjectId) || missing.Contains(key.ObjectId));
                throw new InvalidOperationException(
                    $"The relation '{first?.Id ?? relations[0].Id}' names an entity that is not in the store; upsert the catalog first.", exception);
            }

            var evidenceRows = StartRows();
            foreach (var row in _pendingEvidence
                .OrderBy(row => row.RelationId, StringComparer.Ordinal)
                .ThenBy(row => row.ClaimId, StringComparer.Ordinal))
            {
                evidenceRows.WriteStartArray();
                evidenceRows.WriteStringValue(row.RelationId);
                evidenceRows.WriteStringValue(row.ClaimId);
                evidenceRows.WriteStringValue(row.NoteId);
                evidenceRows.WriteNumberValue(row.Ordinal);
                WriteNullable(evidenceRows, row.Quote);
                evidenceRows.WriteNumberValue(row.Confidence);
                WriteNullable(evidenceRows, row.Extraction?.Trigger.Start);
                WriteNullable(evidenceRows, row.Extraction?.Trigger.End);
                WriteNullable(evidenceRows, row.Extraction?.Rule);
                evidenceRows.WriteEndArray();
            }

            insertEvidence.Parameters[0].Value = EndRows();
            _pendingRelations.Clear();
            _pendingEvidence.Clear();
            await insertEvidence.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>
        /// Creates the queued discovered entities, then stores the queued claims, mentions and links, each in one statement in
        /// the order queued (so every seq is what note-by-note writing gave). A statement that writes to an FTS5 table
        /// flushes that table's pending terms into a new segment, which later merges rewrite: one statement per group
        /// instead of one per note leaves a group one segment in claims_fts and entities_fts, not hundreds.
        /// </summary>
        private async Task FlushNoteRowsAsync(CancellationToken cancellationToken)
        {
            if (_discoveredRows.Count > 0)
            {
                var insert = _insertDiscovered ??= Prepare(
                    """
                    INSERT INTO entities (id, name, type, aliases, description, source)
                    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, 'discovered' FROM json_each(CAST($rows AS TEXT)) WHERE true
                    ON CONFLICT (id) DO NOTHING;
                    """,
                    ("$rows", SqliteType.Blob));
                insert.Parameters[0].Value = _discoveredRows.Take();
                _queuedDiscovered.Clear();
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            if (_claimRows.Count > 0)
            {
                var insert = _insertClaims ??= Prepare(
                    """
                    INSERT INTO claims (id, note_id, ordinal, text, section, span_start, span_end, timestamp_text, timestamp_seconds, deep_link, timestamp_repaired)
                    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10
                    FROM json_each(CAST($rows AS TEXT));
                    """,
                    ("$rows", SqliteType.Blob));
                insert.Parameters[0].Value = _claimRows.Take();
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            if (_mentionRows.Count > 0)
            {
                var insert = _insertMentions ??= Prepare(
                    """
                    INSERT INTO mentions (claim_id, entity_id, note_id, claim_ordinal, matched_text, span_start, span_end)
                    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6
                    FROM json_each(CAST($rows AS TEXT));
                    """,
                    ("$rows", SqliteType.Blob));
                insert.Parameters[0].Value = _mentionRows.Take();
                var mentions = _queuedMentions.ToList();
                _queuedMentions.Clear();
                try
                {
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (SqliteException exception) when (IsForeignKeyFailure(exception))
                {
                    var missing = await MissingEntitiesAsync(mentions.Select(m => m.EntityId), cancellationToken);
                    var first = mentions.FirstOrDefault(m => missing.Contains(m.EntityId));
                    throw new InvalidOperationException(
                        first is null
                            ? "A mention names an entity that is not in the store; upsert the catalog first."
                            : $"The mention of entity '{first.EntityId}' in claim '{first.ClaimId}' names an entity that is not in the store; upsert the catalog first.",
                        exception);
                }
            }

            if (_linkRows.Count > 0)
            {
                var insert = _insertLinks ??= Prepare(
                    """
                    INSERT INTO links (note_id, ordinal, target, label, span_start, span_end)
                    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5
                    FROM json_each(CAST($rows AS TEXT));
                    """,
                    ("$rows", SqliteType.Blob));
                insert.Parameters[0].Value = _linkRows.Take();
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        /// <summary>The queued proposals in one statement, sorted by key (the table is WITHOUT ROWID, like evidence).</summary>
        private async Task FlushProposalsAsync(CancellationToken cancellationToken)
        {
            if (_pendingProposals.Count == 0)
            {
                return;
            }

            var insert = _insertProposals ??= Prepare(
                """
                INSERT INTO entity_proposals (note_id, entity_id, name, type, aliases, description)
                SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(CAST($rows AS TEXT));
                """,
                ("$rows", SqliteType.Blob));
            var rows = StartRows();
            foreach (var proposal in _pendingProposals
                .OrderBy(proposal => proposal.NoteId, StringComparer.Ordinal)
                .ThenBy(proposal => proposal.EntityId, StringComparer.Ordinal))
            {
                rows.WriteStartArray();
                rows.WriteStringValue(proposal.NoteId);
                rows.WriteStringValue(proposal.EntityId);
                rows.WriteStringValue(proposal.Name);
                rows.WriteStringValue(proposal.Type);
                rows.WriteStringValue(proposal.Aliases);
                rows.WriteStringValue(proposal.Description);
                rows.WriteEndArray();
            }

            insert.Parameters[0].Value = EndRows();
            _pendingProposals.Clear();
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>
        /// Rows queued as one JSON array in UTF-8, bound as a blob that the statement reads back as text
        /// (<c>CAST($rows AS TEXT)</c>). A group's array runs to megabytes: as a .NET string it was made three times over
        /// (the UTF-8 being written, the UTF-16 string, the provider's UTF-8 copy), each a large-object allocation that
        /// brought on full garbage collections. The buffer is rented from the shared pool and given back on dispose, so
        /// the next group reuses it instead of growing a new one from 64 KB.
        /// </summary>
        private sealed class RowQueue : IBufferWriter<byte>, IAsyncDisposable
        {
            private readonly Utf8JsonWriter _writer = new(
                Stream.Null, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
            private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
            private int _written;

            public int Count { get; private set; }

            /// <summary>The writer to add one more row to.</summary>
            public Utf8JsonWriter Next() => Count++ == 0 ? Start() : _writer;

            /// <summary>Empties the queue and starts its array.</summary>
            public Utf8JsonWriter Start()
            {
                _written = 0;
                _writer.Reset(this);
                _writer.WriteStartArray();
                return _writer;
            }

            /// <summary>The queued rows as a JSON array; the queue is empty afterwards.</summary>
            public byte[] Take()
            {
                _writer.WriteEndArray();
                _writer.Flush();
                Count = 0;
                return _buffer.AsSpan(0, _written).ToArray();
            }

            public void Advance(int count) => _written += count;

            public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_written);

            public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_written);

            private byte[] Reserve(int sizeHint)
            {
                int needed = _written + Math.Max(sizeHint, 1);
                if (needed > _buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
                    _buffer.AsSpan(0, _written).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(_buffer);
                    _buffer = larger;
                }

                return _buffer;
            }

            public async ValueTask DisposeAsync()
            {
                await _writer.DisposeAsync();
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = [];
            }
        }

        private sealed record PendingProposal(string NoteId, string EntityId, string Name, string Type, string Aliases, string Description);

        private sealed record PendingEvidence(
            string RelationId, string ClaimId, string NoteId, int Ordinal, string? Quote, double Confidence, ExtractionTrace? Extraction);

        private static bool IsForeignKeyFailure(SqliteException exception) =>
            exception.SqliteErrorCode == 19 && exception.SqliteExtendedErrorCode == 787;

        private static Claim RequireClaim(Dictionary<string, Claim> claimsById, string claimId, string noteId, string what) =>
            claimsById.TryGetValue(claimId, out var claim)
                ? claim
                : throw new InvalidOperationException($"Note '{noteId}': {what} refers to claim '{claimId}', which is not a claim of this note.");
    }
}
