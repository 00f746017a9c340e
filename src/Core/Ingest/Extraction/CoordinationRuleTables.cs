using System.Collections.Frozen;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// The word tables of the rules that read a mutual act of a list of subjects ("Microsoft and OpenAI partnered in 2019",
/// "Claude and Gemini compete for developers"), an owner's collection named with "include" ("Jeff Dean's inventions
/// include MapReduce", "Sequoia's portfolio includes Stripe") and a rival named by the name it rivals ("Chai Research, a
/// Character.AI competitor").
/// </summary>
public static partial class ExtractionRules
{
    public const string PartneredCoordinated = "partnered-coordinated";
    public const string CompetesCoordinated = "competes-coordinated";
    public const string CompetesRivalNoun = "competes-rival-noun";
    public const string DevelopsPossessiveWorks = "develops-possessive-works";
    public const string InvestedPossessivePortfolio = "invested-possessive-portfolio";
    public const string AcquiredPossessiveAcquisitions = "acquired-possessive-acquisitions";
    public const string PartneredPossessivePartners = "partnered-possessive-partners";
    public const string UsesPossessiveCustomers = "uses-possessive-customers";

    /// <summary>
    /// Verb phrases of a mutual act that join every pair of the list of subjects before them, and the rule each gives. An
    /// object of their own after them ("partnered with OpenAI", "compete against Google") names the partner instead.
    /// </summary>
    public static FrozenDictionary<string, string> MutualActPhrases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["partnered"] = PartneredCoordinated, ["partner"] = PartneredCoordinated, ["partnering"] = PartneredCoordinated,
        ["teamed up"] = PartneredCoordinated, ["team up"] = PartneredCoordinated, ["teaming up"] = PartneredCoordinated,
        ["joined forces"] = PartneredCoordinated, ["join forces"] = PartneredCoordinated, ["joining forces"] = PartneredCoordinated,
        ["collaborated"] = PartneredCoordinated, ["collaborate"] = PartneredCoordinated, ["collaborating"] = PartneredCoordinated,
        ["formed a partnership"] = PartneredCoordinated, ["formed a strategic partnership"] = PartneredCoordinated,
        ["formed an alliance"] = PartneredCoordinated, ["announced a partnership"] = PartneredCoordinated,
        ["announced a strategic partnership"] = PartneredCoordinated, ["entered a partnership"] = PartneredCoordinated,
        ["entered into a partnership"] = PartneredCoordinated, ["signed a partnership"] = PartneredCoordinated,
        ["signed a deal"] = PartneredCoordinated, ["struck a deal"] = PartneredCoordinated, ["inked a deal"] = PartneredCoordinated,
        ["compete"] = CompetesCoordinated, ["competed"] = CompetesCoordinated, ["competing"] = CompetesCoordinated,
        ["vie"] = CompetesCoordinated, ["vied"] = CompetesCoordinated, ["vying"] = CompetesCoordinated,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a rival after the name it rivals: "Chai Research, a Character.AI competitor", "Polars is a Pandas alternative".</summary>
    public static FrozenSet<string> RivalNouns { get; } = Set("competitor", "rival", "alternative", "challenger");

    /// <summary>Prepositions that give a mutual act an object of its own: "teamed up with Oracle", "compete against Google".</summary>
    public static FrozenSet<string> MutualActObjectPrepositions { get; } = Set("with", "against", "alongside");

    /// <summary>Auxiliaries of a future or an ability before a mutual act: "Microsoft and OpenAI will partner" is not yet stated.</summary>
    public static FrozenSet<string> UnstatedActAuxiliaries { get; } = Set("will", "can", "to");
}
