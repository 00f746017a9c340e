using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Api.Tests.GraphQL.Support;

/// <summary>Counts the calls (store round trips) made through <see cref="IClaimGraphQueries"/>, per method, and forwards them.</summary>
public sealed class CountingClaimGraphQueries(IClaimGraphQueries inner) : IClaimGraphQueries
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls, StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public int CallsTo(string method) => _calls.GetValueOrDefault(method);

    public void Reset() => _calls.Clear();

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        Count(inner.GetStatusAsync(cancellationToken));

    public Task<GraphStats> GetStatsAsync(int topEntities, CancellationToken cancellationToken) =>
        Count(inner.GetStatsAsync(topEntities, cancellationToken));

    public Task<IReadOnlyDictionary<string, EntityInfo>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Count(inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<Page<EntityInfo>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken) =>
        Count(inner.ListEntitiesAsync(filter, order, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<RelationInfo>>> GetRelationsOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, RelationFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Count(inner.GetRelationsOfEntitiesAsync(entityIds, filter, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, RelationInfo>> GetRelationsAsync(IReadOnlyCollection<string> relationIds, CancellationToken cancellationToken) =>
        Count(inner.GetRelationsAsync(relationIds, cancellationToken));

    public Task<IReadOnlyList<PredicateCount>> GetPredicateCountsAsync(CancellationToken cancellationToken) =>
        Count(inner.GetPredicateCountsAsync(cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<EvidenceClaim>>> GetEvidenceAsync(
        IReadOnlyCollection<string> relationIds, PageRequest page, CancellationToken cancellationToken) =>
        Count(inner.GetEvidenceAsync(relationIds, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, Claim>> GetClaimsAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken) =>
        Count(inner.GetClaimsAsync(claimIds, cancellationToken));

    public Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Count(inner.ListClaimsAsync(filter, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken) =>
        Count(inner.GetClaimsOfEntitiesAsync(entityIds, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsOfNotesAsync(
        IReadOnlyCollection<string> noteIds, PageRequest page, CancellationToken cancellationToken) =>
        Count(inner.GetClaimsOfNotesAsync(noteIds, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsOfClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken) =>
        Count(inner.GetMentionsOfClaimsAsync(claimIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<RelationInfo>>> GetRelationsSupportedByClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken) =>
        Count(inner.GetRelationsSupportedByClaimsAsync(claimIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, Note>> GetNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken) =>
        Count(inner.GetNotesAsync(noteIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, ClaimGraph.Storage.NoteSummary>> GetNoteSummariesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken) =>
        Count(inner.GetNoteSummariesAsync(noteIds, cancellationToken));

    public Task<Page<Note>> ListNotesAsync(NoteFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        Count(inner.ListNotesAsync(filter, page, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<ClaimGraph.Storage.NoteSummary>>> GetNotesOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, int limit, CancellationToken cancellationToken) =>
        Count(inner.GetNotesOfEntitiesAsync(entityIds, limit, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EntityInfo>>> GetEntitiesOfNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken) =>
        Count(inner.GetEntitiesOfNotesAsync(noteIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<NoteLink>>> GetLinksOfNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken) =>
        Count(inner.GetLinksOfNotesAsync(noteIds, cancellationToken));

    public Task<SearchResults> SearchAsync(string text, int limit, CancellationToken cancellationToken) =>
        Count(inner.SearchAsync(text, limit, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(
        string fromEntityId, string toEntityId, int maxHops, int maxPaths, CancellationToken cancellationToken) =>
        Count(inner.FindShortestPathsAsync(fromEntityId, toEntityId, maxHops, maxPaths, cancellationToken));

    public Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int maxNodes, CancellationToken cancellationToken) =>
        Count(inner.GetNeighborhoodAsync(entityId, depth, maxNodes, cancellationToken));

    private Task<T> Count<T>(Task<T> call, [CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, count) => count + 1);
        return call;
    }
}
