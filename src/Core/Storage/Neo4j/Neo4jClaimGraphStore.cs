using ClaimGraph.Model;
using static ClaimGraph.Storage.Neo4j.Neo4jRecordMapping;
using static ClaimGraph.Storage.Neo4j.Neo4jValue;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// The claim graph in Neo4j, over the HTTP Query API. Writes are idempotent MERGEs on natural keys, one explicit
/// transaction per note (replayed whole on a transient failure); reads and traversals are the Cypher in <see cref="Neo4jStatements"/>.
/// </summary>
public sealed class Neo4jClaimGraphStore : IClaimGraphWriter, IClaimGraphQueries, IDisposable
{
    /// <summary>Rows per UNWIND: large enough to make a note one or two round trips, small enough to keep each request modest.</summary>
    public const int WriteBatchSize = 500;

    /// <summary>
    /// Cap on raw paths (one per combination of parallel relations) read for one shortest-path request, so two hubs
    /// joined by many parallel relations cannot flood the response.
    /// </summary>
    private const int MaxRawPaths = 2000;

    private readonly Neo4jQueryClient _client;
    private readonly bool _ownsClient;

    public Neo4jClaimGraphStore(Neo4jQueryClient client, bool ownsClient = false)
    {
        _client = client;
        _ownsClient = ownsClient;
    }

