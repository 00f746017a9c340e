using ClaimGraph.Model;

namespace ClaimGraph.Storage;

/// <summary>Checks one piece of evidence against its claim before a store writes it, and gives its confidence.</summary>
public static class EvidenceChecks
{
    /// <summary>
    /// Extracted evidence must carry its trace (a trigger inside the claim's text, a rule name, a confidence in [0, 1]);
    /// curated and co-mention evidence must not. Returns the evidence's confidence (<see cref="RelationConfidence.Of"/>).
    /// </summary>
    public static double CheckAndRate(RelationEvidence evidence, Claim claim, string noteId)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(claim);
        var key = evidence.Relation;
        if (!RelationVocabulary.IsKnown(key.Predicate))
        {
            throw new InvalidOperationException(
                $"Note '{noteId}': relation '{key.Id}' has the predicate '{key.Predicate}', which is not in the relation vocabulary " +
                $"({string.Join(", ", RelationVocabulary.All.Select(p => p.Name))}).");
        }

        if (key.Origin != RelationOrigin.Extracted)
        {
            return evidence.Extraction is null
                ? RelationConfidence.Of(evidence)
                : throw new InvalidOperationException(
                    $"Note '{noteId}': {RelationKey.OriginName(key.Origin)} evidence for relation '{key.Id}' in claim '{claim.Id}' carries an extraction trace; only extracted evidence may.");
        }

        var trace = evidence.Extraction ?? throw new InvalidOperationException(
            $"Note '{noteId}': extracted evidence for relation '{key.Id}' in claim '{claim.Id}' has no extraction trace.");
        if (trace.Trigger.Start < 0 || trace.Trigger.End > claim.Text.Length || trace.Trigger.Start >= trace.Trigger.End)
        {
            throw new InvalidOperationException(
                $"Note '{noteId}': the trigger {trace.Trigger} of relation '{key.Id}' is not a non-empty span within claim '{claim.Id}' ({claim.Text.Length} characters).");
        }

        if (string.IsNullOrWhiteSpace(trace.Rule))
        {
            throw new InvalidOperationException($"Note '{noteId}': extracted evidence for relation '{key.Id}' in claim '{claim.Id}' names no rule.");
        }

        if (!(trace.Confidence is >= 0 and <= 1))
        {
            throw new InvalidOperationException(
                $"Note '{noteId}': rule '{trace.Rule}' gave relation '{key.Id}' the confidence {trace.Confidence}, outside [0, 1].");
        }

        return trace.Confidence;
    }
}
