using System.Collections.Frozen;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// The word tables of the rules that read a relation's wording families rather than one phrase: a relative clause or a
/// past participle in apposition ("Cursor, which uses Claude", "Cursor, built on Claude"), an organisation's title after a
/// name ("Reid Hoffman, a former OpenAI board member") and a role or act named after "its" ("its acquisition of Darabit",
/// "its CEO, Sam Altman").
/// </summary>
public static partial class ExtractionRules
{
    public const string LeadsOrganizationTitle = "leads-organization-title";
    public const string FoundedOrganizationTitle = "founded-organization-title";
    public const string WorksAtOrganizationTitle = "works-at-organization-title";
    public const string ItsAcquisition = "its-acquisition";
    public const string ItsInvestment = "its-investment";
    public const string ItsPartnership = "its-partnership";
    public const string ItsRival = "its-rival";
    public const string ItsLeader = "its-leader";
    public const string ItsFounder = "its-founder";
    public const string ItsMaker = "its-maker";
    public const string PartOfInverted = "part-of-inverted";
    public const string PartOfFeatureCalled = "part-of-feature-called";
    public const string PartOfIncludes = "part-of-includes";
    public const string InvestedFromInvestors = "invested-from-investors";
    public const string InvestedNounBy = "invested-noun-by";
    public const string UsesSupports = "uses-supports";

    /// <summary>Participles of a backer before "by": "a platform backed by OpenAI".</summary>
    public static FrozenSet<string> BackingParticiples { get; } = Set("backed", "funded", "financed", "bankrolled");

    /// <summary>Nouns of a company a backer's participle may describe besides <see cref="ProductNouns"/>: "a startup backed by".</summary>
    public static FrozenSet<string> CompanyNouns { get; } = Set("startup", "company", "firm", "lab", "business", "venture", "protocol", "project");

    /// <summary>Participles of a plan that hedge what follows their "to": "are planned to be integrated", "is slated to launch".</summary>
    public static FrozenSet<string> PlanParticiples { get; } = Set("planned", "scheduled", "slated", "intended");

    /// <summary>Prepositions that end a class noun before its examples: "into products like Photoshop" is no class of what is used.</summary>
    public static FrozenSet<string> ClassPrepositions { get; } = Set(
        "into", "onto", "in", "on", "to", "for", "with", "from", "of", "by", "at", "through", "across", "over", "as", "than", "via");

    /// <summary>
    /// Nouns of a part of a product after its possessive and the part's name: "Cursor's Composer tab", "n8n's Webhook trigger".
    /// Not "tool" or "editor": "Vercel's V0 tool" is a maker's product, "Superbase's SQL editor" edits a language.
    /// </summary>
    public static FrozenSet<string> FeatureNouns { get; } = Set(
        "feature", "features", "tab", "mode", "panel", "pane", "node", "nodes", "trigger", "component", "module", "option",
        "setting", "settings", "button", "view", "sidebar", "menu", "command", "widget", "toolbar");

    /// <summary>Nouns of a part that may open an inverted copula: "A key feature in Runway is the Motion Brush".</summary>
    public static FrozenSet<string> PartNouns { get; } = Set("feature", "features", "component", "components", "module", "modules");

