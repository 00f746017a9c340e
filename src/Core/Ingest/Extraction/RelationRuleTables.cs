using System.Collections.Frozen;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// The word tables of the structural relation rules that read a shape rather than one trigger phrase: a title in
/// apposition ("Microsoft's CEO, Satya Nadella"), an owner with a product in parentheses ("Google (Gemini 3)"), an owner's
/// product behind modifiers ("OpenAI's latest o1") and a contest between listed rivals ("a race between A, B and C").
/// </summary>
public static partial class ExtractionRules
{
    public const string LeadsTitleApposition = "leads-title-apposition";
    public const string FoundedTitleApposition = "founded-title-apposition";
    public const string WorksAtTitleApposition = "works-at-title-apposition";
    public const string WorksAtNameAt = "works-at-name-at";
    public const string ParentheticalProduct = "parenthetical-product";
    public const string CompetitionBetween = "competition-between";
    public const string BasedCompound = "uses-based-compound";
    public const string BackedCompound = "invested-backed-compound";
    public const string MakerNamePrefix = "maker-name-prefix";
    public const string ItsProduct = "its-product";
    public const string DevelopsPossessiveDescription = "develops-possessive-description";
    public const string OutperformsCompared = "outperforms-compared";
    public const string PartnershipBetween = "partnership-between";
    public const string WorksAtTitleChain = "works-at-title-chain";
    public const string LeadsTitleChain = "leads-title-chain";
    public const string FoundedTitleChain = "founded-title-chain";
    public const string DevelopsNounBy = "develops-noun-by";
    public const string UsesWithin = "uses-within";
    public const string ItsUses = "its-uses";
    public const string OutperformsContrast = "outperforms-contrast";
    public const string PartOfPossessiveFeature = "part-of-possessive-feature";
    public const string UsesServesAs = "uses-serves-as";
    public const string UsesSelectedAs = "uses-selected-as";
    public const string WorksAtJobBeforeName = "works-at-job-before-name";
    public const string WorksAtPossessiveOrganization = "works-at-possessive-organization";
    public const string WorksAtParenthetical = "works-at-parenthetical";
    public const string WorksAtAffiliated = "works-at-affiliated";

    /// <summary>Verbs of judgement: before a comparative ("considered better") they state a ranking, not a hedge.</summary>
    public static FrozenSet<string> JudgementVerbs { get; } = Set("considered", "regarded", "deemed", "rated", "judged", "seen");

    /// <summary>Words that open a clause conceding something of one rival before the main clause ranks another above it.</summary>
    public static FrozenSet<string> ConcessionWords { get; } = Set("while", "whereas", "although", "though");

    /// <summary>A model's class nouns: "the Phi-1 base model was trained on" has the model as its subject.</summary>
    public static FrozenSet<string> ModelNouns { get; } = Set("model", "models", "llm", "llms");

    /// <summary>Verbs of use whose object a product is said to use within it: "utilize DeepSeek V3 within the Bolt.DIY environment".</summary>
    public static FrozenSet<string> UseVerbs { get; } = Set(
        "use", "uses", "used", "using", "utilize", "utilizes", "utilized", "utilizing", "utilise", "utilises", "utilised",
        "utilising", "leverage", "leverages", "leveraged", "leveraging");

    /// <summary>
    /// Verb triggers that are also plural nouns: after a common noun they are the noun ("FTX customer funds", "sales leads"),
    /// not the verb.
    /// </summary>
    public static FrozenSet<string> PluralNounVerbs { get; } = Set(
        "funds", "backs", "uses", "powers", "leads", "heads", "runs", "tops", "rivals", "beats", "owns");

    /// <summary>
    /// Words that may follow a used organisation without making it a modifier: prepositions, conjunctions and a few
    /// adverbs ("uses OpenAI for search", "uses OpenAI and Anthropic"); any other lower-case word is the head the
    /// organisation modifies ("using FTX customer funds").
    /// </summary>
    public static FrozenSet<string> WordsAfterUsedOrganization { get; } = Set(
        "to", "for", "in", "on", "with", "and", "or", "as", "via", "through", "at", "from", "by", "into", "across", "over",
        "since", "because", "while", "when", "which", "that", "who", "where", "but", "instead", "too", "today", "now", "alone",
        "only", "again", "also", "directly", "internally", "heavily", "extensively", "exclusively", "primarily", "mainly");

    /// <summary>What an organisation supplies besides its products: "reliance on Nvidia GPUs", "built on AWS infrastructure".</summary>
    public static FrozenSet<string> OfferingNouns { get; } = Set(
        "gpu", "gpus", "hardware", "infrastructure", "cloud", "servers", "stack", "technology", "tech", "data", "datasets",
        "compute", "credits", "embeddings");

