namespace ClaimGraph.Model;

public enum RelationOrigin
{
    /// <summary>Stated in <c>relations.yaml</c> with a verbatim quote from a note.</summary>
    Curated,

    /// <summary>Two entities mentioned in the same claim.</summary>
    CoMention,
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
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };

    public static RelationOrigin? ParseOrigin(string value) => value.ToLowerInvariant() switch
    {
        "curated" => RelationOrigin.Curated,
        "co-mention" or "comention" or "co_mention" => RelationOrigin.CoMention,
        _ => null,
    };
}

/// <summary>One claim supporting one relation. <see cref="Quote"/> is the curated quote when there is one.</summary>
public sealed record RelationEvidence(RelationKey Relation, string ClaimId, string? Quote);

/// <summary>Everything one note contributes to the graph; stores write it in one transaction.</summary>
public sealed record NoteBatch(
    Note Note,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<RelationEvidence> Evidence,
    IReadOnlyList<NoteLink> Links);
