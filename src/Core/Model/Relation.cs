namespace ClaimGraph.Model;

public enum RelationOrigin
{
    /// <summary>Stated in <c>relations.yaml</c> with a verbatim quote from a note.</summary>
    Curated,

    /// <summary>Two entities mentioned in the same claim.</summary>
    CoMention,

    /// <summary>A typed relation that an extraction rule found stated in a claim (see <see cref="ExtractionTrace"/>).</summary>
    Extracted,
}

/// <summary>Identifies a relation: subject, UPPER_SNAKE predicate, object and origin.</summary>
public sealed record RelationKey(string SubjectId, string Predicate, string ObjectId, RelationOrigin Origin)
{
    public const string CoMentioned = "CO_MENTIONED";

    public string Id => $"{SubjectId}|{Predicate}|{ObjectId}|{OriginName(Origin)}";

    public static string OriginName(RelationOrigin origin) => origin switch
    {
        RelationOrigin.Curated => "curated",
        RelationOrigin.CoMention => "co-mention",
        RelationOrigin.Extracted => "extracted",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    public static RelationOrigin? ParseOrigin(string value) => value.ToLowerInvariant() switch
    {
        "curated" => RelationOrigin.Curated,
        "co-mention" or "comention" or "co_mention" => RelationOrigin.CoMention,
        "extracted" => RelationOrigin.Extracted,
        _ => null,
    };
}

/// <summary>
/// How an extraction rule found a relation in a claim: <see cref="Trigger"/> is the span of the trigger words within the
/// claim's <see cref="Claim.Text"/> ("invested in", "CEO of"), <see cref="Rule"/> the name of the rule that fired, and
/// <see cref="Confidence"/> its confidence in [0, 1].
/// </summary>
public sealed record ExtractionTrace(TextSpan Trigger, string Rule, double Confidence);

/// <summary>
/// One claim supporting one relation. <see cref="Quote"/> is the curated quote when there is one;
/// <see cref="Extraction"/> is set for <see cref="RelationOrigin.Extracted"/> evidence.
/// </summary>
public sealed record RelationEvidence(RelationKey Relation, string ClaimId, string? Quote, ExtractionTrace? Extraction = null);

/// <summary>
/// Everything one note contributes to the graph; stores write it in one transaction.
/// <see cref="DiscoveredEntities"/> are the entities with <see cref="EntitySource.Discovered"/> that this note's mentions and
/// evidence refer to; the store keeps a discovered entity while any note refers to it, never lets one replace a catalog
/// entity of the same id, and chooses its name and type independently of the order notes were written in.
/// </summary>
public sealed record NoteBatch(
    Note Note,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<RelationEvidence> Evidence,
    IReadOnlyList<NoteLink> Links,
    IReadOnlyList<Entity> DiscoveredEntities);