    /// <summary>Nouns of a written document: "OpenAI's Model Specification document" names a document, not a product.</summary>
    public static FrozenSet<string> DocumentNouns { get; } = Set(
        "document", "documents", "paper", "papers", "report", "reports", "memo", "essay", "essays", "letter", "manifesto",
        "whitepaper", "blog", "post", "article", "articles", "book", "specification", "spec", "guidelines");

    /// <summary>Nouns of use after "its": "its direct integration with LangChain", "its reliance on Nvidia".</summary>
    public static FrozenSet<string> ItsUseNouns { get; } = Set(
        "integration with", "integrations with", "support for", "reliance on", "dependence on", "use of", "adoption of");

    /// <summary>Words between "its" and a noun of use: "its direct integration with", "its native support for".</summary>
    public static FrozenSet<string> IntegrationModifiers { get; } = Set(
        "direct", "native", "deep", "tight", "built-in", "seamless", "new", "latest", "recent", "own", "heavy", "growing", "full");

    /// <summary>Words that end a company's own name ("Perplexity AI", "Mistral Labs", "Nvidia Corp"), not a product's.</summary>
    public static FrozenSet<string> CompanyNameSuffixes { get; } = Set(
        "AI", "Labs", "Lab", "Research", "Technologies", "Group", "Holdings", "Inc", "Incorporated", "Corp", "Corporation",
        "Company", "Co", "Ltd", "LLC", "PLC", "GmbH");

    /// <summary>Verbs of use and access: after them "by"/"from" names a provider ("models served by Groq"), not a maker.</summary>
    public static FrozenSet<string> ProvisionWords { get; } = Set(
        "use", "uses", "used", "using", "via", "through", "access", "accessed", "accessing", "serve", "serves", "served",
        "serving", "host", "hosts", "hosted", "hosting", "run", "runs", "running", "deploy", "deployed", "call", "calling",
        "available", "offered", "provided", "providing", "select", "selected", "choose", "chose", "pick");

    /// <summary>
    /// Words of provision after a provider's name: "Nebius AI Studio provides the inference", "X, a model inference provider",
    /// "a marketplace". Verbs alone ("provides", "offers") are no cue: every maker provides its own products.
    /// </summary>
    public static FrozenSet<string> ProvisionWordsAfterProvider { get; } = Set("provider", "providers", "inference", "marketplace", "aggregator");

    /// <summary>Words that may follow the head noun of a phrase: "the inference for DeepSeek R1", "a provider of models".</summary>
    public static FrozenSet<string> PhraseEndingWords { get; } = Set(
        "for", "of", "to", "in", "on", "with", "and", "or", "that", "which", "like", "such", "including");

    /// <summary>Words of provision before a provider's name: "via OpenRouter", "hosted on Groq", "Inference Provider: X".</summary>
    public static FrozenSet<string> ProvisionWordsBeforeProvider { get; } = Set("via", "provider", "providers", "hosted", "served", "offered");

    /// <summary>
    /// Staff titles that may open a person's apposition besides <see cref="TitleStartWords"/>: "Carl Shulman, a research
    /// associate at", "Reid Hoffman, a board member of".
    /// </summary>
    public static FrozenSet<string> StaffTitleWords { get; } = Set(
        "research", "associate", "advisor", "adviser", "analyst", "economist", "strategist", "manager", "member", "board",
        "professor", "cto", "cfo", "coo", "cmo", "evp", "svp", "general", "staff", "product", "software", "investor",
        "co-host", "host", "editor", "correspondent", "intern", "employee", "chair", "co-chair", "trustee", "figure",
        "physicist", "capitalist", "hire");

    /// <summary>
    /// Nouns of a scholar's or a researcher's post: "Percy Liang is a computer science professor affiliated with Stanford"
    /// names a person even when discovery left the name untyped; "a hacking group affiliated with" does not.
    /// </summary>
    public static FrozenSet<string> AffiliatedPersonNouns { get; } = Set(
        "researcher", "scientist", "engineer", "professor", "physicist", "economist", "mathematician", "fellow", "lecturer",
        "scholar", "postdoc", "investigator", "chemist", "biologist", "neuroscientist", "psychologist", "philosopher", "historian",
        "researchers", "scientists", "engineers", "professors", "physicists", "economists", "fellows", "scholars");

