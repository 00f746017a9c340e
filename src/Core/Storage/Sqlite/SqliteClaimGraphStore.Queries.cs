using ClaimGraph.Model;
using Microsoft.Data.Sqlite;
using static ClaimGraph.Storage.Sqlite.SqliteRows;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Read side. Batch loads take their ids as one JSON array parameter (<c>json_each($ids)</c>) so N parents cost one
/// statement; per-parent pages rank rows with <c>ROW_NUMBER() OVER (PARTITION BY parent)</c> over index columns and join
/// the wide rows (claims) only for the page. An existing parent with no children still comes back (total 0); unknown ids stay absent.
/// </summary>
public sealed partial class SqliteClaimGraphStore
{
    /// <summary>Keeps the page's rows plus each parent's first row, whose total is needed even when the page is past the end.</summary>
    private const string PageWindow = "(k.rn = 1 OR k.rn BETWEEN $first AND $last)";

    private const string RelationMatches = """
        ($predicate IS NULL OR r.predicate = $predicate) AND ($origin IS NULL OR r.origin = $origin)
        AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
        """;

    /// <summary>Strongest first: curated, then extracted, then co-mention (never ahead of a typed relation), then confidence and evidence.</summary>
    internal const string RelationStrengthOrder =
        "CASE origin WHEN 'curated' THEN 0 WHEN 'extracted' THEN 1 ELSE 2 END, confidence DESC, evidence_count DESC, note_count DESC, id";

    // Outgoing and incoming relations are two index lookups (by subject, by object); a self-relation is listed once.
    internal const string RelationsOfEntitiesSql = $"""
        WITH owners(owner) AS (SELECT DISTINCT value FROM json_each($ids)),
        linked AS (
            SELECT o.owner, {RelationColumns} FROM owners o JOIN relations r ON r.subject_id = o.owner WHERE $out AND {RelationMatches}
            UNION ALL
            SELECT o.owner, {RelationColumns} FROM owners o JOIN relations r ON r.object_id = o.owner
            WHERE $in AND r.subject_id <> o.owner AND {RelationMatches}
        ),
        ranked AS (
            SELECT linked.*,
                   ROW_NUMBER() OVER (PARTITION BY owner
                       ORDER BY {RelationStrengthOrder}) AS rn,
                   count(*) OVER (PARTITION BY owner) AS total
            FROM linked
        )
        SELECT k.* FROM ranked k WHERE {PageWindow} ORDER BY k.owner, k.rn;
        SELECT id FROM entities WHERE id IN (SELECT value FROM json_each($ids));
        """;

    internal const string EvidencePageSql = $"""
        WITH ranked AS (
            SELECT ev.relation_id AS owner, ev.claim_id,
                   ROW_NUMBER() OVER (PARTITION BY ev.relation_id ORDER BY ev.note_id, ev.ordinal, ev.claim_id) AS rn,
                   count(*) OVER (PARTITION BY ev.relation_id) AS total
            FROM relation_evidence ev WHERE ev.relation_id IN (SELECT value FROM json_each($ids))
        )
        SELECT k.owner, {ClaimColumns}, ev.quote, ev.confidence, ev.trigger_start, ev.trigger_end, ev.rule, k.rn, k.total
        FROM ranked k
        JOIN relation_evidence ev ON ev.claim_id = k.claim_id AND ev.relation_id = k.owner
        JOIN claims c ON c.id = k.claim_id
        WHERE {PageWindow} ORDER BY k.owner, k.rn;
        SELECT id FROM relations WHERE id IN (SELECT value FROM json_each($ids));
        """;

    internal const string ClaimsOfEntitiesSql = $"""
        WITH mentioned AS (
            SELECT DISTINCT m.entity_id, m.note_id, m.claim_ordinal
            FROM mentions m WHERE m.entity_id IN (SELECT value FROM json_each($ids))
        ),
        ranked AS (
            SELECT entity_id AS owner, note_id, claim_ordinal,
                   ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY note_id, claim_ordinal) AS rn,
                   count(*) OVER (PARTITION BY entity_id) AS total
            FROM mentioned
        )
        SELECT k.owner, {ClaimColumns}, k.rn, k.total
        FROM ranked k JOIN claims c ON c.note_id = k.note_id AND c.ordinal = k.claim_ordinal
        WHERE {PageWindow} ORDER BY k.owner, k.rn;
        SELECT id FROM entities WHERE id IN (SELECT value FROM json_each($ids));
        """;

