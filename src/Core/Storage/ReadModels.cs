using ClaimGraph.Model;

namespace ClaimGraph.Storage;

/// <summary>
/// One page of a list: at most <see cref="Limit"/> items. With <see cref="After"/>, the page starts right after the item
/// of that sort key (keyset paging: the store seeks to it, so a deep page costs what the first does), and
/// <see cref="Offset"/> only says how many items came before, for the page's position. Without it the store skips
/// <see cref="Offset"/> items (lists that have no key order). <see cref="KnownTotal"/>, when the first page already
/// counted the matches, spares the store counting them again for every later page.
/// </summary>
public readonly record struct PageRequest(int Limit, int Offset = 0, PageKey? After = null, int? KnownTotal = null)
{
    public static PageRequest First(int limit) => new(limit, 0);
}

/// <summary>
/// The sort key of one item of a keyset-paged list, as the store reported it (see <see cref="Page{T}.Keys"/>); opaque
/// outside the store. Each value is a string or a 64-bit integer. A key of the wrong shape for the list (a forged or
/// foreign cursor) makes the store throw <see cref="InvalidPageKeyException"/>.
/// </summary>
public sealed record PageKey(IReadOnlyList<object> Values)
{
    public static PageKey Of(params object[] values) => new(values);

    public string String(int index, string list) =>
        index < Values.Count && Values[index] is string value ? value : throw InvalidPageKeyException.For(list);

    public long Integer(int index, string list) =>
        index < Values.Count && Values[index] is long value ? value : throw InvalidPageKeyException.For(list);

    public void RequireCount(int count, string list)
    {
        if (Values.Count != count)
        {
            throw InvalidPageKeyException.For(list);
        }
    }

    public bool Equals(PageKey? other) => other is not null && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => Values.Aggregate(0, (hash, value) => HashCode.Combine(hash, value));
}

/// <summary>A page key that does not fit the list it was given for.</summary>
public sealed class InvalidPageKeyException(string message) : ArgumentException(message)
{
    public static InvalidPageKeyException For(string list) => new($"The page key does not belong to the {list} list.");
}

/// <summary>
/// One page of results; <see cref="TotalCount"/> counts every match, not just this page (for a later keyset page, as
/// counted when its first page was read). <see cref="Keys"/>, for lists paged by key, holds each item's sort key.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Offset)
{
    /// <summary>Whether more items follow, when the store knows it directly (it read one item past the page).</summary>
    public bool? HasMore { get; init; }

    public IReadOnlyList<PageKey>? Keys { get; init; }

    public bool HasNextPage => HasMore ?? Offset + Items.Count < TotalCount;

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
