using ClaimGraph.Model;

namespace ClaimGraph.Storage;

/// <summary>Offset paging: skip <see cref="Offset"/> rows, return at most <see cref="Limit"/>.</summary>
public readonly record struct PageRequest(int Limit, int Offset = 0)
{
    public static PageRequest First(int limit) => new(limit, 0);
}

/// <summary>One page of results; <see cref="TotalCount"/> counts every match, not just this page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Offset)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;

    public static Page<T> Empty { get; } = new([], 0, 0);
}

public sealed record StoreStatus(bool Reachable, long NoteCount, string? Problem);

public sealed record EntityInfo(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string Description,
    int MentionCount,
    EntitySource Source = EntitySource.Catalog);

/// <summary>
/// A note's metadata without its text, for lists that only name notes: a note's text can be hundreds of kilobytes.
/// </summary>
public sealed record NoteSummary(
    string Id,
    string Title,
    string? Channel,
    string? Author,
    string? VideoId,
    string? SourceUrl,
    NoteFormat Format)
{
    public string? VideoUrl => VideoId is null ? null : $"https://www.youtube.com/watch?v={VideoId}";

    public static NoteSummary From(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(note.Id, note.Title, note.Channel, note.Author, note.VideoId, note.SourceUrl, note.Format);
    }
}

/// <summary>A stored relation; <see cref="Confidence"/> is the highest confidence of its evidence (<see cref="RelationConfidence"/>).</summary>
public sealed record RelationInfo(
    string Id,
    string SubjectId,
    string Predicate,
    string ObjectId,
    RelationOrigin Origin,
    int EvidenceCount,
    int NoteCount,
    double Confidence);

/// <summary>
/// A claim that supports a relation, with the curated quote when the relation is curated, the extraction trace when it
/// is extracted, and the evidence's confidence.
/// </summary>
public sealed record EvidenceClaim(Claim Claim, string? Quote, ExtractionTrace? Extraction = null, double Confidence = RelationConfidence.Curated);

public enum RelationDirection
{
    Out,
    In,
    Both,
}

/// <summary>Which relations to list; <see cref="MinConfidence"/> keeps those whose confidence is at least that value.</summary>
public sealed record RelationFilter(
    string? Predicate = null,
    RelationDirection Direction = RelationDirection.Both,
    RelationOrigin? Origin = null,
    double? MinConfidence = null);

public sealed record EntityFilter(EntityType? Type = null, string? NameContains = null, EntitySource? Source = null);

public enum EntityOrder
{
    Mentions,
    Name,
}

public sealed record ClaimFilter(string? EntityId = null, string? NoteId = null, string? Text = null);

public sealed record NoteFilter(string? Channel = null, NoteFormat? Format = null);

/// <summary>How many relations of one origin use one predicate.</summary>
public sealed record PredicateCount(string Predicate, RelationOrigin Origin, int Count);

public sealed record EntityMentionCount(string Id, string Name, int Mentions);

public sealed record GraphStats(
    int Notes,
    int Claims,
    int Entities,
    int Mentions,
    int Relations,
    IReadOnlyDictionary<string, int> RelationsByPredicate,
    IReadOnlyList<EntityMentionCount> TopEntities,
    IReadOnlyDictionary<RelationOrigin, int> RelationsByOrigin,
    IReadOnlyDictionary<EntitySource, int> EntitiesBySource)
{
    /// <summary>Counts by every value of <typeparamref name="TKey"/>, zero for those the store did not report.</summary>
    public static IReadOnlyDictionary<TKey, int> EveryValue<TKey>(IEnumerable<KeyValuePair<TKey, int>> counts)
        where TKey : struct, Enum
    {
        var all = Enum.GetValues<TKey>().ToDictionary(value => value, _ => 0);
        foreach (var (key, count) in counts)
        {
            all[key] += count;
        }

        return all;
    }
}

public sealed record ScoredEntity(EntityInfo Entity, double Score);

public sealed record ScoredClaim(Claim Claim, double Score);

public sealed record SearchResults(IReadOnlyList<ScoredEntity> Entities, IReadOnlyList<ScoredClaim> Claims);

/// <summary>A path of entities; <c>Hops[i]</c> joins <c>EntityIds[i]</c> and <c>EntityIds[i + 1]</c> in either direction.</summary>
public sealed record GraphPath(IReadOnlyList<string> EntityIds, IReadOnlyList<RelationInfo> Hops);

public sealed record NeighborhoodNode(EntityInfo Entity, int Depth);

public sealed record Neighborhood(string CenterId, IReadOnlyList<NeighborhoodNode> Nodes, IReadOnlyList<RelationInfo> Edges);
