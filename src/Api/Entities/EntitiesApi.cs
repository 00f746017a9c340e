using System.ComponentModel;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api;

public static partial class EntitiesApi
{
    private const int TopNotesPerEntity = 5;

    public static RouteGroupBuilder MapEntities(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapApiGroup("/api/entities", "Entities");

        group.MapGet("", ListEntitiesAsync)
            .WithName("ListEntities")
            .WithSummary("List entities")
            .WithDescription(
                "Entities of the catalog and those discovered in the notes' text, filtered by type, source and name, most mentioned first or by name.");

        group.MapGet("/{id}", GetEntityAsync)
            .WithName("GetEntity")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get an entity")
            .WithDescription("One entity with its aliases, mention count, the notes that mention it most, and links to its relations, claims and neighborhood.");

        group.MapGet("/{id}/relations", ListRelationsAsync)
            .WithName("ListEntityRelations")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("List an entity's relations with their evidence")
            .WithDescription(
                "Relations in which the entity is subject or object: curated first, then extracted, then co-mention (a co-mention never hides a " +
                "typed relation of the same pair), then by confidence and evidence count; each with the claims that support it (text, note, " +
                "timestamp, YouTube deep link, the curated quote, and for extracted relations the trigger span, rule and confidence). " +
                "An unknown predicate, origin or a minConfidence outside 0..1 is a 400.");

        group.MapGet("/{id}/claims", ListClaimsAsync)
            .WithName("ListEntityClaims")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("List claims that mention an entity")
            .WithDescription("Claims mentioning the entity, note by note in text order.");

        group.MapGet("/{id}/neighborhood", GetNeighborhoodAsync)
            .WithName("GetEntityNeighborhood")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get an entity's neighborhood graph")
            .WithDescription("Entities within 1 to 3 hops and the relations between them, as nodes and edges ready for a graph widget.");

        return group;
    }

    public static async Task<Results<Ok<PagedList<EntitySummary>>, ValidationProblem>> ListEntitiesAsync(
        [AsParameters] EntityListQuery query, IClaimGraphQueries store, IOptions<SearchTextOptions> searchText, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        EntityType? type = null;
        if (query.Type is not null)
        {
            type = ParseEntityType(query.Type);
            if (type is null)
            {
                errors.Add("type", $"Unknown entity type '{query.Type}'. Use one of: {string.Join(", ", Enum.GetNames<EntityType>())}.");
            }
        }

        var order = (query.Sort ?? "mentions").ToLowerInvariant() switch
        {
            "mentions" => EntityOrder.Mentions,
            "name" => EntityOrder.Name,
            _ => (EntityOrder?)null,
        };
        if (order is null)
        {
            errors.Add("sort", $"Unknown sort '{query.Sort}'. Use 'mentions' or 'name'.");
        }

        EntitySource? source = null;
        if (query.Source is not null)
        {
            source = VocabularyParameters.ParseSource(query.Source, out var sourceError);
            if (sourceError is not null)
            {
                errors.Add("source", sourceError);
            }
        }

        var nameContains = string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim();
        if (nameContains is not null && searchText.Value.LengthProblem(nameContains) is { } problem)
        {
            errors.Add("q", problem);
        }

        var fingerprint = PageCursor.Fingerprint("entities", type?.ToString(), nameContains, order?.ToString(), source?.ToString());
        var page = PageRequests.Resolve(query.Limit, query.Cursor, fingerprint, errors, keyShape: order == EntityOrder.Name ? "ss" : "lss");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var entities = await store.ListEntitiesAsync(new EntityFilter(type, nameContains, source), order!.Value, page, cancellationToken);
        return TypedResults.Ok(entities.ToPagedList(context.Request, fingerprint, EntitySummary.From));
    }