    internal const string ClaimsOfNotesSql = $"""
        WITH ranked AS (
            SELECT c.note_id AS owner, c.seq,
                   ROW_NUMBER() OVER (PARTITION BY c.note_id ORDER BY c.ordinal) AS rn,
                   count(*) OVER (PARTITION BY c.note_id) AS total
            FROM claims c WHERE c.note_id IN (SELECT value FROM json_each($ids))
        )
        SELECT k.owner, {ClaimColumns}, k.rn, k.total
        FROM ranked k JOIN claims c ON c.seq = k.seq
        WHERE {PageWindow} ORDER BY k.owner, k.rn;
        SELECT id FROM notes WHERE id IN (SELECT value FROM json_each($ids));
        """;

    public async Task<GraphStats> GetStatsAsync(int topEntities, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(topEntities);
        await using var session = await RentReadSessionAsync(cancellationToken);
        var command = session.Command($"""
            SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM claims), (SELECT count(*) FROM entities),
                   (SELECT count(*) FROM mentions), (SELECT count(*) FROM relations);
            SELECT predicate, count(*) FROM relations GROUP BY predicate ORDER BY count(*) DESC, predicate;
            SELECT e.id, e.name, e.mention_count FROM entities e ORDER BY e.mention_count DESC, e.name LIMIT $top;
            SELECT origin, count(*) FROM relations GROUP BY origin;
            SELECT source, count(*) FROM entities GROUP BY source;
            """);
        command.Parameters.AddWithValue("$top", topEntities);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        int notes = reader.GetInt32(0), claims = reader.GetInt32(1), entities = reader.GetInt32(2),
            mentions = reader.GetInt32(3), relations = reader.GetInt32(4);

        await reader.NextResultAsync(cancellationToken);
        var byPredicate = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            byPredicate[reader.GetString(0)] = reader.GetInt32(1);
        }

        await reader.NextResultAsync(cancellationToken);
        var top = new List<EntityMentionCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            top.Add(new EntityMentionCount(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        await reader.NextResultAsync(cancellationToken);
        var byOrigin = new List<KeyValuePair<RelationOrigin, int>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var origin = RelationKey.ParseOrigin(reader.GetString(0))
                ?? throw new InvalidDataException($"A relation has an unknown origin '{reader.GetString(0)}'.");
            byOrigin.Add(new(origin, reader.GetInt32(1)));
        }

        await reader.NextResultAsync(cancellationToken);
        var bySource = new List<KeyValuePair<EntitySource, int>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var source = EntitySourceNames.Parse(reader.GetString(0))
                ?? throw new InvalidDataException($"An entity has an unknown source '{reader.GetString(0)}'.");
            bySource.Add(new(source, reader.GetInt32(1)));
        }

