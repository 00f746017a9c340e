using ClaimGraph.Model;

namespace ClaimGraph.ExtractionScore.Scoring;

/// <summary>
/// A relation as the scorer compares it: two argument identities and an extraction predicate; a symmetric predicate's
/// arguments are put in ordinal order so that either direction is the same triple.
/// </summary>
public readonly record struct Triple(string Subject, string Predicate, string Object)
{
    /// <summary>
    /// The triple for a predicate of any origin, or null when the predicate has no extraction counterpart: an extraction
    /// predicate stays itself, a curated-only one becomes its <see cref="PredicateDefinition.ExtractedAs"/>.
    /// </summary>
    public static Triple? Create(string subject, string predicate, string @object)
    {
        if (ScoredPredicate(predicate) is not { } scored)
        {
            return null;
        }

        var symmetric = RelationVocabulary.Find(scored)?.Symmetric == true;
        return symmetric && string.CompareOrdinal(subject, @object) > 0
            ? new Triple(@object, scored, subject)
            : new Triple(subject, scored, @object);
    }

    public static string? ScoredPredicate(string predicate) => RelationVocabulary.Find(predicate) switch
    {
        { Extracted: true } definition => definition.Name,
        { ExtractedAs: { } extractedAs } => extractedAs,
        _ => null,
    };

    public override string ToString() => $"{Subject} {Predicate} {Object}";
}
