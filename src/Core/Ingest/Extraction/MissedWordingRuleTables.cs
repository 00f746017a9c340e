using System.Collections.Frozen;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// The rules and word tables of wordings the trigger rules missed (rel18): an owner's works listed by example ("Dean's
/// contributions range from systems like MapReduce to …"), a work described as coming from its makers ("Neuralangelo, a paper
/// from Nvidia Research"), a company its founders are building ("X and Y are building Answer AI, a company …"), a founder
/// brought on ("brought on Danny Ryan as a co-founder"), a former head in apposition ("Brett Harrison, former president of
/// FTX US"), a product's support for or use of a class's examples ("supports models such as Claude and Gemini"), a name
/// cast as a rival ("Polars aims to be a faster alternative to Pandas", "Qwen 32B rivals the performance of top models,
/// including DeepSeek R1"), a product named before the clause that uses something inside it ("Within n8n, the agent node
/// integrates Ollama") and a product that includes a part or uses a thing, named again as "it" ("Docker Desktop is
/// recommended as it includes Docker Compose"). Each is structural: no trigger phrase of its own, so
/// <see cref="RelationExtractor"/> reads it only in its own shape.
/// </summary>
public static partial class ExtractionRules
{
    public const string DevelopsPossessiveWorksListed = "develops-possessive-works-listed";
    public const string DevelopsAppositionFrom = "develops-apposition-from";
    public const string FoundedBuildingCompany = "founded-building-company";
    public const string FoundedBroughtOn = "founded-brought-on";
    public const string LeadsFormerTitleApposition = "leads-former-title-apposition";
    public const string UsesSupportsExamples = "uses-supports-examples";
    public const string UsesFrontedWithin = "uses-fronted-within";
    public const string PartOfPronounIncludes = "part-of-pronoun-includes";
    public const string CompetesPositionedAs = "competes-positioned-as";
    public const string UsesPronounSubject = "uses-pronoun-subject";
    public const string CompetesRivalledPerformance = "competes-rivalled-performance";

