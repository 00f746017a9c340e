using ClaimGraph.Model;

namespace ClaimGraph.Storage;

/// <summary>
/// Which of two relations stands more strongly for a link between the same entities, as both stores order them:
/// curated, then extracted, then co-mention (a co-mention never hides a typed relation), then confidence, evidence, id.
/// </summary>
public static class RelationStrength
{
    public static int OriginRank(RelationOrigin origin) => origin switch
    {
        RelationOrigin.Curated => 0,
        RelationOrigin.Extracted => 1,
        _ => 2,
    };

    public static bool IsStronger(RelationInfo candidate, RelationInfo current)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(current);
        if (candidate.Origin != current.Origin)
        {
            return OriginRank(candidate.Origin) < OriginRank(current.Origin);
        }

        if (candidate.Confidence != current.Confidence)
        {
            return candidate.Confidence > current.Confidence;
        }

        if (candidate.EvidenceCount != current.EvidenceCount)
        {
            return candidate.EvidenceCount > current.EvidenceCount;
        }

        return string.CompareOrdinal(candidate.Id, current.Id) < 0;
    }
}