    public Neo4jQueryClient Client => _client;

    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    // ---- Write side

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in Neo4jStatements.Schema)
        {
            await _client.RunAsync(statement.Bind(), Neo4jAccessMode.Write, cancellationToken);
        }

        // Wait a little less than one attempt may take, so a slow population reports Neo4j's reason, not our timeout.
        var waitSeconds = Math.Max(1, (int)_client.Resilience.AttemptTimeout.TotalSeconds - 1);
        await _client.RunAsync(Neo4jStatements.AwaitIndexes.Bind("timeoutSeconds", waitSeconds), Neo4jAccessMode.Write, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredNoteSource>> GetNoteSourcesAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync(Neo4jStatements.NoteSources.Bind(), cancellationToken);
        return result.Records
            .Select(r => new StoredNoteSource(r.GetString("id")!, r.GetString("sourcePath") ?? "", r.GetString("contentHash") ?? "", r.GetString("catalogVersion") ?? ""))
            .ToList();
    }

    public async Task UpsertEntitiesAsync(IReadOnlyList<Entity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return;
        }

        if (entities.FirstOrDefault(entity => entity.Source != EntitySource.Catalog) is { } discovered)
        {
            throw new ArgumentException(
                $"Entity '{discovered.Id}' is {discovered.Source}; only catalog entities are upserted, discovered ones come with their notes.",
                nameof(entities));
        }

        var rows = entities.Select(EntityRow).ToList();
        await _client.RunInTransactionAsync(async (transaction, token) =>
        {
            await RunBatchedAsync(transaction, Neo4jStatements.UpsertEntities, rows, token);
            return 0;
        }, cancellationToken);
    }

    public async Task<NoteWriteOutcome> WriteNoteAsync(NoteBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var plan = NoteWritePlan.From(batch);
        return await _client.RunInTransactionAsync(async (transaction, token) =>
        {
            // A retitled note has a new id: its old version goes in this transaction, so a crash cannot leave both.
            var fingerprint = await transaction.RunAsync(
                Neo4jStatements.NoteFingerprint.Bind(new Dictionary<string, object?> { ["noteId"] = plan.NoteId, ["sourcePath"] = batch.Note.SourcePath }),
                token);
            var stored = fingerprint.Records.Count > 0 ? fingerprint.Records[0] : null;
            var exists = stored?.GetString("contentHash") is not null;
            var otherIds = stored is null ? [] : stored.GetList("others").Select(id => AsString(id, "others")!).ToArray();
            var touched = new HashSet<string>(StringComparer.Ordinal);
            var touchedDiscovered = new HashSet<string>(StringComparer.Ordinal);
            if (otherIds.Length > 0)
            {
                var (relations, proposed) = await RemoveContributionAsync(transaction, otherIds, keepEvidenceIds: [], keepClaimIds: [], token);
                touched.UnionWith(relations);
                touchedDiscovered.UnionWith(proposed);
                await transaction.RunAsync(Neo4jStatements.RemoveNotes.Bind("noteIds", otherIds), token);
            }

            if (exists
                && string.Equals(stored!.GetString("contentHash"), batch.Note.ContentHash, StringComparison.Ordinal)
                && string.Equals(stored.GetString("catalogVersion"), batch.Note.CatalogVersion, StringComparison.Ordinal))
            {
                if (otherIds.Length == 0)
                {
                    return NoteWriteOutcome.Unchanged;
                }

                await RecountAsync(transaction, touched, token);
                await RefreshDiscoveredAsync(transaction, touchedDiscovered, token);
                return NoteWriteOutcome.Updated;
            }

            touchedDiscovered.UnionWith(plan.ProposedEntityIds);
            string[] noteIds = [plan.NoteId];
            if (exists)
            {
                var (relations, proposed) = await RemoveContributionAsync(transaction, noteIds, plan.EvidenceIds, plan.ClaimIds, token);
                touched.UnionWith(relations);
                touchedDiscovered.UnionWith(proposed);
            }

            await RunBatchedAsync(transaction, Neo4jStatements.MergeProposals, plan.ProposalRows, token);
            if (plan.EntityIds.Count > 0)
            {
                var missing = (await transaction.RunAsync(
                    Neo4jStatements.MissingEntities.Bind(new Dictionary<string, object?>
                    {
                        ["entityIds"] = plan.EntityIds,
                        ["proposedIds"] = plan.ProposedEntityIds,
                    }),
                    token)).Single();
                var missingIds = missing.GetList("missing").Select(id => AsString(id, "missing")).ToList();
                if (missingIds.Count > 0)
                {
                    throw new InvalidOperationException(
                        $"Note '{plan.NoteId}' names entities that are not in the store ({string.Join(", ", missingIds)}); upsert the catalog first.");
                }

                var unproposed = missing.GetList("unproposed").Select(id => AsString(id, "unproposed")!).ToList();
                if (unproposed.Count > 0)
                {
                    throw DiscoveredEntities.NotProposed(plan.NoteId, unproposed);
                }
            }

            await transaction.RunAsync(Neo4jStatements.UpsertNote.Bind("note", NoteRow(batch.Note)), token);
            await RunBatchedAsync(transaction, Neo4jStatements.UpsertClaims, plan.ClaimRows, token);
            await RunBatchedAsync(transaction, Neo4jStatements.MergeMentions, plan.MentionRows, token);
            await RunBatchedAsync(transaction, Neo4jStatements.MergeLinks, plan.LinkRows, token);
            await RunBatchedAsync(transaction, Neo4jStatements.MergeRelations, plan.RelationRows, token);
            await RunBatchedAsync(transaction, Neo4jStatements.MergeEvidence, plan.EvidenceRows, token);
            touched.UnionWith(plan.RelationIds);
            await RecountAsync(transaction, touched, token);
            await RefreshDiscoveredAsync(transaction, touchedDiscovered, token);
            return exists || otherIds.Length > 0 ? NoteWriteOutcome.Updated : NoteWriteOutcome.Added;
        }, cancellationToken);
    }

    public async Task<int> RemoveNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noteIds);
        if (noteIds.Count == 0)
        {
            return 0;
        }

        var ids = noteIds.Distinct(StringComparer.Ordinal).ToArray();
        return await _client.RunInTransactionAsync(async (transaction, token) =>
        {
            var (touched, proposed) = await RemoveContributionAsync(transaction, ids, keepEvidenceIds: [], keepClaimIds: [], token);
            var removed = await transaction.RunAsync(Neo4jStatements.RemoveNotes.Bind("noteIds", ids), token);
            await RecountAsync(transaction, touched, token);
            await RefreshDiscoveredAsync(transaction, proposed, token);
            return removed.Single().GetInt32("removed");
        }, cancellationToken);
    }

    private static async Task<(IReadOnlyList<string> Relations, IReadOnlyList<string> Proposed)> RemoveContributionAsync(
        Neo4jTransaction transaction, string[] noteIds, IReadOnlyList<string> keepEvidenceIds, IReadOnlyList<string> keepClaimIds, CancellationToken cancellationToken)
    {
        var evidence = await transaction.RunAsync(
            Neo4jStatements.RemoveEvidence.Bind(new Dictionary<string, object?> { ["noteIds"] = noteIds, ["keepEvidenceIds"] = keepEvidenceIds }),
            cancellationToken);
        await transaction.RunAsync(
            Neo4jStatements.RemoveClaims.Bind(new Dictionary<string, object?> { ["noteIds"] = noteIds, ["keepClaimIds"] = keepClaimIds }),
            cancellationToken);
        await transaction.RunAsync(Neo4jStatements.RemoveMentions.Bind("noteIds", noteIds), cancellationToken);
        await transaction.RunAsync(Neo4jStatements.RemoveLinks.Bind("noteIds", noteIds), cancellationToken);
        var proposals = await transaction.RunAsync(Neo4jStatements.RemoveProposals.Bind("noteIds", noteIds), cancellationToken);
        IReadOnlyList<string> relations = evidence.Records.Count == 0
            ? []
            : evidence.Records[0].GetList("relationIds").Select(id => AsString(id, "relationIds")!).ToList();
        IReadOnlyList<string> proposed = proposals.Records.Count == 0
            ? []
            : proposals.Records[0].GetList("entityIds").Select(id => AsString(id, "entityIds")!).ToList();
        return (relations, proposed);
    }

    /// <summary>
    /// Derives each discovered entity afresh from the proposals left for it (<see cref="DiscoveredEntities.Resolve"/>), or
    /// deletes it when none is left; catalog entities are never touched. Runs after the relations are recounted.
    /// </summary>
    private static async Task RefreshDiscoveredAsync(Neo4jTransaction transaction, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in entityIds.Chunk(WriteBatchSize))
        {
            var result = await transaction.RunAsync(Neo4jStatements.DiscoveredProposals.Bind("entityIds", chunk), cancellationToken);
            var rows = new List<Dictionary<string, object?>>();
            var gone = new List<string>();
            foreach (var record in result.Records)
            {
                var entityId = record.GetString("entityId")!;
                var proposals = record.GetList("proposals").Select(item => ToProposal(entityId, AsMap(item, "proposals"))).ToList();
                if (proposals.Count == 0)
                {
                    gone.Add(entityId);
                }
                else
                {
                    rows.Add(EntityRow(DiscoveredEntities.Resolve(entityId, proposals)));
                }
            }

            await RunBatchedAsync(transaction, Neo4jStatements.UpdateDiscoveredEntities, rows, cancellationToken);
            if (gone.Count > 0)
            {
                await transaction.RunAsync(Neo4jStatements.RemoveDiscoveredEntities.Bind("entityIds", gone), cancellationToken);
            }
        }
    }

    private static async Task RecountAsync(Neo4jTransaction transaction, IReadOnlyCollection<string> relationIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in relationIds.Chunk(WriteBatchSize))
        {
            await transaction.RunAsync(Neo4jStatements.RecountRelations.Bind("relationIds", chunk), cancellationToken);
        }
    }

    private static async Task RunBatchedAsync(
        Neo4jTransaction transaction, CypherStatement statement, IReadOnlyList<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(WriteBatchSize))
        {
            await transaction.RunAsync(statement.Bind("rows", chunk), cancellationToken);
        }
    }

    // ---- Read side

    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _client.ProbeAsync(Neo4jStatements.CountNotes.Bind(), cancellationToken);
            return new StoreStatus(true, result.Single().GetInt64("notes"), null);
        }
        catch (Exception exception) when (exception is Neo4jUnavailableException or Neo4jQueryException or InvalidOperationException
            && !cancellationToken.IsCancellationRequested)
        {
            return new StoreStatus(false, 0, exception.Message);
        }
    }

    public async Task<GraphStats> GetStatsAsync(int topEntities, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(topEntities);
        var counts = (await ReadAsync(Neo4jStatements.Stats.Bind(), cancellationToken)).Single();
        var predicates = await GetPredicateCountsAsync(cancellationToken);
        var top = await ReadAsync(Neo4jStatements.TopEntities.Bind("limit", topEntities), cancellationToken);
        var sources = await ReadAsync(Neo4jStatements.EntitySourceCounts.Bind(), cancellationToken);
        return new GraphStats(
            counts.GetInt32("notes"),
            counts.GetInt32("claims"),
            counts.GetInt32("entities"),
            counts.GetInt32("mentions"),
            counts.GetInt32("relations"),
            predicates.GroupBy(p => p.Predicate, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Count), StringComparer.Ordinal),
            top.Records.Select(r => new EntityMentionCount(r.GetString("id")!, r.GetString("name") ?? "", r.GetInt32("mentions"))).ToList(),
            GraphStats.EveryValue(predicates.Select(p => new KeyValuePair<RelationOrigin, int>(p.Origin, p.Count))),
            GraphStats.EveryValue(sources.Records.Select(r => new KeyValuePair<EntitySource, int>(
                EntitySourceNames.Parse(r.GetString("source")!) ?? throw new InvalidOperationException($"Neo4j holds an entity with unknown source '{r.GetString("source")}'."),
                r.GetInt32("count")))));
    }

    public async Task<IReadOnlyDictionary<string, EntityInfo>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, EntityInfo>();
        }

        var result = await ReadAsync(Neo4jStatements.EntitiesById.Bind("ids", Distinct(ids)), cancellationToken);
        return result.Records.Select(r => ToEntity(r.GetMap("entity"))).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public async Task<Page<EntityInfo>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken)
    {
        var byName = order == EntityOrder.Name;
        page.After?.RequireCount(byName ? 2 : 3, "entities");
        var filters = new Dictionary<string, object?>
        {
            ["type"] = filter.Type?.ToString(),
            ["source"] = filter.Source is { } source ? EntitySourceNames.Name(source) : null,
            ["nameContains"] = string.IsNullOrEmpty(filter.NameContains) ? null : filter.NameContains,
        };
        var seek = new Dictionary<string, object?>(filters)
        {
            ["afterName"] = page.After?.String(byName ? 0 : 1, "entities"),
            ["afterId"] = page.After?.String(byName ? 1 : 2, "entities"),
        };
        if (!byName)
        {
            seek["afterMentions"] = page.After?.Integer(0, "entities");
        }

        return await ReadKeyedPageAsync(
            Neo4jStatements.CountListedEntities.Bind(filters),
            (byName ? Neo4jStatements.ListEntitiesByName : Neo4jStatements.ListEntitiesByMentions).Bind(WithLimit(page, seek)),
            item => ToEntity(AsMap(item, "items")),
            entity => byName ? PageKey.Of(entity.Name, entity.Id) : PageKey.Of((long)entity.MentionCount, entity.Name, entity.Id),
            page,
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, Page<RelationInfo>>> GetRelationsOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, RelationFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return new Dictionary<string, Page<RelationInfo>>();
        }

        var result = await ReadAsync(Neo4jStatements.RelationsOfEntities.Bind(Paging(page, new()
        {
            ["ids"] = Distinct(entityIds),
            ["predicate"] = filter.Predicate,
            ["origin"] = filter.Origin is { } origin ? RelationKey.OriginName(origin) : null,
            ["minConfidence"] = filter.MinConfidence,
            ["direction"] = filter.Direction.ToString(),
        })), cancellationToken);
        return result.Records.ToDictionary(r => r.GetString("id")!, r => ToPage(r, page, item => ToRelation(AsMap(item, "items"))), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, RelationInfo>> GetRelationsAsync(IReadOnlyCollection<string> relationIds, CancellationToken cancellationToken)
    {
        if (relationIds.Count == 0)
        {
            return new Dictionary<string, RelationInfo>();
        }

        var result = await ReadAsync(Neo4jStatements.RelationsById.Bind("ids", Distinct(relationIds)), cancellationToken);
        return result.Records.Select(r => ToRelation(r.GetMap("relation"))).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<PredicateCount>> GetPredicateCountsAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync(Neo4jStatements.PredicateCounts.Bind(), cancellationToken);
        return result.Records.Select(r => new PredicateCount(
                r.GetString("predicate")!,
                RelationKey.ParseOrigin(r.GetString("origin") ?? "") ?? throw new InvalidOperationException($"Neo4j holds a relation with unknown origin '{r.GetString("origin")}'."),
                r.GetInt32("count")))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<string, Page<EvidenceClaim>>> GetEvidenceAsync(
        IReadOnlyCollection<string> relationIds, PageRequest page, CancellationToken cancellationToken)
    {
        if (relationIds.Count == 0)
        {
            return new Dictionary<string, Page<EvidenceClaim>>();
        }

        var result = await ReadAsync(
            Neo4jStatements.EvidenceOfRelations.Bind(Paging(page, new() { ["ids"] = Distinct(relationIds) })), cancellationToken);
        return result.Records
            .Where(r => r.GetInt64("total") > 0)
            .ToDictionary(
                r => r.GetString("id")!,
                r => ToPage(r, page, item => ToEvidence(AsMap(item, "items"), OriginOfRelationId(r.GetString("id")!))),
                StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Claim>> GetClaimsAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        if (claimIds.Count == 0)
        {
            return new Dictionary<string, Claim>();
        }

        var result = await ReadAsync(Neo4jStatements.ClaimsById.Bind("ids", Distinct(claimIds)), cancellationToken);
        return result.Records.Select(r => ToClaim(r.GetMap("claim"))).ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public async Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["noteId"] = filter.NoteId, ["entityId"] = filter.EntityId };
        if (filter.Text is not null)
        {
            if (LuceneQuery.AllTerms(filter.Text) is not { } query)
            {
                return new Page<Claim>([], 0, page.Offset);
            }

            parameters["query"] = query;
            var hits = await ReadAsync(Neo4jStatements.SearchClaims.Bind(Paging(page, parameters)), cancellationToken);
            return ToPage(hits.Single(), page, item => ToClaim(RequireMap(AsMap(item, "items"), "claim")));
        }

        page.After?.RequireCount(2, "claims");
        var seek = new Dictionary<string, object?>(parameters)
        {
            ["afterNote"] = page.After?.String(0, "claims"),
            ["afterOrdinal"] = page.After?.Integer(1, "claims"),
        };
        return await ReadKeyedPageAsync(
            Neo4jStatements.CountListedClaims.Bind(parameters),
            Neo4jStatements.ListClaims.Bind(WithLimit(page, seek)),
            item => ToClaim(AsMap(item, "items")),
            claim => PageKey.Of(claim.NoteId, (long)claim.Ordinal),
            page,
            cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken) =>
        ClaimPagesAsync(Neo4jStatements.ClaimsOfEntities, entityIds, page, cancellationToken);

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsOfNotesAsync(
        IReadOnlyCollection<string> noteIds, PageRequest page, CancellationToken cancellationToken) =>
        ClaimPagesAsync(Neo4jStatements.ClaimsOfNotes, noteIds, page, cancellationToken);

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsOfClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        if (claimIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<Mention>>();
        }

        var result = await ReadAsync(Neo4jStatements.MentionsOfClaims.Bind("ids", Distinct(claimIds)), cancellationToken);
        return result.Records.ToDictionary(
            r => r.GetString("id")!,
            r =>
            {
                var claimId = r.GetString("id")!;
                return (IReadOnlyList<Mention>)r.GetList("mentions").Select(item =>
                {
                    var map = AsMap(item, "mentions");
                    return new Mention(claimId, RequireString(map, "entityId"), OptionalString(map, "alias") ?? "",
                        new TextSpan(RequireInt32(map, "start"), RequireInt32(map, "end")));
                }).ToList();
            },
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RelationInfo>>> GetRelationsSupportedByClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken)
    {
        if (claimIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<RelationInfo>>();
        }

        var result = await ReadAsync(Neo4jStatements.RelationsSupportedByClaims.Bind("ids", Distinct(claimIds)), cancellationToken);
        return result.Records.ToDictionary(
            r => r.GetString("id")!,
            r => (IReadOnlyList<RelationInfo>)r.GetList("relations").Select(item => ToRelation(AsMap(item, "relations"))).ToList(),
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, Note>> GetNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, Note>();
        }

        var result = await ReadAsync(Neo4jStatements.NotesById.Bind("ids", Distinct(noteIds)), cancellationToken);
        return result.Records.Select(r => ToNote(r.GetMap("note"))).ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, NoteSummary>> GetNoteSummariesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, NoteSummary>();
        }

        var result = await ReadAsync(Neo4jStatements.NoteSummariesById.Bind("ids", Distinct(noteIds)), cancellationToken);
        return result.Records.Select(r => ToNoteSummary(r.GetMap("note"))).ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public async Task<Page<Note>> ListNotesAsync(NoteFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        page.After?.RequireCount(2, "notes");
        var filters = new Dictionary<string, object?> { ["channel"] = filter.Channel, ["format"] = filter.Format?.ToString() };
        var seek = new Dictionary<string, object?>(filters)
        {
            ["afterTitle"] = page.After?.String(0, "notes"),
            ["afterId"] = page.After?.String(1, "notes"),
        };
        return await ReadKeyedPageAsync(
            Neo4jStatements.CountListedNotes.Bind(filters),
            Neo4jStatements.ListNotes.Bind(WithLimit(page, seek)),
            item => ToNote(AsMap(item, "items")),
            note => PageKey.Of(note.Title, note.Id),
            page,
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<NoteSummary>>> GetNotesOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (entityIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<NoteSummary>>();
        }

        var result = await ReadAsync(Neo4jStatements.NotesOfEntities.Bind(new Dictionary<string, object?>
        {
            ["ids"] = Distinct(entityIds),
            ["limit"] = limit,
        }), cancellationToken);
        return result.Records.ToDictionary(
            r => r.GetString("id")!,
            r => (IReadOnlyList<NoteSummary>)r.GetList("notes").Select(item => ToNoteSummary(AsMap(item, "notes"))).ToList(),
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<EntityInfo>>> GetEntitiesOfNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<EntityInfo>>();
        }

        var result = await ReadAsync(Neo4jStatements.EntitiesOfNotes.Bind("ids", Distinct(noteIds)), cancellationToken);
        return result.Records.ToDictionary(
            r => r.GetString("id")!,
            r => (IReadOnlyList<EntityInfo>)r.GetList("entities").Select(item => ToEntity(AsMap(item, "entities"))).ToList(),
            StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<NoteLink>>> GetLinksOfNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken)
    {
        if (noteIds.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<NoteLink>>();
        }

        var result = await ReadAsync(Neo4jStatements.LinksOfNotes.Bind("ids", Distinct(noteIds)), cancellationToken);
        return result.Records.ToDictionary(
            r => r.GetString("id")!,
            r =>
            {
                var noteId = r.GetString("id")!;
                return (IReadOnlyList<NoteLink>)r.GetList("links").Select(item =>
                {
                    var map = AsMap(item, "links");
                    return new NoteLink(noteId, RequireString(map, "target"), OptionalString(map, "label") ?? "",
                        new TextSpan(RequireInt32(map, "start"), RequireInt32(map, "end")));
                }).ToList();
            },
            StringComparer.Ordinal);
    }

    public async Task<SearchResults> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var trimmed = (text ?? "").Trim();
        if (limit == 0 || LuceneQuery.AllTerms(trimmed) is not { } claimQuery)
        {
            return new SearchResults([], []);
        }

        var entities = await ReadAsync(Neo4jStatements.SearchEntities.Bind(new Dictionary<string, object?>
        {
            ["query"] = LuceneQuery.AllTerms(trimmed, prefixLastTerm: true),
            ["lowered"] = trimmed.ToLowerInvariant(),
            ["limit"] = limit,
        }), cancellationToken);
        var claims = await ReadAsync(Neo4jStatements.SearchClaims.Bind(Paging(PageRequest.First(limit), new()
        {
            ["query"] = claimQuery,
            ["noteId"] = null,
            ["entityId"] = null,
        })), cancellationToken);
        return new SearchResults(
            entities.Records.Select(r => new ScoredEntity(ToEntity(r.GetMap("entity")), r.GetDouble("score"))).ToList(),
            claims.Single().GetList("items").Select(item =>
            {
                var map = AsMap(item, "items");
                return new ScoredClaim(ToClaim(RequireMap(map, "claim")), AsDouble(map.GetValueOrDefault("score"), "score"));
            }).ToList());
    }

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(
        string fromEntityId, string toEntityId, int maxHops, int maxPaths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromEntityId);
        ArgumentNullException.ThrowIfNull(toEntityId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPaths);
        maxHops = Math.Min(maxHops, Neo4jStatements.MaxPathHops);
        if (maxHops == 0 || maxPaths == 0 || string.Equals(fromEntityId, toEntityId, StringComparison.Ordinal))
        {
            return [];
        }

        var result = await ReadAsync(Neo4jStatements.ShortestPaths.Bind(new Dictionary<string, object?>
        {
            ["fromId"] = fromEntityId,
            ["toId"] = toEntityId,
            ["maxHops"] = maxHops,
            ["maxRawPaths"] = MaxRawPaths,
        }), cancellationToken);

        // Neo4j returns one path per combination of parallel relations; a path here is a sequence of entities whose
        // hops are the strongest relation between each pair (curated first, then most evidence), as in the SQLite store.
        var strongest = new Dictionary<(string, string), RelationInfo>();
        var sequences = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var record in result.Records)
        {
            var ids = record.GetList("entityIds").Select(id => AsString(id, "entityIds")!).ToList();
            var hops = record.GetList("hops").Select(hop => ToRelation(AsMap(hop, "hops"))).ToList();
            sequences.TryAdd(string.Join('\n', ids), ids);
            for (var i = 0; i < hops.Count; i++)
            {
                var pair = (ids[i], ids[i + 1]);
                if (!strongest.TryGetValue(pair, out var current) || RelationStrength.IsStronger(hops[i], current))
                {
                    strongest[pair] = hops[i];
                }
            }
        }

        return sequences
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Take(maxPaths)
            .Select(entry => new GraphPath(entry.Value, entry.Value.Zip(entry.Value.Skip(1)).Select(pair => strongest[pair]).ToList()))
            .ToList();
    }

    public async Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int maxNodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfNegative(maxNodes);
        if (maxNodes == 0)
        {
            return new Neighborhood(entityId, [], []);
        }

        var nodes = await ReadAsync(Neo4jStatements.NeighborhoodNodes.Bind(new Dictionary<string, object?>
        {
            ["id"] = entityId,
            ["depth"] = Math.Min(depth, Neo4jStatements.MaxNeighborhoodDepth),
            ["maxNodes"] = maxNodes,
        }), cancellationToken);
        var members = nodes.Records.Select(r => new NeighborhoodNode(ToEntity(r.GetMap("entity")), r.GetInt32("depth"))).ToList();
        if (members.Count < 2)
        {
            return new Neighborhood(entityId, members, []);
        }

        var edges = await ReadAsync(Neo4jStatements.RelationsAmong.Bind("ids", members.Select(m => m.Entity.Id).ToArray()), cancellationToken);
        return new Neighborhood(entityId, members, edges.Records.Select(r => ToRelation(r.GetMap("relation"))).ToList());
    }

    private Task<Neo4jQueryResult> ReadAsync(BoundStatement statement, CancellationToken cancellationToken) =>
        _client.RunAsync(statement, Neo4jAccessMode.Read, cancellationToken);

    private async Task<IReadOnlyDictionary<string, Page<Claim>>> ClaimPagesAsync(
        CypherStatement statement, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Page<Claim>>();
        }

        var result = await ReadAsync(statement.Bind(Paging(page, new() { ["ids"] = Distinct(ids) })), cancellationToken);
        return result.Records.ToDictionary(
            r => r.GetString("id")!, r => ToPage(r, page, item => ToClaim(AsMap(item, "items"))), StringComparer.Ordinal);
    }

    private static RelationOrigin OriginOfRelationId(string relationId) =>
        RelationKey.ParseOrigin(relationId[(relationId.LastIndexOf('|') + 1)..])
            ?? throw new InvalidOperationException($"Relation id '{relationId}' does not end in an origin.");

    private static Dictionary<string, object?> Paging(PageRequest page, Dictionary<string, object?> parameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.Limit, nameof(PageRequest.Limit));
        ArgumentOutOfRangeException.ThrowIfNegative(page.Offset, nameof(PageRequest.Offset));
        parameters["offset"] = page.Offset;
        parameters["limit"] = page.Limit;
        return parameters;
    }

    /// <summary>Binds the page size plus one, so the page read tells whether another follows, and the rows to skip when there is no key to seek past.</summary>
    private static Dictionary<string, object?> WithLimit(PageRequest page, Dictionary<string, object?> parameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page.Limit, nameof(PageRequest.Limit));
        ArgumentOutOfRangeException.ThrowIfNegative(page.Offset, nameof(PageRequest.Offset));
        parameters["limit"] = (long)page.Limit + 1;
        parameters["skip"] = page.After is null ? page.Offset : 0;
        return parameters;
    }

    /// <summary>A page in key order: counted only when the request does not already know the total (first pages).</summary>
    private async Task<Page<T>> ReadKeyedPageAsync<T>(
        BoundStatement count, BoundStatement list, Func<object?, T> read, Func<T, PageKey> keyOf, PageRequest page, CancellationToken cancellationToken)
    {
        var total = page.KnownTotal ?? (await ReadAsync(count, cancellationToken)).Single().GetInt32("total");
        var rows = (await ReadAsync(list, cancellationToken)).Single().GetList("items").Select(read).ToList();
        var items = rows.Take(page.Limit).ToList();
        return new Page<T>(items, total, Math.Max(0, page.Offset)) { HasMore = rows.Count > page.Limit, Keys = items.Select(keyOf).ToList() };
    }

    private static Page<T> ToPage<T>(Neo4jRecord record, PageRequest page, Func<object?, T> read) =>
        new(record.GetList("items").Select(read).ToList(), record.GetInt32("total"), Math.Max(0, page.Offset));

    private static string[] Distinct(IReadOnlyCollection<string> ids) => ids.Distinct(StringComparer.Ordinal).ToArray();
}