    /// <summary>Nouns of a thing derived from another: "a fork of Bolt.new developed by …" made the fork, not Bolt.new.</summary>
    public static FrozenSet<string> DerivationNouns { get; } = Set(
        "fork", "version", "variant", "clone", "port", "fine-tune", "finetune", "derivative", "distillation", "copy", "remake",
        "spin-off", "reimplementation", "re-implementation", "wrapper", "adaptation");

    /// <summary>Nouns of a partnership whose "between" list names partners: "the partnership between OpenAI and Microsoft".</summary>
    public static FrozenSet<string> PartnershipNouns { get; } = Set(
        "partnership", "partnerships", "collaboration", "alliance", "venture", "deal", "agreement", "tie-up");

    /// <summary>Nouns that act on what follows their "of": "the acquisition of Windsurf by OpenAI" is no maker's "by".</summary>
    public static FrozenSet<string> TakingNouns { get; } = Set(
        "acquisition", "purchase", "takeover", "buyout", "use", "adoption", "integration", "hosting", "deployment", "ban",
        "sale", "investment", "funding", "evaluation", "review", "analysis", "coverage");

    /// <summary>Heads of a name of an event or an era, which someone launched or led but did not make: "the Cultural Revolution, launched by Mao Zedong".</summary>
    public static FrozenSet<string> EventNouns { get; } = Set(
        "Revolution", "War", "Wars", "Movement", "Crisis", "Campaign", "Rebellion", "Revolt", "Uprising", "Reform", "Reforms",
        "Era", "Age", "Period", "Dynasty", "Empire", "Massacre", "Invasion", "Coup", "Purge", "Crusade", "Protests");

    /// <summary>Nouns of a thing made, after "its": "with the launch of its own LLM, Arctic", "SpaceX, with its Starship vehicle".</summary>
    public static FrozenSet<string> ProductNouns { get; } = Set(
        "model", "models", "llm", "llms", "chatbot", "assistant", "agent", "app", "tool", "platform", "release", "product",
        "products", "chip", "chips", "browser", "framework", "library", "service", "vehicle", "rocket", "device", "software",
        "system", "engine", "editor", "series", "family", "line", "version", "project", "extension", "plugin", "api", "sdk", "cli",
        "app", "apps", "tools", "agents", "assistants", "chatbots", "frameworks", "libraries", "services", "platforms", "protocol",
        "protocols");

    /// <summary>
    /// Comparatives that rank their subject above what follows "than" or "compared to": "faster than", "better benchmark
    /// scores compared to". <see cref="ReversedComparatives"/> rank it below ("slower than").
    /// </summary>
    public static FrozenSet<string> Comparatives { get; } = Set(
        "better", "faster", "quicker", "stronger", "smarter", "superior", "fast", "more accurate", "more capable",
        "more powerful", "more efficient", "more intelligent", "more reliable", "more performant", "improved", "more advanced", "more effective", "more robust", "more sophisticated", "ranks higher", "ranked higher", "scores higher", "scored higher", "outperforms",
        "outperformed", "outperforming");

    public static FrozenSet<string> ReversedComparatives { get; } = Set(
        "worse", "slower", "weaker", "inferior", "less accurate", "less capable", "less powerful", "less efficient",
        "less intelligent", "less reliable", "less effective", "less robust", "less sophisticated", "ranks lower", "ranked lower", "scores lower", "scored lower", "falls short",
        "fell short", "fall short");

    /// <summary>Words that may stand between "X's" and X's product: "OpenAI's latest o1", "Meta's own Llama".</summary>
    public static FrozenSet<string> PossessiveProductModifiers { get; } = Set(
        "latest", "new", "newest", "recent", "recently", "released", "flagship", "own", "first", "next", "upcoming",
        "open-source", "open", "source", "popular", "powerful", "original", "current", "frontier", "proprietary");

    /// <summary>Words a title in apposition starts with: "Snowflake's Head of AI", "OpenAI's Chief Research Officer".</summary>
    public static FrozenSet<string> TitleStartWords { get; } = Set(
        "ceo", "cto", "cfo", "coo", "cpo", "chief", "president", "chairman", "chairwoman", "chair", "founder", "co-founder",
        "cofounder", "head", "vp", "vice", "director", "senior", "lead", "principal", "researcher", "engineer", "scientist",
        "partner", "managing", "boss", "leader", "executive", "fellow", "co-ceo", "gm");

    /// <summary>Titles that lead the organisation ("Microsoft's CEO"); any other title there works at it.</summary>
    public static FrozenSet<string> LeaderTitles { get; } = Set(
        "ceo", "chief executive", "chief executive officer", "president", "chairman", "chairwoman", "chair", "boss", "leader",
        "executive chairman", "co-ceo", "gm", "general manager");

