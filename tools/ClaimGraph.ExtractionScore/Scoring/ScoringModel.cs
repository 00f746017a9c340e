using ClaimGraph.Model;

namespace ClaimGraph.ExtractionScore.Scoring;

/// <summary>
/// How the scorer compares entity ids and names: letters, digits, '+' and '#' only, lower case, so "GPT-4o", "gpt-4o" and
/// "GPT4o" are one key, "Open AI" is "openai", and C, C++ and C# stay apart.
/// </summary>
public static class EntityKey
{
    public static string Of(string text) =>
        string.Concat(text.Where(c => char.IsLetterOrDigit(c) || c is '+' or '#').Select(char.ToLowerInvariant));
}

/// <summary>One place a labelled entity is named: a source span of the note and the claim it lies in.</summary>
public sealed record GoldOccurrence(TextSpan Span, string Surface, string ClaimText);

/// <summary>
/// A labelled entity with its identity <see cref="Keys"/> (see <see cref="EntityKey"/>), its own <see cref="Occurrences"/>
/// and the <see cref="Nested"/> ones that lie inside a longer labelled name ("Google" in "Google ADK").
/// </summary>
public sealed record GoldEntity(
    string Name,
    EntityType Type,
    IReadOnlySet<string> Keys,
    IReadOnlyList<GoldOccurrence> Occurrences,
    IReadOnlyList<GoldOccurrence> Nested);

/// <summary>A labelled relation; <see cref="Subject"/> and <see cref="Object"/> are entity names of the same note.</summary>
public sealed record GoldRelation(string Subject, string Predicate, string Object, bool Explicit, string Quote);

public sealed record GoldNegative(string Subject, string Predicate, string Object, string Quote, string Reason);

public sealed record GoldNote(
    string Note,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<GoldNegative> Negatives);

/// <summary>
/// A mention the pipeline produced; <see cref="Type"/> is its entity's type (null when the entity is unknown) and
/// <see cref="Source"/> whether the entity is the catalog's or discovered.
/// </summary>
public sealed record PredictedMention(string EntityId, EntityType? Type, EntitySource Source, TextSpan Span, string MatchedText, string ClaimText);

/// <summary>A typed relation the pipeline extracted from one claim, with the rule that fired.</summary>
public sealed record PredictedRelation(
    string SubjectId,
    string Predicate,
    string ObjectId,
    string ClaimText,
    string? Rule,
    double? Confidence,
    string? Trigger);

public sealed record PredictedNote(string Note, IReadOnlyList<PredictedMention> Mentions, IReadOnlyList<PredictedRelation> Relations);

/// <summary>A curated relation of the catalog: the note file it is quoted from, ids, the curated predicate and the quote.</summary>
public sealed record CuratedFact(string Note, string SubjectId, string Predicate, string ObjectId, string Quote);
