using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using static ClaimGraph.Api.GraphQL.ClaimGraphLoaders;

namespace ClaimGraph.Api.GraphQL;

public sealed partial class ClaimGraphSchema
{
    private ObjectType DefineQuery(ObjectType entityConnection, ObjectType noteConnection, ObjectType claimConnection)
    {
        var query = new ObjectType("Query", "Reading the claim graph: look things up by id, list and filter them, search, and find paths.");

        query.Field("entity", _entity, async c =>
                {
                    var id = SchemaLimits.CheckId(c, "Entity", "an", c.GetArgument<string>("id"));
                    return await Entity(c, id) ?? throw SchemaLimits.NotFound(c, "Entity", id);
                },
                "One entity by id. A malformed id is an `INVALID_ID` error with a \"Did you mean\" hint, an id naming no entity a `NOT_FOUND` error (REST's 400 and 404).")
            .Argument("id", ScalarType.ID.NonNull(), "The entity's id, e.g. `bittensor`.");

        var entityFilter = new InputObjectType("EntityFilter", "Criteria an entity must meet; omitted ones match everything.")
            .Field("type", _entityType, "Only entities of this type.")
            .Field("nameContains", ScalarType.String, "Only entities whose name contains this text (case-insensitive).")
            .Field("source", _entitySource, "Only entities from the catalog, or only those discovered in the notes.");
        query.Field("entities", entityConnection.NonNull(), async c =>
            {
                var filter = c.GetArgument<IReadOnlyDictionary<string, object?>?>("filter", null);
                var entityFilter = new EntityFilter(
                    filter?.GetValueOrDefault("type") as EntityType?,
                    SchemaLimits.FilterText(c, "filter.nameContains", filter?.GetValueOrDefault("nameContains") as string, _searchText),
                    filter?.GetValueOrDefault("source") as EntitySource?);
                var order = c.GetArgument("orderBy", EntityOrder.Mentions);
                var page = SchemaLimits.KeyedPage(c, _maxPageSize, order == EntityOrder.Name ? "ss" : "lss");
                return Connection.From(await Store(c).ListEntitiesAsync(entityFilter, order, page, c.CancellationToken));
            },
            "Entities of the catalog and discovered in the notes, filtered and sorted.")
            .Argument("filter", entityFilter, "Which entities to list.")
            .ArgumentWithDefault("orderBy", _entityOrder, EntityOrder.Mentions, "The sort order.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPageSize, $"Page size, at most {_maxPageSize}.")
            .Argument("after", ScalarType.String, "Return the entities after this cursor.")
            .WithCost(2);

        query.Field("note", _note, async c =>
                {
                    var id = SchemaLimits.CheckId(c, "Note", "a", c.GetArgument<string>("id"));
                    return await Note(c, id) ?? throw SchemaLimits.NotFound(c, "Note", id);
                },
                "One note by id. A malformed id is an `INVALID_ID` error, an id naming no note a `NOT_FOUND` error (REST's 400 and 404).")
            .Argument("id", ScalarType.ID.NonNull(), "The note's id.");

        var noteFilter = new InputObjectType("NoteFilter", "Criteria a note must meet; omitted ones match everything.")
            .Field("channel", ScalarType.String, "Only notes from this channel (its name, letter case aside).")
            .Field("format", _noteFormat, "Only notes of this format.");
        query.Field("notes", noteConnection.NonNull(), async c =>
            {
                var filter = c.GetArgument<IReadOnlyDictionary<string, object?>?>("filter", null);
                var noteFilter = new NoteFilter(
                    SchemaLimits.FilterText(c, "filter.channel", filter?.GetValueOrDefault("channel") as string, _searchText),
                    filter?.GetValueOrDefault("format") as NoteFormat?);
                var page = SchemaLimits.KeyedPage(c, _maxPageSize, "ss");
                var notes = await Store(c).ListNotesAsync(noteFilter, page, c.CancellationToken);
                return Connection.From(new Page<Storage.NoteSummary>(
                    notes.Items.Select(Storage.NoteSummary.From).ToList(), notes.TotalCount, notes.Offset)
                {
                    HasMore = notes.HasMore,
                    Keys = notes.Keys,
                });
            },
            "Notes, filtered.")
            .Argument("filter", noteFilter, "Which notes to list.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPageSize, $"Page size, at most {_maxPageSize}.")
            .Argument("after", ScalarType.String, "Return the notes after this cursor.")
            .WithCost(2);

        query.Field("claim", _claim, async c =>
                {
                    var id = SchemaLimits.CheckId(c, "Claim", "a", c.GetArgument<string>("id"));
                    return await Claim(c, id) ?? throw SchemaLimits.NotFound(c, "Claim", id);
                },
                "One claim by id. A malformed id is an `INVALID_ID` error, an id naming no claim a `NOT_FOUND` error (REST's 400 and 404).")
            .Argument("id", ScalarType.ID.NonNull(), "The claim's id (`noteId:start-end`).");

        var claimFilter = new InputObjectType("ClaimFilter", "Criteria a claim must meet; every given one must hold.")
            .Field("entity", ScalarType.ID, "Only claims mentioning this entity (by id).")
            .Field("note", ScalarType.ID, "Only claims from this note (by id).")
            .Field("text", ScalarType.String, "Only claims matching these words (full text); results are then ranked by relevance. Blank text is a `BLANK_ARGUMENT` error: leave it out to list every claim.");
        query.Field("claims", claimConnection.NonNull(), async c =>
            {
                var filter = c.GetArgument<IReadOnlyDictionary<string, object?>?>("filter", null);
                var claimFilter = new ClaimFilter(
                    filter?.GetValueOrDefault("entity") as string,
                    filter?.GetValueOrDefault("note") as string,
                    SchemaLimits.FullText(c, "filter.text", SchemaLimits.OptionalText(c, "filter.text", filter?.GetValueOrDefault("text") as string), _searchText));
                var page = string.IsNullOrWhiteSpace(claimFilter.Text) ? SchemaLimits.KeyedPage(c, _maxPageSize, "sl") : SchemaLimits.Page(c, _maxPageSize);
                return Connection.From(await Store(c).ListClaimsAsync(claimFilter, page, c.CancellationToken));
            },
            "Claims, filtered; in note order, or by relevance when `filter.text` is given.")
            .Argument("filter", claimFilter, "Which claims to list.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPageSize, $"Page size, at most {_maxPageSize}.")
            .Argument("after", ScalarType.String, "Return the claims after this cursor.")
            .WithCost(2)
            .WithArgumentCost("filter.text", SchemaLimits.FullTextFilterCost);

        query.Field("relation", _relation, async c => await Relation(c, c.GetArgument<string>("id")), "One relation by id; null when there is none.")
            .Argument("id", ScalarType.ID.NonNull(), "The relation's id (`subject|PREDICATE|object|origin`).");

        query.Field("search", DefineSearch().NonNull(), async c =>
            {
                var text = SchemaLimits.FullText(c, "text", SchemaLimits.RequireText(c, "text"), _searchText)!;
                var first = SchemaLimits.PageSize(c, _maxPageSize, SchemaLimits.DefaultSearchSize);
                return await Store(c).SearchAsync(text, first, c.CancellationToken);
            },
            "Full-text search over entity names and aliases and over claim text, each ranked best first.")
            .Argument("text", ScalarType.String.NonNull(), "The words to look for.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultSearchSize, $"At most this many entities and this many claims (at most {_maxPageSize} each).")
            .WithCost(SchemaLimits.SearchCost);

        query.Field("path", ListOf(DefinePath()), ResolvePathsAsync,
            "The shortest paths between two entities over relations taken in either direction: every path of the minimal length, each hop with its relation and that relation's evidence. Empty when the entities are not connected within `maxHops`.")
            .Argument("from", ScalarType.ID.NonNull(), "The entity to start from.")
            .Argument("to", ScalarType.ID.NonNull(), "The entity to reach.")
            .ArgumentWithDefault("maxHops", ScalarType.Int, SchemaLimits.DefaultPathHops, $"The longest path to consider, 1 to {SchemaLimits.MaxPathHops} hops.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPaths, $"At most this many paths, 1 to {PathQuery.MaxPathsLimit} (the REST maxPaths bound).")
            .WithCost(SchemaLimits.PathCost);

        query.Field("stats", DefineStats().NonNull(), async c =>
            {
                var top = SchemaLimits.InRange(c, "topEntities", c.GetArgument("topEntities", SchemaLimits.DefaultTopEntities), 0, _maxPageSize, "the maximum page size");
                return await Store(c).GetStatsAsync(top, c.CancellationToken);
            },
            "Counts over the whole graph.")
            .ArgumentWithDefault("topEntities", ScalarType.Int, SchemaLimits.DefaultTopEntities, $"How many of the most mentioned entities to list (at most {_maxPageSize}).");

        return query;
    }

    private async ValueTask<object?> ResolvePathsAsync(ResolveContext c)
    {
        var maxHops = SchemaLimits.InRange(c, "maxHops", c.GetArgument("maxHops", SchemaLimits.DefaultPathHops), 1, SchemaLimits.MaxPathHops, "the maximum path length");
        var first = SchemaLimits.InRange(c, "first", c.GetArgument("first", SchemaLimits.DefaultPaths), 1, PathQuery.MaxPathsLimit, "the maximum number of paths");
        var from = c.GetArgument<string>("from");
        var to = c.GetArgument<string>("to");
        var ends = await Task.WhenAll(Entity(c, from), Entity(c, to));
        foreach (var (argument, id, entity) in new[] { ("from", from, ends[0]), ("to", to, ends[1]) })
        {
            if (entity is null)
            {
                throw new GraphQLError(
                    $"Argument \"{argument}\" of Query.path names no entity: \"{id}\".",
                    extensions: new Dictionary<string, object?> { ["code"] = "UNKNOWN_ENTITY", ["argument"] = argument });
            }
        }
        return await Store(c).FindShortestPathsAsync(from, to, maxHops, first, c.CancellationToken);
    }

    private ObjectType DefineSearch()
    {
        var searchHit = new InterfaceType("SearchHit", "One ranked search result.");
        searchHit.Field("score", ScalarType.Float.NonNull(), description: "Relevance; higher is better. Comparable only within one list of results.");
        searchHit.Field("rank", ScalarType.Int.NonNull(), description: "Position in its list of results, 1 for the best.");

        var entityHit = new ObjectType("EntitySearchHit", "An entity whose name or aliases match the search.");
        entityHit.Implements(searchHit);
        entityHit.Field("score", ScalarType.Float.NonNull(), c => Source<RankedEntity>(c).Hit.Score, "Relevance; higher is better. Comparable only among entity hits.");
        entityHit.Field("rank", ScalarType.Int.NonNull(), c => Source<RankedEntity>(c).Rank, "Position among the entity hits, 1 for the best.");
        entityHit.Field("entity", _entity.NonNull(), c => Source<RankedEntity>(c).Hit.Entity, "The matching entity.");
        entityHit.IsTypeOf = value => value is RankedEntity;

        var claimHit = new ObjectType("ClaimSearchHit", "A claim whose text matches the search.");
        claimHit.Implements(searchHit);
        claimHit.Field("score", ScalarType.Float.NonNull(), c => Source<RankedClaim>(c).Hit.Score, "Relevance; higher is better. Comparable only among claim hits.");
        claimHit.Field("rank", ScalarType.Int.NonNull(), c => Source<RankedClaim>(c).Rank, "Position among the claim hits, 1 for the best.");
        claimHit.Field("claim", _claim.NonNull(), c => Source<RankedClaim>(c).Hit.Claim, "The matching claim.");
        claimHit.IsTypeOf = value => value is RankedClaim;

        searchHit.ResolveType = value => value switch
        {
            RankedEntity => entityHit,
            RankedClaim => claimHit,
            _ => null,
        };

        var results = new ObjectType("SearchResults", "What a search found: matching entities and matching claims, each list ranked best first.");
        results.Field("entities", ListOf(entityHit), c => RankEntities(Source<SearchResults>(c)), "Matching entities, best first.");
        results.Field("claims", ListOf(claimHit), c => RankClaims(Source<SearchResults>(c)), "Matching claims, best first.");
        results.Field("hits", ListOf(searchHit), c => RankEntities(Source<SearchResults>(c)).Cast<object>().Concat(RankClaims(Source<SearchResults>(c))).ToList(),
            "Every hit in one list: the entity hits (best first), then the claim hits (best first).");
        return results;
    }

    private static List<RankedEntity> RankEntities(SearchResults results) =>
        [.. results.Entities.Select((hit, index) => new RankedEntity(hit, index + 1))];

    private static List<RankedClaim> RankClaims(SearchResults results) =>
        [.. results.Claims.Select((hit, index) => new RankedClaim(hit, index + 1))];

    private ObjectType DefinePath()
    {
        var hop = new ObjectType("PathHop", "One step of a path: the relation joining two consecutive entities, in whichever direction it points.");
        hop.Field("from", _entity.NonNull(), async c => await RequiredEntity(c, Source<PathStep>(c).FromId), "The entity this step leaves.");
        hop.Field("to", _entity.NonNull(), async c => await RequiredEntity(c, Source<PathStep>(c).ToId), "The entity this step reaches.");
        hop.Field("relation", _relation.NonNull(), c => Source<PathStep>(c).Relation, "The relation joining them; its `evidence` is the evidence of this step.");
        hop.Field("reversed", ScalarType.Boolean.NonNull(), c => !string.Equals(Source<PathStep>(c).Relation.SubjectId, Source<PathStep>(c).FromId, StringComparison.Ordinal),
            "True when the relation points against the direction of travel (from `to` to `from`).");

        var path = new ObjectType("Path", "A path of entities joined by relations.");
        path.Field("length", ScalarType.Int.NonNull(), c => Source<GraphPath>(c).Hops.Count, "The number of hops.");
        path.Field("entities", ListOf(_entity), async c => await Entities(c, Source<GraphPath>(c).EntityIds), "The entities along the path, from start to end.");
        path.Field("hops", ListOf(hop), c =>
            {
                var graphPath = Source<GraphPath>(c);
                return graphPath.Hops.Select((relation, i) => new PathStep(graphPath.EntityIds[i], graphPath.EntityIds[i + 1], relation)).ToList();
            },
            "The steps of the path, in order.");
        return path;
    }

    private ObjectType DefineStats()
    {
        var predicateCount = new ObjectType("PredicateCount", "How many relations use one predicate.");
        predicateCount.Field("predicate", ScalarType.String.NonNull(), c => Source<KeyValuePair<string, int>>(c).Key, "The predicate.");
        predicateCount.Field("count", ScalarType.Int.NonNull(), c => Source<KeyValuePair<string, int>>(c).Value, "How many relations use it.");

        var entityMentions = new ObjectType("EntityMentions", "An entity and how many times claims mention it.");
        entityMentions.Field("entity", _entity.NonNull(), async c => await RequiredEntity(c, Source<EntityMentionCount>(c).Id), "The entity.");
        entityMentions.Field("mentions", ScalarType.Int.NonNull(), c => Source<EntityMentionCount>(c).Mentions, "How many times claims mention it.");

        var stats = new ObjectType("Stats", "Counts over the whole graph.");
        stats.Field("notes", ScalarType.Int.NonNull(), c => Source<GraphStats>(c).Notes, "Stored notes.");
        stats.Field("claims", ScalarType.Int.NonNull(), c => Source<GraphStats>(c).Claims, "Claims across all notes.");
        stats.Field("entities", ScalarType.Int.NonNull(), c => Source<GraphStats>(c).Entities, "Entities, from the catalog and discovered in the notes.");
        stats.Field("mentions", ScalarType.Int.NonNull(), c => Source<GraphStats>(c).Mentions, "Mentions of entities in claims.");
        stats.Field("relations", ScalarType.Int.NonNull(), c => Source<GraphStats>(c).Relations, "Relations: curated, extracted and co-mention.");
        stats.Field("relationsByPredicate", ListOf(predicateCount), c => Source<GraphStats>(c).RelationsByPredicate
                .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList(),
            "Relations per predicate, most used first.");
        stats.Field("topEntities", ListOf(entityMentions), c => Source<GraphStats>(c).TopEntities, "The most mentioned entities, most first.");

        var originCount = new ObjectType("OriginCount", "How many relations have one origin.");
        originCount.Field("origin", _relationOrigin.NonNull(), c => Source<KeyValuePair<RelationOrigin, int>>(c).Key, "The origin.");
        originCount.Field("count", ScalarType.Int.NonNull(), c => Source<KeyValuePair<RelationOrigin, int>>(c).Value, "How many relations have it.");
        stats.Field("relationsByOrigin", ListOf(originCount), c => Source<GraphStats>(c).RelationsByOrigin.OrderBy(pair => pair.Key).ToList(),
            "Relations per origin, every origin listed (0 when none).");

        var sourceCount = new ObjectType("SourceCount", "How many entities have one source.");
        sourceCount.Field("source", _entitySource.NonNull(), c => Source<KeyValuePair<EntitySource, int>>(c).Key, "The source.");
        sourceCount.Field("count", ScalarType.Int.NonNull(), c => Source<KeyValuePair<EntitySource, int>>(c).Value, "How many entities have it.");
        stats.Field("entitiesBySource", ListOf(sourceCount), c => Source<GraphStats>(c).EntitiesBySource.OrderBy(pair => pair.Key).ToList(),
            "Entities per source, every source listed (0 when none).");
        return stats;
    }

    private sealed record RankedEntity(ScoredEntity Hit, int Rank);

    private sealed record RankedClaim(ScoredClaim Hit, int Rank);

    private sealed record PathStep(string FromId, string ToId, RelationInfo Relation);
}
