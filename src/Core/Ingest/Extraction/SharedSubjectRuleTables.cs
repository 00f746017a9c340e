using System.Collections.Frozen;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// The word tables of the shared-subject USES rule: a verb of use that continues the clause of the claim's
/// opening subject after a comma or "and" ("GitHub prioritizes developer choice, supporting Claude", "RunBear makes it easy
/// to build assistants for Slack, and also supports integration with Discord").
/// </summary>
public static partial class ExtractionRules
{
    public const string UsesSharedSubject = "uses-shared-subject";

    /// <summary>Participles of use that may follow the comma or the "and": ", using Supabase", "and leveraging Claude".</summary>
    public static FrozenSet<string> UseParticiples { get; } = Set(
        "using", "leveraging", "utilizing", "utilising", "employing", "supporting", "integrating", "integrating with",
        "incorporating", "relying on", "running on", "built on", "built on top of", "powered by", "combining",
        "supporting integration with", "adopting");

    /// <summary>Finite verbs of use that may follow only the "and": "and uses Supabase", ", and also supports Discord".</summary>
    public static FrozenSet<string> UseFiniteVerbs { get; } = Set(
        "uses", "leverages", "utilizes", "utilises", "employs", "supports", "integrates", "integrates with", "incorporates",
        "relies on", "runs on", "combines", "supports integration with", "supports integrations with", "adopts",
        "is built on", "is powered by");

    /// <summary>Prepositions after which a name between the subject and the verb of use is no one acting: "assistants for Slack".</summary>
    public static FrozenSet<string> SharedSubjectPrepositions { get; } = Set(
        "for", "with", "in", "on", "into", "to", "from", "at", "via", "across", "like", "including");
}