        return new GraphStats(notes, claims, entities, mentions, relations, byPredicate, top,
            GraphStats.EveryValue(byOrigin), GraphStats.EveryValue(bySource));
    }

    public async Task<IReadOnlyDictionary<string, EntityInfo>> GetEntitiesAsync(
        IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, EntityInfo>();
        }

        return await ReadKeyedAsync(
            $"SELECT {EntityColumns} FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids));",
            command => command.AddIds("$ids", ids),
            reader => ReadEntity(reader, 0),
            entity => entity.Id,
            cancellationToken);
    }

    public async Task<Page<EntityInfo>> ListEntitiesAsync(
        EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Validate(page);
        const string where = """
            WHERE ($type IS NULL OR e.type = $type)
              AND ($source IS NULL OR e.source = $source)
              AND ($contains IS NULL OR e.name LIKE $contains ESCAPE '\' OR e.id LIKE $contains ESCAPE '\')
            """;
        string orderBy = order == EntityOrder.Name
            ? "e.name COLLATE NOCASE, e.id"
            : "e.mention_count DESC, e.name COLLATE NOCASE, e.id";
        string seek = "";
        if (page.After is { } after)
        {
            after.RequireCount(order == EntityOrder.Name ? 2 : 3, "entities");
            seek = order == EntityOrder.Name
                ? "AND (e.name COLLATE NOCASE, e.id) > ($afterName, $afterId)"
                : "AND (e.mention_count < $afterMentions OR (e.mention_count = $afterMentions AND (e.name COLLATE NOCASE, e.id) > ($afterName, $afterId)))";
        }

        return await ReadKeyedPageAsync(
            $"SELECT count(*) FROM entities e {where};",
            $"SELECT {EntityColumns} FROM entities e {where} {seek} ORDER BY {orderBy} LIMIT $limit OFFSET $skip;",
            command =>
            {
                command.AddNullable("$type", filter.Type?.ToString());
                command.AddNullable("$source", filter.Source is { } source ? EntitySourceNames.Name(source) : null);
                command.AddNullable("$contains", string.IsNullOrEmpty(filter.NameContains) ? null : $"%{EscapeLike(filter.NameContains)}%");
                if (page.After is { } after)
                {
                    if (order == EntityOrder.Name)
                    {
                        command.Parameters.AddWithValue("$afterName", after.String(0, "entities"));
                        command.Parameters.AddWithValue("$afterId", after.String(1, "entities"));
                    }
                    else
                    {
                        command.Parameters.AddWithValue("$afterMentions", after.Integer(0, "entities"));
                        command.Parameters.AddWithValue("$afterName", after.String(1, "entities"));
                        command.Parameters.AddWithValue("$afterId", after.String(2, "entities"));
                    }
                }
            },
            reader => ReadEntity(reader, 0),
            entity => order == EntityOrder.Name ? PageKey.Of(entity.Name, entity.Id) : PageKey.Of((long)entity.MentionCount, entity.Name, entity.Id),
            page,
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Page<RelationInfo>>> GetRelationsOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, RelationFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(filter);
        Validate(page);
        if (entityIds.Count == 0)
        {
            return new Dictionary<string, Page<RelationInfo>>();
        }

        return await ReadOwnerPagesAsync(
            RelationsOfEntitiesSql,
            command =>
            {
                command.AddIds("$ids", entityIds);
                command.Parameters.AddWithValue("$out", filter.Direction != RelationDirection.In);
                command.Parameters.AddWithValue("$in", filter.Direction != RelationDirection.Out);
                command.AddNullable("$predicate", string.IsNullOrEmpty(filter.Predicate) ? null : filter.Predicate);
                command.AddNullable("$origin", filter.Origin is { } origin ? RelationKey.OriginName(origin) : null);
                command.AddNullable("$minConfidence", filter.MinConfidence);
            },
            reader => ReadRelation(reader, 1),
            RelationColumnCount,
            page,
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, RelationInfo>> GetRelationsAsync(
        IReadOnlyCollection<string> relationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationIds);
        if (relationIds.Count == 0)
        {
            return new Dictionary<string, RelationInfo>();
        }

        return await ReadKeyedAsync(
            $"SELECT {RelationColumns} FROM relations r WHERE r.id IN (SELECT value FROM json_each($ids));",
            command => command.AddIds("$ids", relationIds),
            reader => ReadRelation(reader, 0),
            relation => relation.Id,
            cancellationToken);
    }

    public async Task<IReadOnlyList<PredicateCount>> GetPredicateCountsAsync(CancellationToken cancellationToken)
    {
        await using var session = await RentReadSessionAsync(cancellationToken);
        var command = session.Command("SELECT predicate, origin, count(*) FROM relations GROUP BY predicate, origin ORDER BY predicate, origin;");
        var counts = new List<PredicateCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var origin = RelationKey.ParseOrigin(reader.GetString(1))
                ?? throw new InvalidDataException($"A relation has an unknown origin '{reader.GetString(1)}'.");
            counts.Add(new PredicateCount(reader.GetString(0), origin, reader.GetInt32(2)));
        }

        return counts;
    }

    public async Task<IReadOnlyDictionary<string, Page<EvidenceClaim>>> GetEvidenceAsync(
        IReadOnlyCollection<string> relationIds, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relationIds);
        Validate(page);
        if (relationIds.Count == 0)
        {
            return new Dictionary<string, Page<EvidenceClaim>>();
        }

        return await ReadOwnerPagesAsync(
            EvidencePageSql,
            command => command.AddIds("$ids", relationIds),
            reader => ReadEvidence(reader, 1),
            ClaimColumnCount + 5,
            page,
            cancellationToken);
    }

    private static EvidenceClaim ReadEvidence(SqliteDataReader reader, int at)
    {
        int extra = at + ClaimColumnCount;
        string? rule = NullableString(reader, extra + 4);
        return new EvidenceClaim(
            ReadClaim(reader, at),
            NullableString(reader, extra),
            rule is null ? null : new ExtractionTrace(new TextSpan(reader.GetInt32(extra + 2), reader.GetInt32(extra + 3)), rule, reader.GetDouble(extra + 1)),
            reader.GetDouble(extra + 1));
    }

    public async Task<IReadOnlyDictionary<string, Claim>> GetClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        if (claimIds.Count == 0)
        {
            return new Dictionary<string, Claim>();
        }

        return await ReadKeyedAsync(
            $"SELECT {ClaimColumns} FROM claims c WHERE c.id IN (SELECT value FROM json_each($ids));",
            command => command.AddIds("$ids", claimIds),
            reader => ReadClaim(reader, 0),
            claim => claim.Id,
            cancellationToken);
    }

    public async Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Validate(page);
        const string criteria = """
            ($noteId IS NULL OR c.note_id = $noteId)
            AND ($entityId IS NULL OR (c.note_id, c.ordinal) IN (SELECT m.note_id, m.claim_ordinal FROM mentions m WHERE m.entity_id = $entityId))
            """;
        void Bind(SqliteCommand command)
        {
            command.AddNullable("$noteId", string.IsNullOrEmpty(filter.NoteId) ? null : filter.NoteId);
            command.AddNullable("$entityId", string.IsNullOrEmpty(filter.EntityId) ? null : filter.EntityId);
        }

        if (string.IsNullOrWhiteSpace(filter.Text))
        {
            // Only the filters given go into the SQL, so an unfiltered count and page go through ix_claims_note.
            var conditions = new List<string> { "1" };
            if (!string.IsNullOrEmpty(filter.NoteId))
            {
                conditions.Add("c.note_id = $noteId");
            }

            if (!string.IsNullOrEmpty(filter.EntityId))
            {
                conditions.Add("(c.note_id, c.ordinal) IN (SELECT m.note_id, m.claim_ordinal FROM mentions m WHERE m.entity_id = $entityId)");
            }

            var given = string.Join(" AND ", conditions);
            page.After?.RequireCount(2, "claims");
            var seek = page.After is null ? "" : "AND (c.note_id, c.ordinal) > ($afterNote, $afterOrdinal)";
            return await ReadKeyedPageAsync(
                $"SELECT count(*) FROM claims c WHERE {given};",
                $"SELECT {ClaimColumns} FROM claims c WHERE {given} {seek} ORDER BY c.note_id, c.ordinal LIMIT $limit OFFSET $skip;",
                command =>
                {
                    Bind(command);
                    if (page.After is { } after)
                    {
                        command.Parameters.AddWithValue("$afterNote", after.String(0, "claims"));
                        command.Parameters.AddWithValue("$afterOrdinal", after.Integer(1, "claims"));
                    }
                },
                reader => ReadClaim(reader, 0),
                claim => PageKey.Of(claim.NoteId, (long)claim.Ordinal),
                page,
                cancellationToken);
        }

        // Ranked by relevance: every match is scored for every page, so a deep page costs what the first does; the
        // ranking has no stable key to seek to, so these pages go by offset.

        string? match = FullTextQuery.AllTerms(filter.Text);
        if (match is null)
        {
            return new Page<Claim>([], 0, page.Offset);
        }

        return await ReadPageAsync(
            $"SELECT count(*) FROM claims_fts f JOIN claims c ON c.seq = f.rowid WHERE claims_fts MATCH $match AND {criteria};",
            $"""
            SELECT {ClaimColumns} FROM claims_fts f JOIN claims c ON c.seq = f.rowid
            WHERE claims_fts MATCH $match AND {criteria}
            ORDER BY bm25(claims_fts), c.note_id, c.ordinal LIMIT $limit OFFSET $offset;
            """,
            command =>
            {
                Bind(command);
                command.Parameters.AddWithValue("$match", match);
            },
            reader => ReadClaim(reader, 0),
            page,
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        Validate(page);
        if (entityIds.Count == 0)
        {
            return new Dictionary<string, Page<Claim>>();
        }

        return await ReadOwnerPagesAsync(
            ClaimsOfEntitiesSql, command => command.AddIds("$ids", entityIds), reader => ReadClaim(reader, 1), ClaimColumnCount, page, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsOfNotesAsync(
        IReadOnlyCollection<string> noteIds, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noteIds);
        Validate(page);
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, Page<Claim>>();
        }

        return await ReadOwnerPagesAsync(
            ClaimsOfNotesSql, command => command.AddIds("$ids", noteIds), reader => ReadClaim(reader, 1), ClaimColumnCount, page, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsOfClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        if (claimIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<Mention>>();
        }

        return await ReadOwnerListsAsync(
            """
            SELECT c.id, m.claim_id, m.entity_id, m.matched_text, m.span_start, m.span_end
            FROM claims c LEFT JOIN mentions m ON m.claim_id = c.id
            WHERE c.id IN (SELECT value FROM json_each($ids))
            ORDER BY c.id, m.span_start, m.entity_id;
            """,
            command => command.AddIds("$ids", claimIds),
            reader => ReadMention(reader, 1),
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RelationInfo>>> GetRelationsSupportedByClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimIds);
        if (claimIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<RelationInfo>>();
        }

        return await ReadOwnerListsAsync(
            $"""
            SELECT c.id, {RelationColumns}
            FROM claims c
            LEFT JOIN relation_evidence ev ON ev.claim_id = c.id
            LEFT JOIN relations r ON r.id = ev.relation_id
            WHERE c.id IN (SELECT value FROM json_each($ids))
            ORDER BY c.id, r.origin = 'curated' DESC, r.evidence_count DESC, r.id;
            """,
            command => command.AddIds("$ids", claimIds),
            reader => ReadRelation(reader, 1),
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Note>> GetNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noteIds);
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, Note>();
        }

        return await ReadKeyedAsync(
            $"SELECT {NoteColumns} FROM notes n WHERE n.id IN (SELECT value FROM json_each($ids));",
            command => command.AddIds("$ids", noteIds),
            reader => ReadNote(reader, 0),
            note => note.Id,
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, NoteSummary>> GetNoteSummariesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noteIds);
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, NoteSummary>();
        }

        return await ReadKeyedAsync(
            $"SELECT {NoteSummaryColumns} FROM notes n WHERE n.id IN (SELECT value FROM json_each($ids));",
            command => command.AddIds("$ids", noteIds),
            reader => ReadNoteSummary(reader, 0),
            note => note.Id,
            cancellationToken);
    }

    public async Task<Page<Note>> ListNotesAsync(NoteFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Validate(page);
        // Only the filters given go into the SQL: "$x IS NULL OR …" would keep SQLite from counting and ordering through
        // an index (ix_notes_title, ix_notes_channel_title), making it read every note row, text and all.
        // Channels compare without letter case (acquiredFM is acquiredfm).
        var conditions = new List<string>();
        if (!string.IsNullOrEmpty(filter.Channel))
        {
            conditions.Add("n.channel = $channel COLLATE NOCASE");
        }

        if (filter.Format is not null)
        {
            conditions.Add("n.format = $format");
        }

        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        page.After?.RequireCount(2, "notes");
        // The row value alone would make SQLite scan the index from its start; the plain bound on the title is what lets
        // it seek into ix_notes_title (or ix_notes_channel_title) at the key.
        var seek = page.After is null
            ? ""
            : (where.Length == 0 ? "WHERE" : "AND") + " n.title COLLATE NOCASE >= $afterTitle AND (n.title COLLATE NOCASE, n.id) > ($afterTitle, $afterId)";
        return await ReadKeyedPageAsync(
            $"SELECT count(*) FROM notes n {where};",
            $"SELECT {NoteColumns} FROM notes n {where} {seek} ORDER BY n.title COLLATE NOCASE, n.id LIMIT $limit OFFSET $skip;",
            command =>
            {
                if (!string.IsNullOrEmpty(filter.Channel))
                {
                    command.Parameters.AddWithValue("$channel", filter.Channel);
                }

                if (filter.Format is { } format)
                {
                    command.Parameters.AddWithValue("$format", format.ToString());
                }

                if (page.After is { } after)
                {
                    command.Parameters.AddWithValue("$afterTitle", after.String(0, "notes"));
                    command.Parameters.AddWithValue("$afterId", after.String(1, "notes"));
                }
            },
            reader => ReadNote(reader, 0),
            note => PageKey.Of(note.Title, note.Id),
            page,
            cancellationToken);
    }

    // Metadata columns only: the note text (up to hundreds of KB) is not needed to list an entity's notes.
    // One entity per execution: ranking several entities' notes in one statement (ROW_NUMBER over all of them, or a
    // correlated IN per owner) cost 3-10 times more than running this prepared statement once per entity.
    internal const string TopNotesOfEntitySql = $"""
        SELECT $id, {NoteSummaryColumns}
        FROM (
            SELECT m.note_id, count(*) AS mentions FROM mentions m WHERE m.entity_id = $id
            GROUP BY m.note_id ORDER BY mentions DESC, m.note_id LIMIT $limit
        ) k
        JOIN notes n ON n.id = k.note_id
        ORDER BY k.mentions DESC, k.note_id;
        """;

    internal const string ExistingEntitiesSql = "SELECT id FROM entities WHERE id IN (SELECT value FROM json_each($ids));";

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<NoteSummary>>> GetNotesOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var notes = new Dictionary<string, IReadOnlyList<NoteSummary>>(StringComparer.Ordinal);
        if (entityIds.Count == 0)
        {
            return notes;
        }

        await using var session = await RentReadSessionAsync(cancellationToken);
        var existing = new List<string>();
        var exists = session.Command(ExistingEntitiesSql);
        exists.AddIds("$ids", entityIds);
        await using (var reader = await exists.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                existing.Add(reader.GetString(0));
            }
        }

        var top = session.Command(TopNotesOfEntitySql);
        var id = top.Parameters.Add("$id", SqliteType.Text);
        top.Parameters.AddWithValue("$limit", limit);
        foreach (var entityId in existing)
        {
            id.Value = entityId;
            var list = new List<NoteSummary>();
            await using var reader = await top.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                list.Add(ReadNoteSummary(reader, 1));
            }
            notes[entityId] = list;
        }

        return notes;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityInfo>>> GetEntitiesOfNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noteIds);
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<EntityInfo>>();
        }

        return await ReadOwnerListsAsync(
            $"""
            WITH owners(owner) AS (SELECT n.id FROM notes n WHERE n.id IN (SELECT value FROM json_each($ids))),
            counted AS (
                -- CROSS JOIN keeps owners outermost: with a plain JOIN SQLite scans every mention and probes owners.
                SELECT m.note_id, m.entity_id, count(*) AS mentions
                FROM owners o CROSS JOIN mentions m ON m.note_id = o.owner
                GROUP BY m.note_id, m.entity_id
            )
            SELECT o.owner, {EntityColumns}
            FROM owners o
            LEFT JOIN counted k ON k.note_id = o.owner
            LEFT JOIN entities e ON e.id = k.entity_id
            ORDER BY o.owner, k.mentions DESC, e.name COLLATE NOCASE, e.id;
            """,
            command => command.AddIds("$ids", noteIds),
            reader => ReadEntity(reader, 1),
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<NoteLink>>> GetLinksOfNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noteIds);
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<NoteLink>>();
        }

        return await ReadOwnerListsAsync(
            """
            SELECT n.id, l.note_id, l.target, l.label, l.span_start, l.span_end
            FROM notes n LEFT JOIN links l ON l.note_id = n.id
            WHERE n.id IN (SELECT value FROM json_each($ids))
            ORDER BY n.id, l.ordinal;
            """,
            command => command.AddIds("$ids", noteIds),
            reader => new NoteLink(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                new TextSpan(reader.GetInt32(4), reader.GetInt32(5))),
            cancellationToken);
    }

    public async Task<SearchResults> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        string trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || limit == 0)
        {
            return new SearchResults([], []);
        }

        string lowered = trimmed.ToLowerInvariant();
        string? entityMatch = FullTextQuery.AllTerms(trimmed, prefixLastTerm: true);
        string? claimMatch = FullTextQuery.AllTerms(trimmed);

        // Exact id, name or alias hits rank first, then id or name prefixes, then full-text relevance; mentions break ties.
        string entityFullText = entityMatch is null
            ? "SELECT NULL AS rowid, 0.0 AS relevance WHERE 0"
            : "SELECT rowid, -bm25(entities_fts, 2.0, 1.0) AS relevance FROM entities_fts WHERE entities_fts MATCH $entityMatch";
        string claimSearch = claimMatch is null
            ? $"SELECT {ClaimColumns}, 0.0 FROM claims c WHERE 0;"
            : $"""
              SELECT {ClaimColumns}, -bm25(claims_fts) AS relevance
              FROM claims_fts f JOIN claims c ON c.seq = f.rowid
              WHERE claims_fts MATCH $claimMatch
              ORDER BY bm25(claims_fts), c.note_id, c.ordinal LIMIT $limit;
              """;
        await using var session = await RentReadSessionAsync(cancellationToken);
        var command = session.Command($"""
            WITH fts AS MATERIALIZED ({entityFullText}),
            scored AS (
                SELECT {EntityColumns},
                    CASE
                        WHEN e.id = $lowered OR lower(e.name) = $lowered
                             OR EXISTS (SELECT 1 FROM json_each(e.aliases) a WHERE lower(a.value) = $lowered) THEN 1000.0
                        WHEN e.id LIKE $prefix ESCAPE '\' OR e.name LIKE $prefix ESCAPE '\' THEN 500.0
                        ELSE 0.0
                    END + coalesce(fts.relevance, 0.0) AS score
                FROM entities e LEFT JOIN fts ON fts.rowid = e.seq
                WHERE fts.rowid IS NOT NULL OR e.id = $lowered OR lower(e.name) = $lowered
                   OR e.id LIKE $prefix ESCAPE '\' OR e.name LIKE $prefix ESCAPE '\'
                   OR EXISTS (SELECT 1 FROM json_each(e.aliases) a WHERE lower(a.value) = $lowered)
            )
            SELECT * FROM scored ORDER BY score DESC, mention_count DESC, name COLLATE NOCASE, id LIMIT $limit;
            {claimSearch}
            """);
        command.Parameters.AddWithValue("$lowered", lowered);
        command.Parameters.AddWithValue("$prefix", EscapeLike(lowered) + "%");
        command.Parameters.AddWithValue("$limit", limit);
        if (entityMatch is not null)
        {
            command.Parameters.AddWithValue("$entityMatch", entityMatch);
        }

        if (claimMatch is not null)
        {
            command.Parameters.AddWithValue("$claimMatch", claimMatch);
        }

        var entities = new List<ScoredEntity>();
        var claims = new List<ScoredClaim>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entities.Add(new ScoredEntity(ReadEntity(reader, 0), reader.GetDouble(EntityColumnCount)));
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claims.Add(new ScoredClaim(ReadClaim(reader, 0), reader.GetDouble(ClaimColumnCount)));
        }

        return new SearchResults(entities, claims);
    }

    private static void Validate(PageRequest page)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.Limit, nameof(PageRequest.Limit));
        ArgumentOutOfRangeException.ThrowIfNegative(page.Offset, nameof(PageRequest.Offset));
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    private async Task<IReadOnlyDictionary<string, T>> ReadKeyedAsync<T>(
        string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, Func<T, string> keyOf,
        CancellationToken cancellationToken)
    {
        await using var session = await RentReadSessionAsync(cancellationToken);
        var command = session.Command(sql);
        bind(command);
        var results = new Dictionary<string, T>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var item = read(reader);
            results[keyOf(item)] = item;
        }

        return results;
    }

    private async Task<Page<T>> ReadPageAsync<T>(
        string countSql, string pageSql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, PageRequest page,
        CancellationToken cancellationToken)
    {
        await using var session = await RentReadSessionAsync(cancellationToken);
        var command = session.Command(countSql + "\n" + pageSql);
        bind(command);
        command.Parameters.AddWithValue("$limit", page.Limit);
        command.Parameters.AddWithValue("$offset", page.Offset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        int total = reader.GetInt32(0);
        await reader.NextResultAsync(cancellationToken);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }

        return new Page<T>(items, total, page.Offset);
    }

    /// <summary>
    /// A page of a list in key order: the store seeks past <see cref="PageRequest.After"/> (bound by the caller's SQL),
    /// or without one skips <see cref="PageRequest.Offset"/> rows, and reads one row more than the page to know whether another follows; the matches are counted only when the
    /// request does not already know their total.
    /// </summary>
    private async Task<Page<T>> ReadKeyedPageAsync<T>(
        string countSql, string pageSql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, Func<T, PageKey> keyOf,
        PageRequest page, CancellationToken cancellationToken)
    {
        await using var session = await RentReadSessionAsync(cancellationToken);
        var command = session.Command(page.KnownTotal is null ? countSql + "\n" + pageSql : pageSql);
        bind(command);
        command.Parameters.AddWithValue("$limit", (long)page.Limit + 1);
        command.Parameters.AddWithValue("$skip", page.After is null ? page.Offset : 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        int total;
        if (page.KnownTotal is int known)
        {
            total = known;
        }
        else
        {
            await reader.ReadAsync(cancellationToken);
            total = reader.GetInt32(0);
            await reader.NextResultAsync(cancellationToken);
        }

        var items = new List<T>(Math.Min(page.Limit, 1000));
        var more = false;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == page.Limit)
            {
                more = true;
                break;
            }

            items.Add(read(reader));
        }

        return new Page<T>(items, total, page.Offset) { HasMore = more, Keys = items.Select(keyOf).ToList() };
    }

    /// <summary>
    /// Reads two result sets: rows shaped <c>owner, item columns…, rn, total</c> (row 1 of every owner is always there, so its
    /// total is known even when the page is past the end), then the ids of every requested owner that exists.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, Page<T>>> ReadOwnerPagesAsync<T>(
        string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, int itemColumns, PageRequest page,
        CancellationToken cancellationToken)
    {
        await using var session = await RentReadSessionAsync(cancellationToken);
        var command = session.Command(sql);
        bind(command);
        long last = (long)page.Offset + page.Limit;
        command.Parameters.AddWithValue("$first", page.Offset + 1);
        command.Parameters.AddWithValue("$last", last);
        var items = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string owner = reader.GetString(0);
            long rowNumber = reader.GetInt64(itemColumns + 1);
            totals[owner] = reader.GetInt32(itemColumns + 2);
            if (!items.TryGetValue(owner, out var list))
            {
                list = [];
                items[owner] = list;
            }

            if (rowNumber > page.Offset && rowNumber <= last)
            {
                list.Add(read(reader));
            }
        }

        var pages = new Dictionary<string, Page<T>>(StringComparer.Ordinal);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string owner = reader.GetString(0);
            pages[owner] = items.TryGetValue(owner, out var list)
                ? new Page<T>(list, totals[owner], page.Offset)
                : new Page<T>([], 0, page.Offset);
        }

        return pages;
    }

    /// <summary>Reads rows shaped <c>owner, item columns…</c> from a LEFT JOIN: a null first item column means no items.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> ReadOwnerListsAsync<T>(
        string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var session = await RentReadSessionAsync(cancellationToken);
        var command = session.Command(sql);
        bind(command);
        var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string owner = reader.GetString(0);
            if (!lists.TryGetValue(owner, out var list))
            {
                list = [];
                lists[owner] = list;
            }

            if (!reader.IsDBNull(1))
            {
                list.Add(read(reader));
            }
        }

        return lists.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<T>)pair.Value, StringComparer.Ordinal);
    }
}
