using ClaimGraph.Model;

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
public sealed record MentionError(string Note, string Entity, string Text, string ClaimText, string Detail)
{
    public required MentionErrorKind Kind { get; init; }

    /// <summary>Where the predicted entity comes from: the false positive's, or for a miss the prediction found on its span (none when not found).</summary>
    public EntitySource? Source { get; init; }
}

/// <summary>Why a mention is a false positive (the first four) or a miss (the last two).</summary>
public enum MentionErrorKind
{
    /// <summary>No labelled name is there: not a name by the labels.</summary>
    NotLabelled,

    /// <summary>A labelled name overlaps it, but another entity: a wrong extent or a wrong link.</summary>
    LabelledAsAnother,

    /// <summary>Its entity is labelled in the note, but this occurrence is not.</summary>
    UnlabelledOccurrence,

    /// <summary>A second prediction of the entity on one labelled occurrence.</summary>
    SecondMention,

    /// <summary>No prediction overlaps the labelled occurrence.</summary>
    NotFound,

    /// <summary>A prediction of another entity overlaps the labelled occurrence.</summary>
    FoundAsAnother,
}

/// <summary>How many mention errors of one kind there are, for entities of one source, and over how many names (each counted once per note).</summary>
public sealed record MentionErrorClass(MentionErrorKind Kind, EntitySource? Source, int Mentions, int Names);

/// <summary>A found entity whose type differs from its label's, once per note.</summary>
public sealed record TypeDisagreement(string Note, string Entity, EntityType Labelled, EntityType Predicted);

/// <summary>How many found entities of one labelled type were given another type.</summary>
public sealed record TypeConfusion(EntityType Labelled, EntityType Predicted, int Entities);

/// <summary>How many labelled relations of one kind were missed, with both entities mentioned in the quoted claim or not.</summary>
public sealed record RelationMissClass(bool Explicit, bool BothMentioned, int Misses);

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
    string Detail)
{
    /// <summary>For a missed labelled relation: whether it is explicit, and whether the pipeline mentioned both of its entities in the quoted claim.</summary>
    public (bool Explicit, bool BothMentioned)? Miss { get; init; }
}

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
    IReadOnlyList<RelationError> Unscorable,
    IReadOnlyList<TypeDisagreement> TypeDisagreements)
{
    /// <summary>The type disagreements counted by labelled and given type, most frequent first.</summary>
    public IReadOnlyList<TypeConfusion> TypeConfusions => TypeDisagreements
        .GroupBy(d => (d.Labelled, d.Predicted))
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Labelled).ThenBy(g => g.Key.Predicted)
        .Select(g => new TypeConfusion(g.Key.Labelled, g.Key.Predicted, g.Count()))
        .ToList();

    /// <summary>The mention errors counted by kind and source: where mention precision and recall are lost.</summary>
    public IReadOnlyList<MentionErrorClass> MentionErrorClasses => MentionFalsePositives.Concat(MentionMisses)
        .GroupBy(e => (e.Kind, e.Source))
        .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Source)
        .Select(g => new MentionErrorClass(g.Key.Kind, g.Key.Source, g.Count(), g.Select(e => (e.Note, e.Entity)).Distinct().Count()))
        .ToList();

    /// <summary>The relation misses counted by kind: a wording no rule reads (both entities mentioned) or a missing mention.</summary>
    public IReadOnlyList<RelationMissClass> RelationMissClasses => RelationMisses
        .Where(e => e.Miss is not null)
        .GroupBy(e => e.Miss!.Value)
        .OrderByDescending(g => g.Key.Explicit).ThenByDescending(g => g.Key.BothMentioned)
        .Select(g => new RelationMissClass(g.Key.Explicit, g.Key.BothMentioned, g.Count()))
        .ToList();
}

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
