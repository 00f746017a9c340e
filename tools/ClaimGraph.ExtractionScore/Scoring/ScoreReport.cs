namespace ClaimGraph.ExtractionScore.Scoring;

/// <summary>Counts of one comparison; precision or recall is null when nothing was predicted or labelled.</summary>
public sealed record PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary><see cref="Hits"/> out of <see cref="Total"/>.</summary>
public sealed record Ratio(int Hits, int Total)
{
    public double? Value => Total == 0 ? null : (double)Hits / Total;
}

public sealed record NoteEntityScore(string Note, int Labelled, int Predicted, int Matched)
{
    public double? Precision => Predicted == 0 ? null : (double)Matched / Predicted;

    public double? Recall => Labelled == 0 ? null : (double)Matched / Labelled;
}

/// <summary>A mention missed or wrongly predicted: the entity (labelled name or predicted id), its text and claim.</summary>
public sealed record MentionError(string Note, string Entity, string Text, string ClaimText, string Detail);

/// <summary>A relation missed, wrongly extracted, or not in the reference set, with the claim and rule where there is one.</summary>
public sealed record RelationError(
    string Note,
    string Subject,
    string Predicate,
    string Object,
    string? ClaimText,
    string? Rule,
    double? Confidence,
    string? Trigger,
    string Detail);

/// <summary>
/// One predicate's counts. Explicit and implicit recall count labelled relations of that kind; a relation labelled both
/// ways in one note counts as explicit.
/// </summary>
public sealed record PredicateScore(string Predicate, PrecisionRecall Score, Ratio ExplicitRecall, Ratio ImplicitRecall);

/// <summary>How often a rule's extractions were right: distinct (note, relation) pairs it produced.</summary>
public sealed record RuleScore(string Rule, int Correct, int Wrong)
{
    public double? Precision => Correct + Wrong == 0 ? null : (double)Correct / (Correct + Wrong);
}

/// <summary>The dev set's scores; see tools/ClaimGraph.ExtractionScore/README.md for how each is counted.</summary>
public sealed record DevSetScore(
    int Notes,
    PrecisionRecall Mentions,
    int NestedMentionsIgnored,
    int ConceptMentionsIgnored,
    PrecisionRecall Entities,
    Ratio EntityTypeAgreement,
    IReadOnlyList<NoteEntityScore> EntitiesByNote,
    PrecisionRecall Relations,
    Ratio ExplicitRecall,
    Ratio ImplicitRecall,
    IReadOnlyList<PredicateScore> ByPredicate,
    IReadOnlyList<RuleScore> ByRule,
    Ratio EvidenceAtLabelledQuote,
    int ImpliedRelationsIgnored,
    IReadOnlyList<RelationError> NegativesExtracted,
    IReadOnlyList<RelationError> RelationMisses,
    IReadOnlyList<RelationError> RelationFalsePositives,
    IReadOnlyList<MentionError> MentionMisses,
    IReadOnlyList<MentionError> MentionFalsePositives,
    IReadOnlyList<RelationError> Unscorable);

/// <summary>
/// The curated relations of the seeds against extraction alone. <see cref="Relations"/> counts as false positives the
/// extracted relations the curated set lacks, which are not necessarily wrong: the curated set is not exhaustive.
/// </summary>
public sealed record SeedsScore(
    int Notes,
    int CuratedRelations,
    PrecisionRecall Relations,
    IReadOnlyList<PredicateScore> ByPredicate,
    IReadOnlyList<RelationError> Misses,
    IReadOnlyList<RelationError> NotCurated,
    IReadOnlyList<RelationError> Unscorable);

/// <summary>
/// The scores of the sets that were run. Held-out sets are scored with the dev set's code path and kept by
/// <see cref="HeldOutSet.Name"/>; a set that was not run has no entry.
/// </summary>
public sealed record ScoreReport(DevSetScore? DevSet, SeedsScore? Seeds, IReadOnlyDictionary<string, DevSetScore?> HeldOut)
{
    public DevSetScore? ScoreOf(HeldOutSet set) => HeldOut.GetValueOrDefault(set.Name);
}
