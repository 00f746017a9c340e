namespace ClaimGraph.Model;

/// <summary>
/// One predicate of the relation vocabulary. <see cref="Symmetric"/> predicates read the same both ways (A COMPETES_WITH B
/// is B COMPETES_WITH A), so their subject is the ordinally smaller id. <see cref="ExtractedAs"/> names the extraction
/// predicate a curated-only predicate corresponds to (RELEASED is found by extraction as DEVELOPS), or null when it is
/// itself extracted or has no counterpart.
/// </summary>
public sealed record PredicateDefinition(string Name, string Description, bool Extracted, bool Symmetric, string? ExtractedAs = null);

/// <summary>
/// The predicates ClaimGraph knows: those that extraction rules produce, those the curated catalog uses, and
/// <see cref="RelationKey.CoMentioned"/>. Every stored relation's predicate is one of these.
/// </summary>
public static class RelationVocabulary
{
    public const string Develops = "DEVELOPS";
    public const string Founded = "FOUNDED";
    public const string Leads = "LEADS";
    public const string WorksAt = "WORKS_AT";
    public const string InvestedIn = "INVESTED_IN";
    public const string Acquired = "ACQUIRED";
    public const string PartneredWith = "PARTNERED_WITH";
    public const string CompetesWith = "COMPETES_WITH";
    public const string Outperforms = "OUTPERFORMS";
    public const string Uses = "USES";
    public const string PartOf = "PART_OF";

    public static IReadOnlyList<PredicateDefinition> All { get; } =
    [
        new(Develops, "The subject builds, releases or ships the object (a model, product or protocol).", Extracted: true, Symmetric: false),
        new(Founded, "The subject (a person or organization) founded the object.", Extracted: true, Symmetric: false),
        new(Leads, "The subject (a person) leads the object: CEO, head, chair or director of it.", Extracted: true, Symmetric: false),
        new(WorksAt, "The subject (a person) works at the object.", Extracted: true, Symmetric: false),
        new(InvestedIn, "The subject invested in, funded or backed the object.", Extracted: true, Symmetric: false),
        new(Acquired, "The subject acquired or bought the object.", Extracted: true, Symmetric: false),
        new(PartneredWith, "The two partner or collaborate.", Extracted: true, Symmetric: true),
        new(CompetesWith, "The two compete: rivals in one market.", Extracted: true, Symmetric: true),
        new(Outperforms, "The subject beats, surpasses or outperforms the object (on a benchmark or in a market).", Extracted: true, Symmetric: false),
        new(Uses, "The subject uses, is built on, is powered by or integrates the object.", Extracted: true, Symmetric: false),
        new(PartOf, "The subject is part, a unit or a subsidiary of the object.", Extracted: true, Symmetric: false),
        new("RELEASED", "The subject released the object.", Extracted: false, Symmetric: false, ExtractedAs: Develops),
        new("OPEN_SOURCES", "The subject released the object as open source.", Extracted: false, Symmetric: false, ExtractedAs: Develops),
        new("TRAINED", "The subject trained the object (a model).", Extracted: false, Symmetric: false, ExtractedAs: Develops),
        new("FUNDS", "The subject funds the object.", Extracted: false, Symmetric: false, ExtractedAs: InvestedIn),
        new("PARTNERS_WITH", "The subject partners with the object.", Extracted: false, Symmetric: false, ExtractedAs: PartneredWith),
        new("BUILT_ON", "The subject is built on the object.", Extracted: false, Symmetric: false, ExtractedAs: Uses),
        new("WORKED_AT", "The subject (a person) worked at the object in the past.", Extracted: false, Symmetric: false, ExtractedAs: WorksAt),
        new("AUTHORED", "The subject wrote the object (a paper, post or publication).", Extracted: false, Symmetric: false),
        new("INVENTED", "The subject invented the object (a technique or concept).", Extracted: false, Symmetric: false),
        new("ISSUES", "The subject issues the object (a token).", Extracted: false, Symmetric: false),
        new("TESTED", "The subject tested or evaluated the object.", Extracted: false, Symmetric: false),
        new(RelationKey.CoMentioned, "The two are named in the same claim; the weakest kind of relation, derived for every such pair.", Extracted: false, Symmetric: true),
    ];

    private static readonly Dictionary<string, PredicateDefinition> ByName = All.ToDictionary(definition => definition.Name, StringComparer.Ordinal);

    public static PredicateDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    public static bool IsKnown(string name) => ByName.ContainsKey(name);
}
