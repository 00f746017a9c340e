using System.Text.Json;
using ClaimGraph.GraphQL.Execution;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Api.GraphQL;

/// <summary>
/// The request's batch loads over <see cref="IClaimGraphQueries"/>: one loader per batch method and argument set, so the
/// children of N parents at one level of a query cost one store round trip, not N. Loaders live as long as the request
/// (the engine keeps them), which also makes repeated lookups of one id free.
/// </summary>
internal static class ClaimGraphLoaders
{
    public static Task<EntityInfo?> Entity(ResolveContext context, string id)
    {
        var store = Store(context);
        return context.GetBatchLoader<string, EntityInfo>(
            "entities",
            async (ids, cancellationToken) => await store.GetEntitiesAsync(ids, cancellationToken)).LoadAsync(id);
    }

    public static async Task<IReadOnlyList<EntityInfo>> Entities(ResolveContext context, IEnumerable<string> ids)
    {
        var loaded = await Task.WhenAll(ids.Select(id => Entity(context, id)));
        return [.. loaded.OfType<EntityInfo>()];
    }

    public static Task<RelationInfo?> Relation(ResolveContext context, string id)
    {
        var store = Store(context);
        return context.GetBatchLoader<string, RelationInfo>(
            "relations",
            async (ids, cancellationToken) => await store.GetRelationsAsync(ids, cancellationToken)).LoadAsync(id);
    }

    public static Task<Claim?> Claim(ResolveContext context, string id)
    {
        var store = Store(context);
        return context.GetBatchLoader<string, Claim>(
            "claims",
            async (ids, cancellationToken) => await store.GetClaimsAsync(ids, cancellationToken)).LoadAsync(id);
    }

    /// <summary>A note's metadata: the GraphQL Note type exposes no text, so none is read.</summary>
    public static Task<Storage.NoteSummary?> Note(ResolveContext context, string id)
    {
        var store = Store(context);
        return context.GetBatchLoader<string, Storage.NoteSummary>(
            "notes",
            async (ids, cancellationToken) => await store.GetNoteSummariesAsync(ids, cancellationToken)).LoadAsync(id);
    }

    public static async Task<Page<RelationInfo>> RelationsOfEntity(
        ResolveContext context, string entityId, RelationFilter filter, PageRequest page)
    {
        var store = Store(context);
        var name = Key("relations-of-entities", filter.Predicate, filter.Direction, filter.Origin, filter.MinConfidence, page.Limit, page.Offset);
        var loaded = await context.GetBatchLoader<string, Page<RelationInfo>>(
            name,
            async (ids, cancellationToken) => await store.GetRelationsOfEntitiesAsync(ids, filter, page, cancellationToken)).LoadAsync(entityId);
        return loaded ?? Page<RelationInfo>.Empty;
    }

    public static async Task<Page<EvidenceClaim>> EvidenceOfRelation(ResolveContext context, string relationId, PageRequest page)
    {
        var store = Store(context);
        var loaded = await context.GetBatchLoader<string, Page<EvidenceClaim>>(
            Key("evidence", page.Limit, page.Offset),
            async (ids, cancellationToken) => await store.GetEvidenceAsync(ids, page, cancellationToken)).LoadAsync(relationId);
        return loaded ?? Page<EvidenceClaim>.Empty;
    }

    public static async Task<Page<Claim>> ClaimsOfEntity(ResolveContext context, string entityId, PageRequest page)
    {
        var store = Store(context);
        var loaded = await context.GetBatchLoader<string, Page<Claim>>(
            Key("claims-of-entities", page.Limit, page.Offset),
            async (ids, cancellationToken) => await store.GetClaimsOfEntitiesAsync(ids, page, cancellationToken)).LoadAsync(entityId);
        return loaded ?? Page<Claim>.Empty;
    }

    public static async Task<Page<Claim>> ClaimsOfNote(ResolveContext context, string noteId, PageRequest page)
    {
        var store = Store(context);
        var loaded = await context.GetBatchLoader<string, Page<Claim>>(
            Key("claims-of-notes", page.Limit, page.Offset),
            async (ids, cancellationToken) => await store.GetClaimsOfNotesAsync(ids, page, cancellationToken)).LoadAsync(noteId);
        return loaded ?? Page<Claim>.Empty;
    }

    public static async Task<IReadOnlyList<Mention>> MentionsOfClaim(ResolveContext context, string claimId)
    {
        var store = Store(context);
        var loaded = await context.GetBatchLoader<string, IReadOnlyList<Mention>>(
            "mentions-of-claims",
            async (ids, cancellationToken) => await store.GetMentionsOfClaimsAsync(ids, cancellationToken)).LoadAsync(claimId);
        return loaded ?? [];
    }

    public static async Task<IReadOnlyList<RelationInfo>> RelationsSupportedByClaim(ResolveContext context, string claimId)
    {
        var store = Store(context);
        var loaded = await context.GetBatchLoader<string, IReadOnlyList<RelationInfo>>(
            "relations-supported-by-claims",
            async (ids, cancellationToken) => await store.GetRelationsSupportedByClaimsAsync(ids, cancellationToken)).LoadAsync(claimId);
        return loaded ?? [];
    }

    public static async Task<IReadOnlyList<Storage.NoteSummary>> NotesOfEntity(ResolveContext context, string entityId, int limit)
    {
        var store = Store(context);
        var loaded = await context.GetBatchLoader<string, IReadOnlyList<Storage.NoteSummary>>(
            Key("notes-of-entities", limit),
            async (ids, cancellationToken) => await store.GetNotesOfEntitiesAsync(ids, limit, cancellationToken)).LoadAsync(entityId);
        return loaded ?? [];
    }

    public static async Task<IReadOnlyList<EntityInfo>> EntitiesOfNote(ResolveContext context, string noteId)
    {
        var store = Store(context);
        var loaded = await context.GetBatchLoader<string, IReadOnlyList<EntityInfo>>(
            "entities-of-notes",
            async (ids, cancellationToken) => await store.GetEntitiesOfNotesAsync(ids, cancellationToken)).LoadAsync(noteId);
        return loaded ?? [];
    }

    public static async Task<IReadOnlyList<NoteLink>> LinksOfNote(ResolveContext context, string noteId)
    {
        var store = Store(context);
        var loaded = await context.GetBatchLoader<string, IReadOnlyList<NoteLink>>(
            "links-of-notes",
            async (ids, cancellationToken) => await store.GetLinksOfNotesAsync(ids, cancellationToken)).LoadAsync(noteId);
        return loaded ?? [];
    }

    public static IClaimGraphQueries Store(ResolveContext context) => context.Services.GetRequiredService<IClaimGraphQueries>();

    // JSON keeps argument sets apart whatever text a client puts in them.
    private static string Key(string method, params object?[] arguments) => method + JsonSerializer.Serialize(arguments);
}