    public static async Task<Results<Ok<EntityDetail>, ValidationProblem, ProblemHttpResult>> GetEntityAsync(
        [Description("Entity id: the lower-case kebab slug of its name.")][ParameterExample("prime-intellect")] string id,
        IClaimGraphQueries store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        IdSyntax.CheckSlug(errors, "id", "an entity", id);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var entities = await store.GetEntitiesAsync([id], cancellationToken);
        if (!entities.TryGetValue(id, out var entity))
        {
            return ApiProblems.NotFound(context, "Entity", id);
        }

        var notes = await store.GetNotesOfEntitiesAsync([id], TopNotesPerEntity, cancellationToken);
        var topNotes = notes.TryGetValue(id, out var list) ? list.Select(NoteRef.From).ToList() : [];
        var self = $"{context.Request.PathBase}/api/entities/{Uri.EscapeDataString(id)}";
        return TypedResults.Ok(new EntityDetail(
            entity.Id,
            entity.Name,
            entity.Type.ToString(),
            entity.Aliases,
            entity.Description,
            entity.MentionCount,
            EntitySourceNames.Name(entity.Source),
            topNotes,
            new EntityLinks(self, $"{self}/relations", $"{self}/claims", $"{self}/neighborhood")));
    }

    public static async Task<Results<Ok<PagedList<RelationResponse>>, ValidationProblem, ProblemHttpResult>> ListRelationsAsync(
        [Description("Entity id: the lower-case kebab slug of its name.")][ParameterExample("bittensor")] string id,
        [AsParameters] RelationListQuery query,
        IClaimGraphQueries store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        IdSyntax.CheckSlug(errors, "id", "an entity", id);
        string? predicate = null;
        if (!string.IsNullOrWhiteSpace(query.Predicate))
        {
            predicate = VocabularyParameters.ParsePredicate(query.Predicate, out var predicateError);
            if (predicateError is not null)
            {
                errors.Add("predicate", predicateError);
            }
        }

        var direction = (query.Direction ?? "both").ToLowerInvariant() switch
        {
            "out" => RelationDirection.Out,
            "in" => RelationDirection.In,
            "both" => RelationDirection.Both,
            _ => (RelationDirection?)null,
        };
        if (direction is null)
        {
            errors.Add("direction", $"Unknown direction '{query.Direction}'. Use 'out', 'in' or 'both'.");
        }

        RelationOrigin? origin = null;
        if (query.Origin is not null)
        {
            origin = VocabularyParameters.ParseOrigin(query.Origin, out var originError);
            if (originError is not null)
            {
                errors.Add("origin", originError);
            }
        }

        if (query.MinConfidence is double minConfidence && VocabularyParameters.CheckMinConfidence(minConfidence) is { } confidenceError)
        {
            errors.Add("minConfidence", confidenceError);
        }

        var evidenceLimit = query.EvidenceLimit ?? RelationListQuery.DefaultEvidenceLimit;
        if (evidenceLimit is < 0 or > PageRequests.MaxLimit)
        {
            errors.Add("evidenceLimit", $"The evidence limit must be between 0 and {PageRequests.MaxLimit}; it was {evidenceLimit}.");
        }

        var fingerprint = PageCursor.Fingerprint(
            "entity-relations", id, predicate, direction?.ToString(), origin?.ToString(),
            query.MinConfidence?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var page = PageRequests.Resolve(query.Limit, query.Cursor, fingerprint, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var known = await store.GetEntitiesAsync([id], cancellationToken);
        if (!known.ContainsKey(id))
        {
            return ApiProblems.NotFound(context, "Entity", id);
        }

        var relations = await store.GetRelationsOfEntitiesAsync([id], new RelationFilter(predicate, direction!.Value, origin, query.MinConfidence), page, cancellationToken);
        var relationPage = relations.TryGetValue(id, out var found) ? found : new Page<RelationInfo>([], 0, page.Offset);
        var entities = await RelationEvidence.LoadEntitiesAsync(store, relationPage.Items, cancellationToken);
        var evidence = await RelationEvidence.LoadAsync(store, relationPage.Items.Select(r => r.Id).ToList(), evidenceLimit, cancellationToken);

        return TypedResults.Ok(relationPage.ToPagedList(context.Request, fingerprint, relation => new RelationResponse(
            relation.Id,
            string.Equals(relation.SubjectId, id, StringComparison.Ordinal) ? "out" : "in",
            EntityRef.From(entities, relation.SubjectId),
            relation.Predicate,
            EntityRef.From(entities, relation.ObjectId),
            RelationKey.OriginName(relation.Origin),
            relation.EvidenceCount,
            relation.NoteCount,
            relation.Confidence,
            evidence.TryGetValue(relation.Id, out var claims) ? claims : [])));
    }

    public static async Task<Results<Ok<PagedList<ClaimSummary>>, ValidationProblem, ProblemHttpResult>> ListClaimsAsync(
        [Description("Entity id: the lower-case kebab slug of its name.")][ParameterExample("prime-intellect")] string id,
        [AsParameters] EntityClaimsQuery query,
        IClaimGraphQueries store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        IdSyntax.CheckSlug(errors, "id", "an entity", id);
        var fingerprint = PageCursor.Fingerprint("entity-claims", id);
        var page = PageRequests.Resolve(query.Limit, query.Cursor, fingerprint, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var known = await store.GetEntitiesAsync([id], cancellationToken);
        if (!known.ContainsKey(id))
        {
            return ApiProblems.NotFound(context, "Entity", id);
        }

        var claims = await store.GetClaimsOfEntitiesAsync([id], page, cancellationToken);
        var claimPage = claims.TryGetValue(id, out var found) ? found : new Page<Claim>([], 0, page.Offset);
        return TypedResults.Ok(claimPage.ToPagedList(context.Request, fingerprint, ClaimSummary.From));
    }

    public static async Task<Results<Ok<NeighborhoodResponse>, ValidationProblem, ProblemHttpResult>> GetNeighborhoodAsync(
        [Description("Entity id: the lower-case kebab slug of its name.")][ParameterExample("bittensor")] string id,
        [AsParameters] NeighborhoodQuery query,
        IClaimGraphQueries store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        IdSyntax.CheckSlug(errors, "id", "an entity", id);
        var depth = query.Depth ?? 1;
        if (depth is < NeighborhoodQuery.MinDepth or > NeighborhoodQuery.MaxDepth)
        {
            errors.Add("depth", $"The depth must be between {NeighborhoodQuery.MinDepth} and {NeighborhoodQuery.MaxDepth}; it was {depth}.");
        }

        var maxNodes = query.MaxNodes ?? NeighborhoodQuery.DefaultMaxNodes;
        if (maxNodes is < 1 or > NeighborhoodQuery.MaxNodesLimit)
        {
            errors.Add("maxNodes", $"maxNodes must be between 1 and {NeighborhoodQuery.MaxNodesLimit}; it was {maxNodes}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var known = await store.GetEntitiesAsync([id], cancellationToken);
        if (!known.ContainsKey(id))
        {
            return ApiProblems.NotFound(context, "Entity", id);
        }

        var neighborhood = await store.GetNeighborhoodAsync(id, depth, maxNodes, cancellationToken);
        return TypedResults.Ok(new NeighborhoodResponse(
            neighborhood.CenterId,
            depth,
            neighborhood.Nodes.Select(node => new NeighborhoodNodeResponse(
                node.Entity.Id, node.Entity.Name, node.Entity.Type.ToString(), node.Entity.MentionCount, node.Depth)).ToList(),
            neighborhood.Edges.Select(edge => new NeighborhoodEdgeResponse(
                edge.Id, edge.SubjectId, edge.ObjectId, edge.Predicate, RelationKey.OriginName(edge.Origin), edge.EvidenceCount, edge.NoteCount,
                edge.Confidence)).ToList()));
    }

    /// <summary>Accepts the type names case-insensitively, and not the numbers <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would.</summary>
    public static EntityType? ParseEntityType(string value) =>
        Enum.GetValues<EntityType>().Cast<EntityType?>()
            .FirstOrDefault(type => string.Equals(type.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase));
}
