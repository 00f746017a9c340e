using System.Globalization;
using ClaimGraph.Model;

namespace ClaimGraph.Api;

/// <summary>
/// Parses the enum-like parameters of relations and entities (predicate, origin, source, minimum confidence) with one
/// set of messages, so REST answers 400 and GraphQL a field error saying the same thing.
/// </summary>
public static class VocabularyParameters
{
    public static IReadOnlyList<string> OriginNames { get; } = Enum.GetValues<RelationOrigin>().Select(RelationKey.OriginName).ToArray();

    public static IReadOnlyList<string> SourceNames { get; } = Enum.GetValues<EntitySource>().Select(EntitySourceNames.Name).ToArray();

    public static string KnownPredicates => string.Join(", ", RelationVocabulary.All.Select(p => p.Name));

    /// <summary>A predicate of <see cref="RelationVocabulary"/>, case-insensitive; null with <paramref name="error"/> set otherwise.</summary>
    public static string? ParsePredicate(string value, out string? error)
    {
        var name = value.Trim().ToUpperInvariant();
        if (RelationVocabulary.IsKnown(name))
        {
            error = null;
            return name;
        }

        error = $"Unknown predicate '{value}'. Use one of: {KnownPredicates} (see /api/relation-types).";
        return null;
    }

    public static RelationOrigin? ParseOrigin(string value, out string? error)
    {
        var origin = RelationKey.ParseOrigin(value.Trim());
        error = origin is null ? $"Unknown origin '{value}'. Use one of: {string.Join(", ", OriginNames)}." : null;
        return origin;
    }

    public static EntitySource? ParseSource(string value, out string? error)
    {
        var source = EntitySourceNames.Parse(value.Trim());
        error = source is null ? $"Unknown source '{value}'. Use one of: {string.Join(", ", SourceNames)}." : null;
        return source;
    }

    /// <summary>Null when <paramref name="value"/> is a confidence in [0, 1]; the message otherwise.</summary>
    public static string? CheckMinConfidence(double value) =>
        value is >= 0 and <= 1
            ? null
            : $"minConfidence must be between 0 and 1; it was {value.ToString(CultureInfo.InvariantCulture)}.";
}