    /// <summary>
    /// Words after "its" and the rule each names: "its acquisition of X" is the owner's act on X; "its CEO, X" names
    /// the owner's head, so X is the subject (the rules read right to left). No plural makers: a platform's "creators" and
    /// "developers" are those who build on it.
    /// </summary>
    public static FrozenDictionary<string, string> ItsRoleNouns { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["acquisition of"] = ItsAcquisition, ["purchase of"] = ItsAcquisition, ["takeover of"] = ItsAcquisition,
        ["investment in"] = ItsInvestment, ["investments in"] = ItsInvestment, ["stake in"] = ItsInvestment,
        ["partnership with"] = ItsPartnership, ["partnerships with"] = ItsPartnership, ["collaboration with"] = ItsPartnership,
        ["alliance with"] = ItsPartnership, ["deal with"] = ItsPartnership,
        ["rival"] = ItsRival, ["rivals"] = ItsRival, ["competitor"] = ItsRival, ["competitors"] = ItsRival,
        ["ceo"] = ItsLeader, ["chief executive"] = ItsLeader, ["president"] = ItsLeader, ["chairman"] = ItsLeader,
        ["boss"] = ItsLeader, ["leader"] = ItsLeader,
        ["founder"] = ItsFounder, ["co-founder"] = ItsFounder, ["cofounder"] = ItsFounder, ["founders"] = ItsFounder,
        ["co-founders"] = ItsFounder,
        ["creator"] = ItsMaker, ["maker"] = ItsMaker, ["developer"] = ItsMaker,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words between "its" and a role or act: "its biggest rival", "its recent acquisition of", "its former CEO".</summary>
    public static FrozenSet<string> ItsRoleModifiers { get; } = Set(
        "biggest", "main", "closest", "chief", "major", "largest", "former", "current", "longtime", "key", "strategic", "then",
        "fierce", "direct", "latest", "new", "newest", "recent", "recently", "first", "original", "own");

    /// <summary>Adverbs between a maker's participle and the noun it describes: "a tool recently released by OpenAI".</summary>
    public static FrozenSet<string> ParticipleAdverbs { get; } = Set(
        "recently", "originally", "previously", "initially", "officially", "first", "jointly", "primarily", "also", "newly");

    /// <summary>
    /// Words that open a phrase or clause inside a noun phrase ("a tool for apps", "an agent designed to build", "a
    /// framework like"): a participle after them describes their noun, unless a comma sets it back to the phrase's head.
    /// </summary>
    public static FrozenSet<string> PhraseNestingWords { get; } = Set(
        "for", "with", "of", "in", "on", "to", "from", "by", "like", "such", "as", "at", "into", "about", "can", "will");

    /// <summary>Past participles of the trigger verbs that do not end in "-ed": "Cursor, built on Claude".</summary>
    public static FrozenSet<string> IrregularParticiples { get; } = Set("built", "written");

    /// <summary>Nouns of a thing kept on a platform: "the popular YouTube channel 3Blue1Brown" names a channel, not YouTube.</summary>
    public static FrozenSet<string> PlatformPartNouns { get; } = Set(
        "channel", "channels", "account", "accounts", "page", "pages", "profile", "profiles", "feed", "handle", "server",
        "servers", "community", "communities", "subreddit", "group", "groups", "playlist", "video", "videos", "post", "posts",
        "thread", "threads", "repo", "repository", "store", "listing");

    /// <summary>Words that may open an organisation's title after a name: "Reid Hoffman, a former OpenAI board member".</summary>
    public static FrozenSet<string> TitleOpeners { get; } = Set("a", "an", "the", "former", "then", "current", "longtime", "now");

    /// <summary>Adjectives of standing before a title in a chain: "Peter Thiel, a central figure at PayPal", "a key member of".</summary>
    public static FrozenSet<string> TitleAdjectives { get; } = Set(
        "key", "central", "leading", "prominent", "early", "founding", "veteran", "influential", "top", "notable");

    /// <summary>
    /// Nouns that head a trigger without an article ("alternative to", "competitor to", "subsidiary of"): with an article and
    /// modifiers before them ("a faster alternative to") the phrase is read as the trigger.
    /// </summary>
    public static FrozenSet<string> TriggerHeadNouns { get; } = Set(
        "alternative", "competitor", "rival", "challenger", "subsidiary", "division", "unit", "part", "component", "module", "feature",
        "arm", "branch");

    /// <summary>Modifiers that never sit inside a trigger's noun phrase: a past, planned or doubtful relation ("a former unit of", "a potential rival to").</summary>
    public static FrozenSet<string> TriggerModifierStops { get; } = Set(
        "ex", "potential", "possible", "would-be", "future", "proposed", "planned", "hypothetical", "so-called", "alleged",
        "supposed", "prospective", "eventual", "former", "previous", "past", "old", "erstwhile", "at", "as", "from", "about",
        "into", "than", "like", "such", "other", "another", "any", "some", "each", "every", "this", "that", "these", "those",
        "one", "only");

    /// <summary>Gap fillers that are adjectives and may modify a trigger's noun ("a new component of", "an open-source alternative to").</summary>
    public static FrozenSet<string> TriggerModifierFillers { get; } = Set(
        "new", "latest", "popular", "famous", "well-known", "open-source", "powerful");

    /// <summary>Modals of ability before "be" and a passive participle: "can be integrated into" states what is done.</summary>
    public static FrozenSet<string> AbilityModals { get; } = Set("can");

    /// <summary>
    /// Sentence adverbials that stand between commas without changing who does what: "Cursor, however, uses Claude",
    /// "SA-1B, in contrast, leveraged the Segment Anything Model". Hedges and negations are not among them.
    /// </summary>
    public static FrozenSet<string> ParentheticalAdverbials { get; } = Set(
        "however", "in contrast", "by contrast", "for example", "for instance", "in turn", "meanwhile", "notably", "in particular",
        "in fact", "moreover", "furthermore", "additionally", "in addition", "also", "too", "likewise", "on the other hand",
        "for its part", "interestingly", "importantly", "indeed", "at the same time", "today", "now", "currently", "initially",
        "originally", "later", "eventually", "since then", "in practice", "specifically", "crucially", "notably enough",
        "as a result", "in response", "ultimately", "similarly");

    /// <summary>
    /// Modifiers that make an owner's product noun the owner's choice, not its making: "Cursor's underlying model",
    /// "Stripe's favourite tool".
    /// </summary>
    public static FrozenSet<string> ChosenProductModifiers { get; } = Set(
        "favourite", "favorite", "preferred", "go-to", "chosen", "default", "internal", "underlying", "backend", "back-end",
        "hosting", "primary", "main", "current", "existing", "previous", "former", "old", "first-party", "third-party");
}
