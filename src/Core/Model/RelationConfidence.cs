namespace ClaimGraph.Model;

/// <summary>
/// How much a piece of evidence is trusted, in [0, 1]. A relation's confidence is the highest of its evidence's.
/// Curated evidence was checked by a person; extracted evidence carries its rule's confidence (<see cref="ExtractionTrace"/>);
/// co-mention evidence only says two names share a claim, so it gets a fixed value below any rule's.
/// </summary>
public static class RelationConfidence
{
    public const double Curated = 1.0;

    /// <summary>Co-mention is the weakest kind of relation: two names in one claim, no stated link between them.</summary>
    public const double CoMention = 0.1;

    public static double Of(RelationEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Relation.Origin switch
        {
            RelationOrigin.Curated => Curated,
            RelationOrigin.CoMention => CoMention,
            RelationOrigin.Extracted => evidence.Extraction?.Confidence
                ?? throw new InvalidOperationException($"Extracted evidence for relation '{evidence.Relation.Id}' has no extraction trace."),
            _ => throw new ArgumentOutOfRangeException(nameof(evidence), evidence.Relation.Origin, null),
        };
    }
}