    /// <summary>Titles of a maker later in a person's chain of titles: "an AI researcher and creator of Keras" made Keras.</summary>
    public static FrozenSet<string> MakerTitles { get; } = Set("creator", "co-creator", "inventor", "co-inventor");

    /// <summary>Titles that found the organisation: "CEO and co-founder of Contextual AI" both leads and founded it.</summary>
    public static FrozenSet<string> FounderTitles { get; } = Set("founder", "co-founder", "cofounder");

    /// <summary>Nouns of a contest whose "between"/"among" list names rivals: "a race between Copilot, Cursor, and Windsurf".</summary>
    public static FrozenSet<string> CompetitionNouns { get; } = Set(
        "race", "competition", "rivalry", "battle", "war", "wars", "fight", "showdown", "contest", "competing", "compete");

    /// <summary>Suffixes of a compound that makes its first part the base of what it describes: "a Python-based UI framework".</summary>
    public static IReadOnlyList<string> BasedSuffixes { get; } = ["-based", "-powered", "-backed"];

    /// <summary>
    /// Suffixes of a compound whose first part, an organisation or a person, invested in what it describes: "an
    /// OpenAI-backed startup", "the Sequoia-funded Stripe". What else backs a thing is its base ("Bitcoin-backed loans").
    /// </summary>
    public static IReadOnlyList<string> BackingSuffixes { get; } = ["-backed", "-funded"];

    /// <summary>Adverbs allowed between a contest noun and "between": "a race primarily between".</summary>
    public static FrozenSet<string> CompetitionAdverbs { get; } = Set(
        "primarily", "particularly", "mainly", "mostly", "largely", "especially", "chiefly", "heating", "up", "now", "currently",
        "intensifying", "fierce", "growing", "is", "are");

    /// <summary>
    /// A passive of making a pact public between its noun and "between": "a partnership has been announced between A and B",
    /// "a deal was struck between". Not "will" or "could": a pact still to come is no pact (the hedge cancels it anyway).
    /// </summary>
    public static FrozenSet<string> PairAnnouncementWords { get; } = Set(
        "has", "have", "had", "was", "were", "been", "announced", "formed", "signed", "struck", "forged", "sealed", "reached",
        "established", "unveiled", "inked");

    /// <summary>
    /// Words allowed between a subject that opens its clause and its verb: auxiliaries, aspect verbs and light adverbs
    /// ("Perplexity has also started using"); any word ending in "-ly" counts as an adverb too.
    /// </summary>
    public static FrozenSet<string> SubjectVerbWords { get; } = Set(
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does", "do", "did", "will", "can", "now",
        "also", "still", "already", "just", "even", "then", "too", "again", "often", "always", "started", "starts", "begun",
        "began", "begins", "continues", "continued", "keeps", "kept", "itself", "themselves", "reportedly", "increasingly");

    /// <summary>Role nouns that may stand before a subject's name without taking its place: "author Dan Shipper".</summary>
    public static FrozenSet<string> SubjectRoleWords { get; } = Set(
        "author", "writer", "host", "co-host", "guest", "investor", "founder", "co-founder", "cofounder", "ceo", "cto",
        "analyst", "journalist", "entrepreneur", "developer", "engineer", "researcher", "professor", "creator", "youtuber",
        "startup", "company", "lab", "firm");

    /// <summary>Verbs of choosing a tool for a role: "In BoltDIY, select OpenRouter as the provider".</summary>
    public static FrozenSet<string> SelectionVerbs { get; } = Set("select", "choose", "pick", "set", "configure", "selecting", "choosing");

    /// <summary>Roles a chosen tool plays in a product: "as the provider", "as your vector store", "as the default LLM".</summary>
    public static FrozenSet<string> RoleNouns { get; } = Set(
        "provider", "model", "llm", "backend", "back-end", "database", "store", "engine", "embedder", "server", "runtime", "host");

    /// <summary>Units of an organisation's staff: one who joins "OpenAI's research team" or "Google's board" works at it.</summary>
    public static FrozenSet<string> StaffUnitNouns { get; } = Set("team", "board", "staff", "workforce", "lab", "division", "department");

    /// <summary>Nouns of an owner's interface that stand for the owner: "Anthropic uses Brave's API" uses Brave.</summary>
    public static FrozenSet<string> InterfaceNouns { get; } = Set(
        "api", "apis", "sdk", "sdks", "cli", "endpoint", "endpoints", "model", "models");
}
