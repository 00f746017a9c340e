using System.Collections.Frozen;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// The word tables of entity discovery added after the first extraction rules (see <see cref="ExtractionRules"/> for the
/// rest): word classes, not names. Kept apart from the relation tables so the two can change independently.
/// </summary>
public static class DiscoveryRules
{
    /// <summary>Lower-case particles inside a person's name ("Daan van der Kila", "Ursula von der Leyen").</summary>
    public static FrozenSet<string> NameParticles { get; } = Set(
        "van", "der", "den", "de", "von", "da", "di", "du", "del", "della", "des", "la", "le", "bin", "ibn", "al", "ten", "ter");

    /// <summary>
    /// Capitalised function words that never continue a name run: "Scaling as Priority There's a push" (a heading run into
    /// its sentence) is not a name "Priority There".
    /// </summary>
    public static FrozenSet<string> RunBreakers { get; } = Set(
        "The", "An", "This", "That", "These", "Those", "It", "Its", "It's", "They", "Their", "There", "Here", "We", "Our",
        "You", "Your", "He", "She", "His", "Her", "My", "If", "When", "While", "Where", "Why", "How", "What", "Which", "Who",
        "However", "Also", "Then", "So", "But", "And", "Or", "As", "To", "Is", "Are", "Was", "Were");

    /// <summary>Contraction endings after an apostrophe: "I’m", "We've", "They'll" are not names.</summary>
    public static FrozenSet<string> ContractionEndings { get; } = Set("m", "re", "ve", "ll", "d", "t");

    /// <summary>Quotation marks: a title-case phrase in quotes is a coinage or a quote ("Date Abby"), not a name by its shape alone.</summary>
    public static FrozenSet<string> QuoteMarks { get; } = Set("\"", "“", "”", "'", "‘", "’");

    /// <summary>
    /// Variant words that make a catalog model's name another model ("GPT-4o Mini", "Gemini 2.5 Flash"); release stages
    /// ("Preview", "Instruct") stay the catalog model.
    /// </summary>
    public static FrozenSet<string> ModelTierWords { get; } = Set(
        "Pro", "Mini", "Max", "Ultra", "Nano", "Lite", "Flash", "Turbo", "Sonnet", "Opus", "Haiku", "Plus", "Air", "Coder",
        "Omni", "Large", "Small", "Medium", "XL", "Edge");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
