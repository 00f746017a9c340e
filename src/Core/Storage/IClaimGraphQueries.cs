using ClaimGraph.Model;

namespace ClaimGraph.Storage;

/// <summary>
/// The read side every store implements. Methods that take a collection of ids are batch loads
/// (one round trip for N parents), so GraphQL and REST can fetch a level of the graph at a time.
/// Results are keyed by the requested id; unknown ids are simply absent.
/// </summary>
public interface IClaimGraphQueries
{
    Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken);

    Task<GraphStats> GetStatsAsync(int topEntities, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, EntityInfo>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    Task<Page<EntityInfo>> ListEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Page<RelationInfo>>> GetRelationsOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, RelationFilter filter, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, RelationInfo>> GetRelationsAsync(IReadOnlyCollection<string> relationIds, CancellationToken cancellationToken);

    /// <summary>Relation types (predicates) with how many relations use each.</summary>
    Task<IReadOnlyList<PredicateCount>> GetPredicateCountsAsync(CancellationToken cancellationToken);

    /// <summary>Claims supporting each relation, in note order.</summary>
    Task<IReadOnlyDictionary<string, Page<EvidenceClaim>>> GetEvidenceAsync(
        IReadOnlyCollection<string> relationIds, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Claim>> GetClaimsAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken);

    /// <summary>Claims matching every given criterion; with <see cref="ClaimFilter.Text"/> ranked by full-text relevance.</summary>
    Task<Page<Claim>> ListClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Page<Claim>>> GetClaimsOfNotesAsync(
        IReadOnlyCollection<string> noteIds, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, IReadOnlyList<Mention>>> GetMentionsOfClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken);

    /// <summary>Relations each claim is evidence for.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<RelationInfo>>> GetRelationsSupportedByClaimsAsync(
        IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Note>> GetNotesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken);

    /// <summary>
    /// Notes' metadata without their text, for answers that only name a note: a note's text can run to hundreds of
    /// kilobytes, too much to read and decode only to print a title.
    /// </summary>
    Task<IReadOnlyDictionary<string, NoteSummary>> GetNoteSummariesAsync(IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken);

    Task<Page<Note>> ListNotesAsync(NoteFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Notes that mention each entity, most mentions first; metadata only, without the notes' text.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<NoteSummary>>> GetNotesOfEntitiesAsync(
        IReadOnlyCollection<string> entityIds, int limit, CancellationToken cancellationToken);

    /// <summary>Entities mentioned in each note, most mentions first.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<EntityInfo>>> GetEntitiesOfNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, IReadOnlyList<NoteLink>>> GetLinksOfNotesAsync(
        IReadOnlyCollection<string> noteIds, CancellationToken cancellationToken);

    /// <summary>Full-text search over entity names and aliases and over claim text, each list ranked best first.</summary>
    Task<SearchResults> SearchAsync(string text, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Shortest paths between two entities over relations taken in either direction, at most <paramref name="maxHops"/> long.
    /// Returns every path of the minimal length, up to <paramref name="maxPaths"/>; empty when none exists.
    /// </summary>
    Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(
        string fromEntityId, string toEntityId, int maxHops, int maxPaths, CancellationToken cancellationToken);

    /// <summary>Entities within <paramref name="depth"/> hops and the relations between them, nearest first, at most <paramref name="maxNodes"/> nodes.</summary>
    Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int maxNodes, CancellationToken cancellationToken);
}