    /// <summary>The rules of this file, appended to <see cref="Relations"/> (a method, so no static initialiser order matters).</summary>
    private static RelationRule[] MissedWordingRules() =>
    [
        new(DevelopsPossessiveWorksListed, RelationVocabulary.Develops, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Built, 0.7, MaxLeftGap: 0, MaxRightGap: 0, LeftPossessive: true),
        new(DevelopsAppositionFrom, RelationVocabulary.Develops, RuleDirection.RightIsSubject, [],
            EntityTypes.Organization | EntityTypes.Person, Built | EntityTypes.Publication, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(FoundedBuildingCompany, RelationVocabulary.Founded, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Founded, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(FoundedBroughtOn, RelationVocabulary.Founded, RuleDirection.RightIsSubject, [],
            EntityTypes.Person, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(LeadsFormerTitleApposition, RelationVocabulary.Leads, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(UsesSupportsExamples, RelationVocabulary.Uses, RuleDirection.LeftIsSubject, [],
            EntityTypes.Organization | EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, Usable, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
        new(UsesFrontedWithin, RelationVocabulary.Uses, RuleDirection.LeftIsSubject, [],
            EntityTypes.Organization | EntityTypes.Product | EntityTypes.Other, Usable, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
        new(PartOfPronounIncludes, RelationVocabulary.PartOf, RuleDirection.RightIsSubject, [],
            EntityTypes.Product | EntityTypes.Other, EntityTypes.Product | EntityTypes.Other, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
        new(UsesPronounSubject, RelationVocabulary.Uses, RuleDirection.LeftIsSubject, [],
            EntityTypes.Organization | EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, Usable, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
        new(CompetesPositionedAs, RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
        new(CompetesRivalledPerformance, RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
    ];

    /// <summary>Nouns of an owner's body of work: "Dean's contributions range from …", "Shazeer's innovations include …".</summary>
    public static FrozenSet<string> WorksNouns { get; } = Set(
        "contributions", "innovations", "inventions", "creations", "works", "projects", "achievements", "breakthroughs");

    /// <summary>Verbs that list an owner's works after them: "range from … to …", "span", "include".</summary>
    public static FrozenSet<string> WorksListingVerbs { get; } = Set(
        "range", "ranged", "span", "spans", "spanned", "include", "included", "includes", "encompass", "encompassed");

    /// <summary>Words a listed work may follow: the listing verb's own words, an example marker, a list's joiner.</summary>
    public static FrozenSet<string> WorkListPrecedents { get; } = Set(
        "from", "to", "like", "as", "including", ",", "and", "or", "the", "span", "spans", "spanned", "include", "included",
        "includes", "encompass", "encompassed");

    /// <summary>Nouns of a made thing that "from" its makers may describe: "Neuralangelo, a paper from Nvidia Research".</summary>
    public static FrozenSet<string> MadeFromNouns { get; } = Set(
        "paper", "model", "study", "framework", "library", "toolkit", "dataset", "benchmark", "technique", "method", "architecture");

    /// <summary>Modifiers that make "from" a supplier, not a maker: "a hosted model from Groq", "a model available from OpenRouter".</summary>
    public static FrozenSet<string> SuppliedModifiers { get; } = Set(
        "hosted", "served", "available", "accessible", "licensed", "imported", "borrowed", "quantized", "quantised", "distilled",
        "fine-tuned", "finetuned", "downloaded");

    /// <summary>Progressive verbs of making a company, after "is"/"are": "are building Answer AI, a company …".</summary>
    public static FrozenSet<string> FoundingProgressives { get; } = Set("building", "establishing", "launching", "starting", "founding", "creating");

    /// <summary>Nouns that confirm an organisation newly made: "Answer AI, a company focused on", "X, a new startup".</summary>
    public static FrozenSet<string> NewCompanyNouns { get; } = Set(
        "company", "startup", "start-up", "lab", "firm", "venture", "nonprofit", "non-profit", "organization", "organisation", "studio");

    /// <summary>Verbs of bringing a person into an organisation: "brought on Danny Ryan as a co-founder".</summary>
    public static FrozenSet<string> BringingOnVerbs { get; } = Set("brought on", "brings on", "bringing on", "brought in", "welcomed", "added", "named", "appointed");

    /// <summary>
    /// Verbs of support or use whose object may be a class followed by its examples: "supports models such as Claude",
    /// "uses several frontier models, such as Claude", "integrates with numerous frameworks, including LangChain".
    /// </summary>
    public static FrozenSet<string> SupportVerbs { get; } = Set(
        "supports", "support", "supporting", "integrates", "integrating", "uses", "using", "leverages", "leveraging", "utilizes",
        "utilizing", "utilises", "utilising", "employs", "employing");

    /// <summary>Prepositions that name a product as the place where the rest of the sentence happens: "Within n8n, …".</summary>
    public static FrozenSet<string> WithinPrepositions { get; } = Set("within", "inside", "in");

    /// <summary>Finite verbs of use that a fronted product's part may govern: "the agent node integrates Ollama".</summary>
    public static FrozenSet<string> FiniteUseVerbs { get; } = Set(
        "uses", "integrates", "utilizes", "utilises", "leverages", "employs", "calls", "connects to", "relies on", "runs on",
        "integrates with", "is powered by", "is built on");

    /// <summary>
    /// Phrases that cast their subject as what follows them: "Polars aims to be a faster alternative to Pandas", "has been
    /// positioned as a strong competitor to". An aim to be a rival is a rival already; an aim to beat one is not.
    /// </summary>
    public static FrozenSet<string> PositioningPhrases { get; } = Set(
        "aims to be", "aiming to be", "positioned as", "positions itself as", "positioning itself as", "designed to be",
        "marketed as", "pitched as", "billed as", "touted as", "emerging as", "emerged as", "emerges as", "intended to be");

    /// <summary>Verbs of rivalry before a measure: "rivals the performance of", "rivaling the capabilities of".</summary>
    public static FrozenSet<string> RivalVerbs { get; } = Set("rivals", "rival", "rivaling", "rivalling", "rivaled", "rivalled");

    /// <summary>Nouns of what a rival is measured by: "rivals the performance of top models".</summary>
    public static FrozenSet<string> MeasureNouns { get; } = Set("performance", "capabilities", "capability", "quality", "accuracy", "abilities", "power");

    /// <summary>Words that open a phrase fronted before the main clause and its subject: "Despite its size, Qwen rivals …".</summary>
    public static FrozenSet<string> FrontingWords { get; } = Set(
        "despite", "although", "though", "while", "with", "after", "since", "given", "beyond", "besides", "today", "recently",
        "now", "at", "in", "on", "for", "by");

    /// <summary>Words of a positioning phrase that would hedge anywhere else: "aims", "designed", "intended".</summary>
    public static FrozenSet<string> PositioningHedges { get; } = Set("aims", "aiming", "designed", "intended");

    /// <summary>Verbs of inclusion after a pronoun that names the clause's subject again: "as it includes Docker Compose".</summary>
    public static FrozenSet<string> PronounIncludesVerbs { get; } = Set("includes", "comes with", "ships with", "bundles", "contains");

    /// <summary>Verbs of use after such a pronoun: "because it leverages Postgres", "as it relies on several databases, including Redis".</summary>
    public static FrozenSet<string> PronounUseVerbs { get; } = Set(
        "uses", "leverages", "utilizes", "utilises", "relies on", "integrates", "integrates with", "is built on", "runs on",
        "is powered by", "employs", "builds on", "sits on top of", "is based on");
}
