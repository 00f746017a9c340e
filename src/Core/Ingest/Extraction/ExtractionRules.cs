using System.Collections.Frozen;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>Which way a relation rule reads: the mention left of the trigger is the subject, or the one right of it.</summary>
public enum RuleDirection
{
    LeftIsSubject,
    RightIsSubject,
}

/// <summary>
/// One named relation rule: <c>left-mention gap trigger gap right-mention</c>. <see cref="Triggers"/> are lower-case word
/// sequences ("invested in"); an empty list makes a structural rule that fires on the shape alone (see
/// <see cref="ExtractionRules.PossessiveProduct"/>). <see cref="MaxLeftGap"/> and <see cref="MaxRightGap"/> bound the
/// words allowed between the trigger and each mention; <see cref="LeftPossessive"/> requires "X's" on the left mention;
/// <see cref="LeftInSentence"/> takes the nearest mention before the trigger anywhere in its sentence and clause;
/// <see cref="SubjectOpensClause"/> requires the left mention to open its clause with only auxiliaries and adverbs before
/// the trigger ("Perplexity now uses X", not "a Python app using X").
/// </summary>
public sealed record RelationRule(
    string Name,
    string Predicate,
    RuleDirection Direction,
    IReadOnlyList<string> Triggers,
    EntityTypes SubjectTypes,
    EntityTypes ObjectTypes,
    double Confidence,
    int MaxLeftGap = 4,
    int MaxRightGap = 3,
    bool LeftPossessive = false,
    bool LeftInSentence = false,
    bool SubjectOpensClause = false);

/// <summary>A set of entity types a rule accepts for one side.</summary>
[Flags]
public enum EntityTypes
{
    None = 0,
    Organization = 1,
    Person = 2,
    Model = 4,
    Product = 8,
    Concept = 16,
    Token = 32,
    Publication = 64,
    Place = 128,
    Other = 256,
    Agent = Organization | Person | Other,
    Artifact = Model | Product | Other,
    Any = Organization | Person | Model | Product | Concept | Token | Publication | Place | Other,
}

/// <summary>
/// Every word list and rule the extraction stage uses, in one place: the knowledge lives here, the matchers in
/// <see cref="EntityDiscoverer"/> and <see cref="RelationExtractor"/> are generic. Bump <see cref="Version"/> whenever a
/// table changes, so stored notes are re-extracted.
/// </summary>
public static partial class ExtractionRules
{
    public const string Version = "extraction-17";

    public const string PossessiveProduct = "possessive-product";
    public const string OrganizationProductCompound = "organization-product-compound";
    public const string PossessiveOrganization = "possessive-organization";

    // Maker rules that MakerFacts sorts into statements and shapes.
    public const string DevelopsActive = "develops-active";
    public const string DevelopsPassive = "develops-passive";
    public const string DevelopsPossessiveModel = "develops-possessive-model";
    public const string DevelopsProductBy = "develops-product-by";
    public const string DevelopsMakerOf = "develops-maker-of";
    public const string DevelopsCreatorOf = "develops-creator-of";
    public const string DevelopsMakerBeforeName = "develops-maker-before-name";
    public const string DevelopsPossessiveCreator = "develops-possessive-creator";
    public const string DevelopsMakerNounName = "develops-maker-noun-name";

    public static EntityTypes ToSet(EntityType type) => type switch
    {
        EntityType.Organization => EntityTypes.Organization,
        EntityType.Person => EntityTypes.Person,
        EntityType.Model => EntityTypes.Model,
        EntityType.Product => EntityTypes.Product,
        EntityType.Concept => EntityTypes.Concept,
        EntityType.Token => EntityTypes.Token,
        EntityType.Publication => EntityTypes.Publication,
        EntityType.Place => EntityTypes.Place,
        _ => EntityTypes.Other,
    };

    private const EntityTypes Builder = EntityTypes.Organization | EntityTypes.Person | EntityTypes.Other;
    private const EntityTypes Built = EntityTypes.Model | EntityTypes.Product | EntityTypes.Token | EntityTypes.Other;
    private const EntityTypes Leader = EntityTypes.Person | EntityTypes.Other;
    private const EntityTypes Company = EntityTypes.Organization | EntityTypes.Other;
    // "LiveKit, founded by Russ D'Sa", "Kieran, the GM of Kora": what a founding verb or a leader's title names is an
    // organisation, even one discovery typed a product.
    private const EntityTypes Founded = Company | EntityTypes.Product;
    private const EntityTypes Investee = EntityTypes.Organization | EntityTypes.Product | EntityTypes.Token | EntityTypes.Other;
    private const EntityTypes Competitor = EntityTypes.Organization | EntityTypes.Model | EntityTypes.Product | EntityTypes.Token | EntityTypes.Other;
    private const EntityTypes User = EntityTypes.Organization | EntityTypes.Person | EntityTypes.Model | EntityTypes.Product | EntityTypes.Other;
    // Not Concept: "integrating LLMs", "uses RAG" name a kind of thing, and a relation joins two named entities.
    private const EntityTypes Usable = EntityTypes.Model | EntityTypes.Product | EntityTypes.Token | EntityTypes.Organization | EntityTypes.Other;

    /// <summary>The relation rules, most specific first: at one trigger position the longest trigger wins.</summary>
    public static IReadOnlyList<RelationRule> Relations { get; } =
    [
        // DEVELOPS
        new(DevelopsActive, RelationVocabulary.Develops, RuleDirection.LeftIsSubject,
            ["released", "releases", "launched", "launches", "built", "builds", "developed", "develops", "created", "creates",
             "unveiled", "unveils", "introduced", "introduces", "announced", "announces", "shipped", "ships", "open-sourced",
             "open sourced", "debuted", "rolled out", "trained", "is developing",
             "is building", "dropped", "published", "developing", "releasing", "launching", "open-sourcing",
             "designed", "designs", "invented", "invents", "co-developed", "co-develops", "co-created", "pioneered"],
            Builder, Built, 0.85, MaxLeftGap: 3, MaxRightGap: 5),
        new(DevelopsPassive, RelationVocabulary.Develops, RuleDirection.RightIsSubject,
            ["developed by", "built by", "created by", "released by", "made by", "launched by", "trained by", "designed by",
             "invented by", "co-developed by", "co-created by", "open-sourced by", "introduced by", "unveiled by", "pioneered by"],
            Builder, Built, 0.8, MaxLeftGap: 1, MaxRightGap: 1),
        new(DevelopsPossessiveModel, RelationVocabulary.Develops, RuleDirection.LeftIsSubject,
            ["model", "models", "new model", "latest model", "flagship model", "chatbot", "assistant", "agent", "app", "tool", "platform",
             "release", "recent release", "latest release", "new release", "llm", "latest llm", "new llm", "product", "new product",
             "latest product", "release of", "launch of", "unveiling of", "introduction of", "recent release of", "latest release of",
             // "OpenAI's latest offering, Codex": what a maker offers under its own possessive is its product.
             "offering", "new offering", "latest offering", "newest offering", "flagship offering"],
            Builder, Built, 0.8, MaxLeftGap: 0, MaxRightGap: 0, LeftPossessive: true),
        new(PossessiveProduct, RelationVocabulary.Develops, RuleDirection.LeftIsSubject, [],
            Builder, EntityTypes.Model | EntityTypes.Product, 0.8, MaxLeftGap: 0, MaxRightGap: 0, LeftPossessive: true),
        new(OrganizationProductCompound, RelationVocabulary.Develops, RuleDirection.LeftIsSubject, [],
            EntityTypes.Organization, EntityTypes.Model | EntityTypes.Product, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(MakerNamePrefix, RelationVocabulary.Develops, RuleDirection.LeftIsSubject, [],
            EntityTypes.Organization, EntityTypes.Model | EntityTypes.Product, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "the Open Deep Researcher by Mac": a product right before "by" and its maker right after.
        new(DevelopsProductBy, RelationVocabulary.Develops, RuleDirection.RightIsSubject, ["by"],
            Builder, EntityTypes.Model | EntityTypes.Product, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(DevelopsNounBy, RelationVocabulary.Develops, RuleDirection.RightIsSubject, [],
            Builder, EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(ItsProduct, RelationVocabulary.Develops, RuleDirection.LeftIsSubject, [],
            Company, EntityTypes.Model | EntityTypes.Product, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Gemini 2.0 Flash – Google's new AI model", "Llama, Meta's open model": a name described by its maker's possessive.
        new(DevelopsPossessiveDescription, RelationVocabulary.Develops, RuleDirection.LeftIsSubject, [],
            Company, Built, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(ParentheticalProduct, RelationVocabulary.Develops, RuleDirection.LeftIsSubject, [],
            EntityTypes.Organization, EntityTypes.Model | EntityTypes.Product, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        // "Satoshi (creator of Bitcoin)", "OpenAI, the maker of ChatGPT", "Anthropic, the company behind Claude".
        new(DevelopsMakerOf, RelationVocabulary.Develops, RuleDirection.LeftIsSubject,
            ["creator of", "creators of", "co-creator of", "co-creators of", "maker of", "makers of", "developer of", "developers of",
             "inventor of", "the creator of", "the creators of", "the co-creator of", "the maker of", "the makers of", "the developer of",
             "the developers of", "the inventor of", "the company behind", "the team behind", "the startup behind", "the lab behind", "the people behind"],
            Builder, Built, 0.8, MaxLeftGap: 1, MaxRightGap: 1),
        // "Donnie, creator of the Nervous System Mastery course": a person's maker title crosses the apposition's comma.
        new(DevelopsCreatorOf, RelationVocabulary.Develops, RuleDirection.LeftIsSubject,
            ["creator of", "creators of", "co-creator of", "inventor of"],
            EntityTypes.Person, Built, 0.8, MaxLeftGap: 1, MaxRightGap: 1),
        // "ChatGPT maker OpenAI": the maker's noun between the product and the maker. Not "creator" without a possessive:
        // "YouTube creator MrBeast" makes videos on YouTube.
        new(DevelopsMakerBeforeName, RelationVocabulary.Develops, RuleDirection.RightIsSubject,
            ["maker", "co-creator", "inventor"],
            Builder, Built, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        // "The Hugging Face library PEFT": an organisation, a noun of a code package and the package's name.
        new(DevelopsMakerNounName, RelationVocabulary.Develops, RuleDirection.LeftIsSubject,
            ["library", "framework", "toolkit"],
            EntityTypes.Organization, EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Bitcoin's creator, Satoshi Nakamoto".
        new(DevelopsPossessiveCreator, RelationVocabulary.Develops, RuleDirection.RightIsSubject,
            ["creator", "co-creator", "inventor", "maker"],
            Builder, Built, 0.75, MaxLeftGap: 0, MaxRightGap: 0, LeftPossessive: true),
        new(ItsMaker, RelationVocabulary.Develops, RuleDirection.RightIsSubject, [],
            Builder, Built, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Jeff Dean's inventions include MapReduce and BigTable": an owner's works named as a collection.
        new(DevelopsPossessiveWorks, RelationVocabulary.Develops, RuleDirection.LeftIsSubject,
            ["contributions include", "contributions included", "inventions include", "inventions included", "innovations include",
             "innovations included", "creations include", "creations included", "projects include", "projects included"],
            Builder, Built, 0.75, MaxLeftGap: 0, MaxRightGap: 2, LeftPossessive: true),

        // FOUNDED
        new(PossessiveOrganization, RelationVocabulary.Founded, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, EntityTypes.Organization, 0.6, MaxLeftGap: 0, MaxRightGap: 0, LeftPossessive: true),
        new("founded-active", RelationVocabulary.Founded, RuleDirection.LeftIsSubject,
            ["founded", "co-founded", "cofounded", "started", "established"],
            Leader | EntityTypes.Organization, Company, 0.85, MaxLeftGap: 2, MaxRightGap: 1),
        new("founded-title-of", RelationVocabulary.Founded, RuleDirection.LeftIsSubject,
            ["founder of", "co-founder of", "cofounder of", "founders of", "co-founders of", "founder and ceo of", "co-founder and ceo of",
             "ceo and founder of", "ceo and co-founder of", "ceo and cofounder of"],
            Leader, Founded, 0.85, MaxLeftGap: 1, MaxRightGap: 1),
        new("founded-passive", RelationVocabulary.Founded, RuleDirection.RightIsSubject,
            ["founded by", "co-founded by", "cofounded by", "started by", "established by"],
            Leader | EntityTypes.Organization, Founded, 0.85, MaxLeftGap: 1, MaxRightGap: 0),
        new("founded-title-before-name", RelationVocabulary.Founded, RuleDirection.RightIsSubject,
            ["founder", "co-founder", "cofounder"],
            Leader, Company, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(FoundedTitleApposition, RelationVocabulary.Founded, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.8, MaxLeftGap: 0, MaxRightGap: 0),
        new(FoundedOrganizationTitle, RelationVocabulary.Founded, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(ItsFounder, RelationVocabulary.Founded, RuleDirection.RightIsSubject, [],
            Leader, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0),

        // LEADS
        new("leads-title-of", RelationVocabulary.Leads, RuleDirection.LeftIsSubject,
            ["ceo of", "chief executive of", "head of", "president of", "chairman of", "chair of", "director of", "leader of",
             "chief executive officer of", "runs", "leads",
             "heads", "ceo at", "head at", "founder and ceo of", "co-founder and ceo of", "ceo and founder of",
             "ceo and co-founder of", "ceo and cofounder of", "co-ceo of", "co-ceos of", "gm of", "general manager of"],
            Leader, Founded, 0.85, MaxLeftGap: 1, MaxRightGap: 1),
        new("leads-title-before-name", RelationVocabulary.Leads, RuleDirection.RightIsSubject,
            ["ceo", "chief executive", "president", "chairman", "head", "boss", "founder and ceo", "co-founder and ceo"],
            Leader, Company, 0.8, MaxLeftGap: 0, MaxRightGap: 0),
        new("leads-passive", RelationVocabulary.Leads, RuleDirection.RightIsSubject,
            ["led by", "headed by", "run by"],
            Leader, Company, 0.75, MaxLeftGap: 1, MaxRightGap: 0),
        // "Runway, led by CEO Chris Valenzuela", "Lorra, led by CEO and co-founder Max Unistron": the leader's title names
        // what is led an organisation, even one discovery typed a product, as a leader's title after a name does.
        new("leads-passive-title", RelationVocabulary.Leads, RuleDirection.RightIsSubject,
            ["led by ceo", "headed by ceo", "run by ceo", "led by chief executive", "led by ceo and co-founder", "led by ceo and founder",
             "led by ceo and cofounder", "led by co-founder and ceo", "led by founder and ceo", "led by cofounder and ceo"],
            Leader, Founded, 0.8, MaxLeftGap: 1, MaxRightGap: 0),
        new("founded-passive-title", RelationVocabulary.Founded, RuleDirection.RightIsSubject,
            ["led by ceo and co-founder", "led by ceo and founder", "led by ceo and cofounder", "led by co-founder and ceo",
             "led by founder and ceo", "led by cofounder and ceo"],
            Leader, Founded, 0.8, MaxLeftGap: 1, MaxRightGap: 0),
        new(LeadsTitleApposition, RelationVocabulary.Leads, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.8, MaxLeftGap: 0, MaxRightGap: 0),
        new(LeadsOrganizationTitle, RelationVocabulary.Leads, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(ItsLeader, RelationVocabulary.Leads, RuleDirection.RightIsSubject, [],
            Leader, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0),

        // WORKS_AT
        new("works-at", RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject,
            ["works at", "works for", "worked at", "worked for", "joined", "researcher at", "engineer at", "scientist at",
             "employed by", "employed at", "hired by", "joins", "employee at", "investor at", "partner at", "professor at", "researcher from", "associate at",
             "fellow at", "analyst at", "economist at", "strategist at", "manager at", "executive at", "advisor at", "adviser at",
             "cto of", "cto at", "chief technology officer of", "chief technology officer at", "chief scientist of", "chief scientist at",
             "cfo of", "cfo at", "coo of", "coo at", "board member of", "board member at",
             "employee of", "developer at", "designer at", "lead at", "director at", "vp at", "intern at", "consultant at",
             "staffer at", "member of technical staff at",
             // One who left, quit or returned to an organisation worked there (a former role still counts).
             "left", "quit", "departed", "rejoined", "returned to", "resigned from"],
            EntityTypes.Person, Company, 0.7, MaxLeftGap: 1, MaxRightGap: 0),
        // "Adam Brown is a theoretical physicist affiliated with Stanford University and Google DeepMind": an affiliation after
        // a person's description of up to three words (a wider gap than "works at", whose job noun is part of the trigger).
        // A name discovery left untyped takes it only after a scholar's noun (RelationExtractor.TryApply).
        new(WorksAtAffiliated, RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject,
            ["affiliated with"],
            Leader, Company, 0.7, MaxLeftGap: 3, MaxRightGap: 0),
        // "Ben Chow from Meteora", "Jan Leike of Anthropic": the bare prepositions only right after the name. With a word
        // between, the preposition belongs to that word: "an idea for Sloan came from Stanford research".
        new("works-at-from", RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject, ["from", "of"],
            EntityTypes.Person, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Mark Chen at OpenAI said": a person's name right before "at" and an organisation's right after it. Only an
        // organisation: "Sam Altman at Davos", "Jensen Huang at Computex" name where someone spoke.
        new(WorksAtNameAt, RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject, ["at"],
            EntityTypes.Person, EntityTypes.Organization, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Jeremy Howard's previous work at fast.ai": a person's time at an organisation is time working there.
        new("works-at-possessive-tenure", RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject,
            ["work at", "previous work at", "earlier work at", "former work at", "time at", "previous time at", "tenure at",
             "previous tenure at", "stint at", "previous stint at", "role at", "previous role at", "former role at", "years at",
             "career at", "job at", "previous job at", "days at"],
            EntityTypes.Person, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0, LeftPossessive: true),
        // "Nvidia CTO Michael Kagan": an officer's title between the organisation and the name. A chief technology officer
        // or scientist works at the company; only its head leads it. Job words ("Engineer", "Researcher") are left out:
        // in "Computer Vision Engineer AI Startups" they run between two names that are no organisation and no person.
        new("works-at-title-before-name", RelationVocabulary.WorksAt, RuleDirection.RightIsSubject,
            ["cto", "chief technology officer", "chief scientist", "cfo", "coo", "board member"],
            EntityTypes.Person, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "OpenAI researcher Noam Brown", "Bloomberg analyst Jane Doe": a job noun between an organisation and a person's name.
        // One word each: a longer trigger ("general partner") would hide the shorter "partner at" starting inside it.
        // Only a typed organisation and person, unlike the officer titles above: job words run between names of
        // anything ("Computer Vision Engineer AI Startups").
        new(WorksAtJobBeforeName, RelationVocabulary.WorksAt, RuleDirection.RightIsSubject,
            ["researcher", "scientist", "engineer", "analyst", "economist", "investor", "partner", "reporter", "journalist",
             "correspondent", "executive", "exec", "employee", "developer", "designer", "spokesperson", "spokesman",
             "spokeswoman", "strategist", "staffer", "partners", "researchers", "engineers", "scientists", "investors"],
            EntityTypes.Person, EntityTypes.Organization, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "OpenAI's Mark Chen", "Sam Altman (OpenAI)": a person named with an organisation's possessive, or with the
        // organisation in parentheses.
        new(WorksAtPossessiveOrganization, RelationVocabulary.WorksAt, RuleDirection.RightIsSubject, [],
            EntityTypes.Person, EntityTypes.Organization, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
        new(WorksAtParenthetical, RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, EntityTypes.Organization, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
        new(WorksAtTitleApposition, RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(WorksAtOrganizationTitle, RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(WorksAtTitleChain, RelationVocabulary.WorksAt, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(LeadsTitleChain, RelationVocabulary.Leads, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(FoundedTitleChain, RelationVocabulary.Founded, RuleDirection.LeftIsSubject, [],
            EntityTypes.Person, Company, 0.75, MaxLeftGap: 0, MaxRightGap: 0),

        // INVESTED_IN
        new("invested-active", RelationVocabulary.InvestedIn, RuleDirection.LeftIsSubject,
            ["invested in", "invests in", "investing in", "investment in", "funded", "funds", "backed", "backs",
             "led a round in", "led the round in", "led funding in", "stake in", "poured", "bet on", "financed", "invested", "invests",
             "investor in", "an investor in", "early investor in", "an early investor in"],
            Builder, Investee, 0.85, MaxLeftGap: 4, MaxRightGap: 2),
        new("invested-passive", RelationVocabulary.InvestedIn, RuleDirection.RightIsSubject,
            ["backed by", "funded by", "financed by", "investment from", "investments from", "funding from", "invested in by"],
            Builder, Investee, 0.85, MaxLeftGap: 1, MaxRightGap: 1),
        // "Speak.com, an English language learning platform backed by OpenAI": a described name and a backer's participle.
        new(InvestedNounBy, RelationVocabulary.InvestedIn, RuleDirection.RightIsSubject, [],
            Builder, Investee, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(BackedCompound, RelationVocabulary.InvestedIn, RuleDirection.LeftIsSubject, [],
            Builder, Investee, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Haen raised $60 million at a $500 million valuation from investors including Benchmark": the investors named
        // after the raise invested in the name the sentence is about.
        new(InvestedFromInvestors, RelationVocabulary.InvestedIn, RuleDirection.RightIsSubject,
            ["from investors including", "from investors like", "from investors such as", "from investors, including",
             "from backers including", "from backers like", "from backers such as", "from investors that include",
             "from investors which include"],
            Builder, Investee, 0.7, MaxLeftGap: 20, MaxRightGap: 0, LeftInSentence: true),
        new(ItsInvestment, RelationVocabulary.InvestedIn, RuleDirection.LeftIsSubject, [],
            Builder, Investee, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Sequoia's portfolio includes Stripe", "a16z's investments include Coinbase".
        new(InvestedPossessivePortfolio, RelationVocabulary.InvestedIn, RuleDirection.LeftIsSubject,
            ["investments include", "investments included", "portfolio includes", "portfolio included", "portfolio companies include",
             "portfolio companies included"],
            Builder, Investee, 0.75, MaxLeftGap: 0, MaxRightGap: 2, LeftPossessive: true),

        // ACQUIRED
        new("acquired-active", RelationVocabulary.Acquired, RuleDirection.LeftIsSubject,
            ["acquired", "acquires", "bought", "buys", "purchased", "took over", "acquisition of", "merged with", "acquiring", "snapped up"],
            Builder, Investee | EntityTypes.Model, 0.85, MaxLeftGap: 3, MaxRightGap: 1),
        // "Robinhood has also made a significant move by acquiring WonderFi": the means clause reaches back to its subject.
        new("acquired-by-gerund", RelationVocabulary.Acquired, RuleDirection.LeftIsSubject,
            ["by acquiring", "its acquisition of"],
            Builder, Investee | EntityTypes.Model, 0.8, MaxLeftGap: 7, MaxRightGap: 1),
        new("acquired-passive", RelationVocabulary.Acquired, RuleDirection.RightIsSubject,
            ["acquired by", "bought by", "purchased by", "taken over by"],
            Builder, Investee | EntityTypes.Model, 0.85, MaxLeftGap: 1, MaxRightGap: 0),
        new(ItsAcquisition, RelationVocabulary.Acquired, RuleDirection.LeftIsSubject, [],
            Builder, Investee | EntityTypes.Model, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(AcquiredPossessiveAcquisitions, RelationVocabulary.Acquired, RuleDirection.LeftIsSubject,
            ["acquisitions include", "acquisitions included"],
            Builder, Investee | EntityTypes.Model, 0.75, MaxLeftGap: 0, MaxRightGap: 2, LeftPossessive: true),

        // PARTNERED_WITH
        new("partnered-with", RelationVocabulary.PartneredWith, RuleDirection.LeftIsSubject,
            ["partnered with", "partners with", "partnering with", "partnership with", "partnerships with", "collaborated with",
             "collaborates with", "collaborating with", "teamed up with", "teams up with", "deal with", "alliance with",
             "collaboration with", "joined forces with", "joins forces with", "signed a deal with", "inked a deal with",
             "struck a deal with", "teamed with"],
            Competitor, Competitor, 0.8, MaxLeftGap: 4, MaxRightGap: 1),

        new(PartnershipBetween, RelationVocabulary.PartneredWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(ItsPartnership, RelationVocabulary.PartneredWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(PartneredPossessivePartners, RelationVocabulary.PartneredWith, RuleDirection.LeftIsSubject,
            ["partners include", "partners included"],
            Competitor, Competitor, 0.75, MaxLeftGap: 0, MaxRightGap: 2, LeftPossessive: true),
        new(PartneredCoordinated, RelationVocabulary.PartneredWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.7, MaxLeftGap: 0, MaxRightGap: 0),

        // COMPETES_WITH
        new("competes-with", RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject,
            ["competes with", "competing with", "compete with", "competitor to", "competitor of", "rival to", "rival of",
             "rivals", "competes against", "competing against", "takes on", "alternative to", "competed with",
             "competed against", "competes directly with", "compete directly with", "competing directly with", "rivaling",
             "rivalling", "rivaled", "rivalled", "vying with", "vies with", "head-to-head with",
             // General wordings of a contest (rel13): "a challenger to", "in competition with", "goes up against". Not "a
             // replacement for": "Langfuse provides a drop-in replacement for the OpenAI client" replaces a maker's part.
             "challenger to", "a challenger to", "in competition with", "in direct competition with", "competition with",
             "rivalry with", "up against", "goes up against", "going up against", "went up against", "competes head-to-head with",
             "competing head-to-head with", "challenging"],
            Competitor, Competitor, 0.75, MaxLeftGap: 3, MaxRightGap: 1),
        // "the ecosystem expanded to include competitors like Cursor": the rivals of what the sentence is about.
        new("competitors-like", RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject,
            ["competitors like", "competitors such as", "competitors including", "rivals like", "rivals such as", "rivals including",
             "competitors, such as", "competitors, like", "competitors, including", "competing models like", "competing models such as",
             "competing products like", "competing products such as", "competing tools like", "competing tools such as",
             "competing platforms like", "competing services like", "competing apps like", "rival models like", "rival products like"],
            Competitor, Competitor, 0.7, MaxLeftGap: 20, MaxRightGap: 0, LeftInSentence: true),
        // "OpenAI's rival Anthropic": a rival named with its owner's possessive.
        new("competes-possessive-rival", RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject,
            ["rival", "rivals", "competitor", "competitors", "main rival", "biggest rival", "closest rival", "chief rival",
             "main competitor", "biggest competitor", "closest competitor", "competitors include", "competitors included",
             "rivals include", "rivals included"],
            Competitor, Competitor, 0.75, MaxLeftGap: 0, MaxRightGap: 0, LeftPossessive: true),
        new(CompetitionBetween, RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject, [],
            Competitor | EntityTypes.Place, Competitor | EntityTypes.Place, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        new(ItsRival, RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(CompetesCoordinated, RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(CompetesRivalNoun, RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.7, MaxLeftGap: 0, MaxRightGap: 0),

        // OUTPERFORMS
        new("outperforms", RelationVocabulary.Outperforms, RuleDirection.LeftIsSubject,
            ["outperforms", "outperformed", "outperforming", "beats", "beat", "beating", "surpasses", "surpassed", "surpassing",
             "outpaces", "outpaced", "exceeds", "exceeded", "tops", "topped", "outscored", "outscores",
             "ahead of", "overtook", "overtakes", "eclipsed", "outclasses", "superior to", "outshines", "outshone",
             "recommended over", "preferred over", "favored over", "favoured over", "chosen over", "an improvement over",
             "improves on", "improves upon", "improved on", "improved upon", "bested", "outdid", "outdoes", "edged out", "edges out"],
            Competitor, Competitor, 0.8, MaxLeftGap: 4, MaxRightGap: 4),
        new(OutperformsCompared, RelationVocabulary.Outperforms, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.75, MaxLeftGap: 0, MaxRightGap: 0),
        // "While DeepSeek V3 can be helpful, Claude's Sonnet 3.5 was observed to be superior": the main clause ranks its
        // subject above the conceded one.
        new(OutperformsContrast, RelationVocabulary.Outperforms, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new("outperformed-by", RelationVocabulary.Outperforms, RuleDirection.RightIsSubject,
            ["outperformed by", "surpassed by", "beaten by", "trails", "trailed", "inferior to", "lags behind", "lagged behind", "lagging behind", "falls behind",
             "fell behind"],
            Competitor, Competitor, 0.75, MaxLeftGap: 1, MaxRightGap: 1),
        // "Claude and GPT generally outperform local models such as Qwen and Llama": the base form after a plural or listed
        // subject; "designed to outperform" and "will outperform" state an aim or a prediction (BaseFormUnstatedBefore).
        new(OutperformsBaseForm, RelationVocabulary.Outperforms, RuleDirection.LeftIsSubject,
            ["outperform", "surpass", "outpace", "outclass", "outshine", "outscore", "overtake", "consistently outperform",
             "significantly outperform", "generally outperform", "often outperform", "clearly outperform"],
            Competitor, Competitor, 0.75, MaxLeftGap: 3, MaxRightGap: 4),
        // "Voiceflow offers advantages over other tools like n8n", "Claude has an edge over Gemini".
        new(OutperformsAdvantage, RelationVocabulary.Outperforms, RuleDirection.LeftIsSubject,
            ["advantage over", "advantages over", "edge over", "an edge over", "the edge over", "an advantage over",
             "clear advantage over", "significant advantage over", "significant advantages over", "key advantages over",
             "several advantages over", "distinct advantages over", "competitive advantage over"],
            Competitor, Competitor, 0.7, MaxLeftGap: 3, MaxRightGap: 4),
        // "SpaceX is one of the leading companies, even outperforming China": a participle after a comma ranks the claim's
        // opening subject (RelationExtractor.FindOpeningSubjectParticiples).
        new(OutperformsParticiple, RelationVocabulary.Outperforms, RuleDirection.LeftIsSubject, [],
            Competitor | EntityTypes.Place, Competitor | EntityTypes.Place, 0.7, MaxLeftGap: 0, MaxRightGap: 4),
        new(CompetesParticiple, RelationVocabulary.CompetesWith, RuleDirection.LeftIsSubject, [],
            Competitor, Competitor, 0.7, MaxLeftGap: 0, MaxRightGap: 4),

        // USES
        new("uses-active", RelationVocabulary.Uses, RuleDirection.LeftIsSubject,
            ["uses", "using", "is built on", "built in", "built with", "written in", "written with", "is written in", "are written in",
             "was written in", "is built with", "was built with", "was built on", "are built on", "is built using", "built on", "built on top of", "built atop", "powered by", "runs on",
             "running on", "relies on", "relying on", "integrates", "integrated", "integrating", "leverages", "leveraged",
             "adopted", "adopts", "based on", "is based on", "switched to", "integration with", "use", "integrate", "leverage",
             "employs", "employing", "utilizes", "utilises", "utilizing", "utilising", "depends on", "built using", "migrated to",
             "rely on", "run on", "adopt", "operate on", "operates on", "operating on", "combines", "combining", "incorporates",
             "incorporating", "incorporated", "experimented with", "experimenting with", "experiments with",
             // General wordings of use (rel13): "connects to", "taps into", "harnesses", "relies heavily on", "is used with".
             "connects to", "connecting to", "connects with", "connecting with", "taps into", "tapping into", "harnesses",
             "harnessing", "plugs into", "hooks into", "relies heavily on", "relies primarily on", "relies entirely on",
             "relying heavily on", "is used with", "are used with", "runs entirely on", "runs locally on"],
            User, Usable, 0.75, MaxLeftGap: 3, MaxRightGap: 2, SubjectOpensClause: true),
        // "Claude Desktop supports mCP", "RunBear also supports integration with Discord": what a product or company supports
        // it works with. Not a person: "Trump supports Bitcoin" backs it.
        new(UsesSupports, RelationVocabulary.Uses, RuleDirection.LeftIsSubject,
            ["supports", "supporting", "supports integration with", "support for", "supports integrations with", "support"],
            EntityTypes.Organization | EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, Usable, 0.7, MaxLeftGap: 3, MaxRightGap: 2,
            SubjectOpensClause: true),
        // "The Phi-1 base model was trained on the Code Textbook dataset": what a model learns from is what it uses; the
        // participle is passive in form, so it is no "-active" rule, but its subject still opens the clause.
        new("uses-trained-on", RelationVocabulary.Uses, RuleDirection.LeftIsSubject,
            ["trained on", "pre-trained on", "pretrained on", "fine-tuned on", "finetuned on", "fine-tuned from", "distilled from",
             "derived from", "forked from"],
            EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, Usable, 0.7, MaxLeftGap: 3, MaxRightGap: 2, SubjectOpensClause: true),
        // "Vicuna (a fine-tuned version of Llama 2)", "oTToDev, a fork of Bolt.new": a version of Y is built on Y.
        new("uses-version-of", RelationVocabulary.Uses, RuleDirection.LeftIsSubject,
            ["a fine-tuned version of", "a finetuned version of", "a fine-tune of", "a distilled version of", "a fork of",
             "a modified version of", "an open-source fork of", "a fine-tuned variant of",
             // "Open WebUI, a frontend for Ollama", "X is a wrapper around the OpenAI API": an interface to Y uses Y.
             "a wrapper around", "a wrapper for", "a wrapper over", "a thin wrapper around", "a frontend for", "a front-end for",
             "a gui for", "a ui for", "a web ui for", "a client for"],
            EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, Usable, 0.7, MaxLeftGap: 1, MaxRightGap: 1),
        new("uses-passive", RelationVocabulary.Uses, RuleDirection.RightIsSubject,
            ["used by", "integrated into", "integrated in", "powers", "adopted by", "designed to power", "used to power", "powering",
             "utilized by", "leveraged by", "relied on by"],
            Usable, User, 0.7, MaxLeftGap: 1, MaxRightGap: 1),
        // "Qdrant serves as the vector database for Archon", "Llama 2 is the base model for Vicuna": a role Y plays for X.
        new(UsesServesAs, RelationVocabulary.Uses, RuleDirection.RightIsSubject,
            ["as the backend for", "as the back-end for", "as the database for", "as the vector database for", "as the vector store for",
             "as the llm for", "as the model for", "as the engine for", "as the engine behind", "as the backbone of", "as the backbone for",
             "as the default model for", "as the default model in", "as the default llm for", "as the underlying model for",
             "as the base model for", "as the foundation model for", "the default model in", "the default model for", "the default llm for",
             "the underlying model for", "the underlying model of", "the underlying model behind", "the underlying llm for",
             "the engine behind", "the base model for", "the base model of", "the backend for", "the backend of"],
            Usable, User, 0.7, MaxLeftGap: 2, MaxRightGap: 1),
        // "In the BoltDIY interface, select "OpenRouter" as the provider" (RelationExtractor.FindSelectedAs).
        new(UsesSelectedAs, RelationVocabulary.Uses, RuleDirection.LeftIsSubject, [],
            User, Usable, 0.65, MaxLeftGap: 0, MaxRightGap: 0),
        new(BasedCompound, RelationVocabulary.Uses, RuleDirection.RightIsSubject, [],
            Usable, User, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new(ItsUses, RelationVocabulary.Uses, RuleDirection.LeftIsSubject, [],
            User, Usable, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Stripe's customers include OpenAI": a customer uses what it buys.
        new(UsesPossessiveCustomers, RelationVocabulary.Uses, RuleDirection.RightIsSubject,
            ["customers include", "customers included", "clients include", "clients included"],
            EntityTypes.Organization | EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, Usable, 0.75, MaxLeftGap: 0, MaxRightGap: 2, LeftPossessive: true),
        new(UsesSharedSubject, RelationVocabulary.Uses, RuleDirection.LeftIsSubject, [],
            User, Usable, 0.7, MaxLeftGap: 0, MaxRightGap: 2),
        // "within Microsoft" is the company using it in-house, so an organisation may be the user too; a place is not.
        new(UsesWithin, RelationVocabulary.Uses, RuleDirection.LeftIsSubject, [],
            EntityTypes.Organization | EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, Usable, 0.7, MaxLeftGap: 0, MaxRightGap: 0),

        // PART_OF
        new("part-of", RelationVocabulary.PartOf, RuleDirection.LeftIsSubject,
            ["part of", "a subsidiary of", "subsidiary of", "a division of", "division of", "a unit of", "unit of", "owned by",
             "a branch of", "arm of", "a product of", "an arm of", "is owned by", "belongs to", "a feature within", "a feature of",
             "a new feature within", "a tool within", "a new tool within", "a component within", "a module within", "a feature in",
             "feature within", "a component of", "a module of", "enabled within", "available within", "included in", "included with",
             "bundled with", "bundled into", "built into",
             // "the Live Context feature in Pieces", "OP_RETURN is a function in Bitcoin", "Agent mode in VS Code".
             "feature in", "feature of", "feature within", "features in", "features of", "mode in", "mode of", "tab in",
             "panel in", "a component in", "component in", "a module in", "module in",
             "a setting in", "a tab in", "a mode in", "a panel in"],
            EntityTypes.Any, Company | EntityTypes.Product, 0.8, MaxLeftGap: 2, MaxRightGap: 1),
        // "Spiral V2 includes a Public Library", "Docker Desktop, which includes Docker Compose": what a product includes is
        // part of it, when the product opens the clause. Not a model as the part: "Cursor includes Claude" uses it.
        new(PartOfIncludes, RelationVocabulary.PartOf, RuleDirection.RightIsSubject,
            ["includes", "include", "now includes", "also includes", "ships with", "now ships with", "comes with", "comes bundled with",
             "contains", "bundles"],
            EntityTypes.Product | EntityTypes.Other, EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, 0.7,
            MaxLeftGap: 2, MaxRightGap: 1, SubjectOpensClause: true),
        // "Pieces Copilot offers a feature called "Live Context"": a part named after the noun of a part.
        new(PartOfFeatureCalled, RelationVocabulary.PartOf, RuleDirection.RightIsSubject,
            ["a feature called", "a new feature called", "a feature named", "a new feature named", "a feature known as",
             "a component called", "a module called", "a mode called", "a new mode called"],
            EntityTypes.Model | EntityTypes.Product | EntityTypes.Other, Company | EntityTypes.Product, 0.7, MaxLeftGap: 2, MaxRightGap: 0),
        // "A key feature in Runway is the Motion Brush": the part named after the copula.
        new(PartOfInverted, RelationVocabulary.PartOf, RuleDirection.RightIsSubject, [],
            EntityTypes.Any, Company | EntityTypes.Product, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        // "Cursor's Composer tab", "Runway's Motion Brush tool": a product's possessive before a name and a noun of a part.
        new(PartOfPossessiveFeature, RelationVocabulary.PartOf, RuleDirection.RightIsSubject, [],
            EntityTypes.Product | EntityTypes.Other, EntityTypes.Product, 0.7, MaxLeftGap: 0, MaxRightGap: 0),
        new("owns", RelationVocabulary.PartOf, RuleDirection.RightIsSubject,
            ["owns", "owner of", "parent of", "parent company of"],
            EntityTypes.Any, Company, 0.8, MaxLeftGap: 2, MaxRightGap: 1),
        .. MissedWordingRules(),
    ];

    /// <summary>Words that cancel a relation when they stand between its mentions or just before the first one.</summary>
    public static FrozenSet<string> Negations { get; } = Set(
        "not", "never", "no", "nor", "neither", "without", "denied", "denies", "failed", "refused", "declined", "cannot",
        "didn't", "doesn't", "don't", "won't", "wasn't", "isn't", "hasn't", "haven't", "hadn't", "aren't", "weren't", "can't",
        "instead", "unlike", "rather", "stopped", "ended", "abandoned", "cancelled", "canceled", "ceased", "former",
        "formerly");

    /// <summary>Negations that end a role without denying it was held: they do not cancel WORKS_AT or FOUNDED.</summary>
    public static FrozenSet<string> PastRoleWords { get; } = Set("former", "formerly");

    /// <summary>Words that make a statement hypothetical, planned or hearsay rather than stated.</summary>
    public static FrozenSet<string> Hedges { get; } = Set(
        "could", "would", "might", "may", "if", "whether", "rumoured", "rumored", "rumours", "rumors", "rumor", "rumour",
        "allegedly", "speculated", "speculation", "hypothesized", "hypothesised", "hypothesize", "hypothesise", "hypothesizes",
        "hypothesises", "possibly", "potentially", "perhaps", "hypothetically", "should", "plans",
        "planning", "plan", "considering", "considered", "expected", "hopes", "hoping", "wants", "want", "aims", "aiming",
        "imagine", "suppose", "unless", "talks", "likely", "unlikely", "attempted", "tried", "tries");

    /// <summary>
    /// Words that leave a comparison unstated: an example or a condition ("e.g., when GPT-7 is only marginally better than
    /// GPT-6"), a likeness rather than a lead ("on par with", "comparable to", "almost as good as"), or a maker's claim.
    /// </summary>
    public static FrozenSet<string> ComparisonHedges { get; } = Set(
        "e.g", "eg", "i.e", "when", "whenever", "once", "until", "similar", "similarly", "comparable", "comparably", "par",
        "almost", "nearly", "claimed", "claims", "claim", "touted");

    /// <summary>Words that end the clause a relation must sit in.</summary>
    public static FrozenSet<string> ClauseBreakers { get; } = Set(
        "which", "while", "whereas", "but", "although", "though", "however", "because", "since", "when", "after", "before",
        "unlike", "who", "whom", "that", "where", "then", "so", "yet", "versus", "vs");

    /// <summary>Words that join the members of a list ("X, Y and Z"): a relation to the first member reaches every one.</summary>
    public static FrozenSet<string> ListJoiners { get; } = Set("and", "or", "&", "plus", "as well as");

    /// <summary>Words allowed in a gap without counting against it (articles and light adverbs).</summary>
    public static FrozenSet<string> GapFillers { get; } = Set(
        "the", "a", "an", "its", "their", "his", "her", "has", "have", "had", "also", "recently", "just", "officially", "now",
        "reportedly", "publicly", "quietly", "finally", "already", "is", "was", "are", "were", "been", "be", "new", "latest",
        "own", "first", "company", "startup", "lab", "firm", "in", "on", "to", "with", "for", "by", "of", "said", "says",
        "the company's", "popular", "famous", "well-known", "open-source", "powerful");

    /// <summary>Title words: "CEO of X", "Nvidia CEO Jensen Huang"; a capitalised run never continues across them.</summary>
    public static FrozenSet<string> TitleWords { get; } = Set(
        "CEO", "CTO", "CFO", "COO", "Chief", "Officer", "President", "Chairman", "Chairwoman", "Chair", "Founder", "Co-founder",
        "Cofounder", "Director", "Head", "Professor", "Prof", "Dr", "Mr", "Mrs", "Ms", "Senator", "Governor", "Minister",
        "Secretary", "VP", "Vice", "Executive", "Partner", "Researcher", "Engineer", "Host", "Co-host", "Commissioner", "Chancellor");

    /// <summary>Last words that make a name an organisation ("Scale AI", "Anthropic Labs", "Goldman Sachs Group").</summary>
    public static FrozenSet<string> OrganizationSuffixes { get; } = Set(
        "Inc", "Incorporated", "Corp", "Corporation", "Company", "Co", "Ltd", "LLC", "PLC", "GmbH", "AG", "SA", "Labs", "Lab",
        "AI", "Capital", "Ventures", "Partners", "Group", "Holdings", "Technologies", "Technology", "Systems", "Research",
        "Foundation", "Institute", "University", "College", "Bank", "Fund", "Network", "Networks", "Studios", "Studio",
        "Motors", "Robotics", "Semiconductor", "Computing", "Dynamics", "Intelligence", "Reserve", "Commission", "Agency",
        "Association", "Council", "Department", "Ministry", "Exchange", "Protocol", "DAO", "Foundation", "Digital", "Media",
        "Securities", "Investments", "Management", "Analytics", "Cloud", "Software", "Solutions", "Industries", "Microsystems",
        "Organization", "Organisation");

    /// <summary>Trailing words dropped from a name when merging variants ("Nvidia Corporation" is Nvidia).</summary>
    public static FrozenSet<string> DroppedNameSuffixes { get; } = Set(
        "Inc", "Incorporated", "Corp", "Corporation", "Company", "Co", "Ltd", "LLC", "PLC", "GmbH");

    /// <summary>Words that start a multi-word name only as part of a longer one ("University of California").</summary>
    public static FrozenSet<string> OfHeads { get; } = Set(
        "University", "Bank", "Institute", "Department", "Ministry", "Secretary", "Bureau", "Office", "Board", "Council",
        "Federal", "Republic", "Church", "School", "Academy", "College", "Museum", "Library", "Declaration", "Lord", "Duke",
        "Kingdom", "State", "Statue", "Gulf", "Bay", "Isle", "Cape", "City", "United");

    /// <summary>Words after a version or model name that still belong to it ("Gemini 2.5 Pro", "GPT-4o mini").</summary>
    public static FrozenSet<string> ModelVariantWords { get; } = Set(
        "Pro", "Mini", "mini", "Max", "Ultra", "Nano", "nano", "Lite", "lite", "Flash", "Turbo", "turbo", "Preview", "preview",
        "Sonnet", "Opus", "Haiku", "Instruct", "Base", "Plus", "Air", "Vision", "Coder", "Chat", "Reasoning", "Thinking",
        "Omni", "Large", "Small", "Medium", "XL", "Edge", "Experimental", "Exp", "High", "Low");

    /// <summary>Words after a name that type it: "the GitHub platform", "Netflix's app", "the Meridian model".</summary>
    public static FrozenDictionary<string, EntityType> HeadNounTypes { get; } = new Dictionary<string, EntityType>(StringComparer.OrdinalIgnoreCase)
    {
        ["company"] = EntityType.Organization, ["companies"] = EntityType.Organization, ["startup"] = EntityType.Organization,
        ["firm"] = EntityType.Organization, ["lab"] = EntityType.Organization, ["labs"] = EntityType.Organization,
        ["team"] = EntityType.Organization, ["exchange"] = EntityType.Organization, ["bank"] = EntityType.Organization,
        ["fund"] = EntityType.Organization, ["university"] = EntityType.Organization, ["corporation"] = EntityType.Organization,
        ["model"] = EntityType.Model, ["models"] = EntityType.Model, ["llm"] = EntityType.Model,
        ["app"] = EntityType.Product, ["apps"] = EntityType.Product, ["platform"] = EntityType.Product,
        ["tool"] = EntityType.Product, ["browser"] = EntityType.Product, ["framework"] = EntityType.Product,
        ["library"] = EntityType.Product, ["chip"] = EntityType.Product, ["chips"] = EntityType.Product,
        ["gpu"] = EntityType.Product, ["gpus"] = EntityType.Product, ["device"] = EntityType.Product,
        ["editor"] = EntityType.Product, ["extension"] = EntityType.Product, ["plugin"] = EntityType.Product,
        ["token"] = EntityType.Token, ["tokens"] = EntityType.Token, ["coin"] = EntityType.Token,
        ["blockchain"] = EntityType.Product, ["chain"] = EntityType.Product,
        ["city"] = EntityType.Place, ["country"] = EntityType.Place, ["state"] = EntityType.Place,
        ["podcast"] = EntityType.Publication, ["newsletter"] = EntityType.Publication, ["paper"] = EntityType.Publication,
        ["book"] = EntityType.Publication,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs after a name that make it a speaker: a person, or an organisation when it is one word.</summary>
    public static FrozenSet<string> SpeechVerbs { get; } = Set(
        "said", "says", "argues", "argued", "believes", "believed", "thinks", "thought", "explains", "explained", "notes",
        "noted", "predicts", "predicted", "suggests", "suggested", "emphasizes", "emphasized", "highlights", "highlighted",
        "stated", "states", "claims", "claimed", "mentions", "mentioned", "recalls", "recalled", "shares", "shared",
        "describes", "described", "tweeted", "wrote", "asked", "asks", "observes", "observed", "points", "pointed",
        "recommends", "recommended", "warns", "warned", "told", "posits", "contends", "admits", "admitted", "proposes");

    /// <summary>Words that open a noun phrase and never start a name ("The Federal Reserve" is the Federal Reserve).</summary>
    public static FrozenSet<string> Determiners { get; } = Set(
        "The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "Its", "His", "Her", "My", "Your", "Every", "Each");

    /// <summary>Forms of "be" and "get": before a past participle they make it passive ("was acquired", "got funded").</summary>
    public static FrozenSet<string> PassiveAuxiliaries { get; } = Set(
        "be", "been", "being", "is", "was", "are", "were", "get", "got", "gets", "getting", "'s");

    /// <summary>File extensions: "chatPanel.ts" and "config.json" are files, not names.</summary>
    public static FrozenSet<string> FileExtensions { get; } = Set(
        "ts", "tsx", "js", "jsx", "mjs", "py", "md", "json", "txt", "html", "htm", "css", "yaml", "yml", "env", "sh", "cs",
        "java", "go", "rs", "rb", "php", "sql", "csv", "pdf", "png", "jpg", "jpeg", "gif", "svg", "mp3", "mp4", "wav", "zip",
        "toml", "ini", "cfg", "lock", "xml", "ipynb", "exe", "dll", "db", "log", "bat", "ps1", "apk", "dmg", "msi", "jar", "whl");

    /// <summary>Adjectives that make "X AI" a kind of AI rather than a company ("Generative AI", "Agentic AI").</summary>
    public static FrozenSet<string> AiAdjectives { get; } = Set(
        "Generative", "Agentic", "Conversational", "Advanced", "Developing", "Responsible", "Applied", "Enterprise", "Modern",
        "Traditional", "Narrow", "General", "Explainable", "Ethical", "Embodied", "Physical", "Multimodal", "Edge", "Human",
        "Frontier", "Weak", "Strong", "Open", "Closed", "Local", "Decentralized", "Centralized", "Crypto", "Consumer",
        "Vertical", "Horizontal", "Personal", "Voice", "Creative", "Sovereign", "Superhuman", "Superintelligent", "Autonomous",
        "Predictive", "Symbolic", "Safe", "Trustworthy", "Useful", "Powerful", "Better", "Smarter", "Using", "Leveraging",
        "Building", "Integrating", "Adopting", "Understanding", "Learning", "Scaling", "Training", "Deploying", "Regulating",
        // Times and ranks: "Current AI models", "Early AI systems".
        "Current", "Future", "Early", "Earlier", "Recent", "Existing", "Previous", "Latest", "Older", "Newer", "Next", "Top");

    /// <summary>Capitalised words that begin sentences or headings without naming anything.</summary>
    public static FrozenSet<string> CommonCapitalizedWords { get; } = Set(
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "It's", "They", "Their", "There", "Here", "We", "Our",
        "You", "Your", "He", "She", "His", "Her", "I", "My", "Me", "Us", "In", "On", "At", "For", "From", "With", "Without",
        "By", "Of", "To", "As", "And", "Or", "But", "If", "When", "While", "Where", "Why", "How", "What", "Which", "Who",
        "Whom", "Whose", "After", "Before", "During", "Since", "Until", "Although", "Though", "Because", "So", "Yet", "Also",
        "Then", "Thus", "Hence", "However", "Moreover", "Furthermore", "Additionally", "Instead", "Meanwhile", "Overall",
        "Finally", "First", "Second", "Third", "Next", "Last", "Lastly", "Many", "Most", "Some", "Several", "Each", "Every",
        "All", "Both", "Other", "Others", "Another", "Such", "Any", "No", "Not", "Only", "Even", "Just", "Still", "Now",
        "Today", "Currently", "Recently", "Previously", "Initially", "Eventually", "Ultimately", "Essentially", "Basically",
        "Specifically", "Similarly", "Notably", "Importantly", "Interestingly", "Despite", "Through", "Across", "Within",
        "Over", "Under", "Between", "Among", "About", "Above", "Below", "Into", "Onto", "Upon", "Like", "Unlike", "Using",
        "Use", "Building", "Creating", "Making", "Having", "Being", "Key", "Main", "Major", "New", "Old", "Big", "Small",
        "Large", "High", "Low", "Good", "Best", "Better", "Great", "More", "Less", "Much", "Very", "Highly", "Once", "Twice",
        "Yes", "Okay", "OK", "Well", "Please", "Note", "See", "Let", "Let's", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
        "Be", "Can", "Could", "Would", "Should", "Will", "May", "Might", "Must", "Has", "Have", "Had", "Get", "Make", "Take",
        "Given", "Based", "Compared", "According", "Regarding", "Following", "Including", "Rather", "Whether", "Either",
        "Neither", "Nor", "One", "Two", "Three", "Four", "Five", "Ten", "Hundreds", "Thousands", "Millions", "Billions",
        "Mr", "Ms", "Mrs", "Dr", "Episode", "Part", "Chapter", "Step", "Example", "Examples", "E.g", "I.e", "Etc");

    /// <summary>
    /// Generic words that make a capitalised phrase a heading rather than a name when every word of it is one of these
    /// ("The Key Features", "Key Takeaways", "Future Outlook").
    /// </summary>
    public static FrozenSet<string> GenericHeadingWords { get; } = Set(
        "Key", "Features", "Feature", "Takeaways", "Takeaway", "Overview", "Introduction", "Conclusion", "Conclusions",
        "Summary", "Background", "Context", "Benefits", "Benefit", "Challenges", "Challenge", "Impact", "Impacts", "Future",
        "Outlook", "Trends", "Trend", "Insights", "Insight", "Points", "Point", "Lessons", "Lesson", "Learned", "Notes",
        "Discussion", "Analysis", "Approach", "Approaches", "Strategy", "Strategies", "Considerations", "Consideration",
        "Implications", "Implication", "Applications", "Application", "Use", "Uses", "Case", "Cases", "Role", "Roles",
        "Importance", "Limitations", "Limitation", "Risks", "Risk", "Opportunities", "Opportunity", "Market", "Markets",
        "Growth", "Development", "Developments", "Highlights", "Highlight", "Related", "Topics", "Topic", "Resources",
        "Main", "Major", "Core", "Concepts", "Concept", "Principles", "Principle", "Factors", "Factor", "Advantages",
        "Advantage", "Disadvantages", "Comparison", "Questions", "Question", "Answers", "Answer", "Tips", "Tip", "Best",
        "Practices", "Practice", "Steps", "Step", "Process", "Framework", "Ideas", "Idea", "Thoughts", "Final", "General",
        "Current", "State", "Status", "Performance", "Results", "Result", "Capabilities", "Capability", "Technical",
        "Details", "Detail", "Problem", "Problems", "Solution", "Solutions", "Example", "Examples", "Business", "Model",
        "Models", "Data", "Science", "Learning", "Intelligence", "Artificial", "Machine", "Deep", "Agents", "Agent",
        "Tools", "Tool", "Products", "Product", "Technology", "Technologies", "Research", "Security", "Privacy", "Ethics",
        "Safety", "Regulation", "Policy", "Economics", "Economy", "Investment", "Investing", "Investors", "Funding",
        "Costs", "Cost", "Pricing", "Price", "Value", "Revenue", "Users", "User", "Experience", "Design", "Quality", "Speed",
        "Scale", "Scaling", "Open", "Source", "Closed", "Public", "Private", "Global", "Local", "Social", "Media", "Content",
        "Creation", "Creator", "Creators", "Economy", "Team", "Teams", "Community", "Culture", "Leadership", "Management",
        "Innovation", "Evolution", "Shift", "Shifts", "Change", "Changes", "Adoption", "Integration", "Infrastructure",
        "Network", "Networks", "Systems", "System", "Platform", "Platforms", "Software", "Hardware", "Computing", "Compute",
        "Training", "Inference", "Reasoning", "Language", "Large", "Small", "Generative", "Autonomous", "Crypto",
        "Decentralized", "Web3", "Finance", "Financial", "Real", "World", "Assets", "Asset", "Stock", "Stocks", "Bull",
        "Bear", "Cycle", "Cycles", "Predictions", "Prediction", "Potential", "Long", "Short", "Term", "Era", "Age", "Why",
        "How", "What", "Who", "Role", "Power", "Rise", "Fall", "End", "Beginning", "Start", "Path", "Road", "Vision",
        "Mission", "Goals", "Goal", "Way", "Ways", "Matters", "Thing", "Things", "Everything", "Nothing", "More", "Less",
        "Other", "Additional", "Further", "Reading", "Call", "Action", "Q&A", "FAQ", "Takeaway", "Quick", "Deep", "Dive");

    /// <summary>Abstract nouns a name may modify without being the whole: "part of the Copilot strategy".</summary>
    public static FrozenSet<string> AbstractWholeNouns { get; } = Set(
        "strategy", "strategies", "plan", "plans", "approach", "vision", "story", "effort", "efforts", "push", "roadmap",
        "mission", "journey", "narrative", "thesis", "conversation", "discussion", "debate", "trend", "movement", "wave",
        "era", "playbook", "bet", "pitch");

    /// <summary>Nouns for the people or units of an organisation: "Narayanan's Princeton colleagues", "OpenAI's safety team".</summary>
    public static FrozenSet<string> MemberGroupNouns { get; } = Set(
        "colleague", "colleagues", "team", "teams", "teammates", "student", "students", "lab", "labs", "group", "groups",
        "researcher", "researchers", "alumni", "alumnus", "classmates", "peers", "department", "office", "staff", "employees",
        "professor", "professors", "coworkers", "co-workers");

    /// <summary>Capitalised nouns that take a number without becoming a model name ("Layer 2", "Step 3", "Phase 1").</summary>
    public static FrozenSet<string> NumberedNouns { get; } = Set(
        "Layer", "Phase", "Version", "Stage", "Level", "Tier", "Season", "Round", "Series", "Section", "Figure", "Fig", "Table",
        "Page", "Day", "Week", "Year", "Top", "Web", "Gen", "Generation", "Episode", "Part", "Chapter", "Step", "Option",
        "Point", "Number", "No", "Type", "Class", "Grade", "Category", "Mark", "Act", "Article", "Rule", "Lesson", "Module",
        "Unit", "Volume", "Vol", "Issue", "Slide", "Question", "Task", "Test", "Trial", "Game", "Mag", "Fortune", "Area",
        "Block", "Batch", "Group", "Team", "Stock", "Index", "S&P", "Nasdaq", "NASDAQ", "Dow", "Russell", "FTSE", "Nikkei");

    /// <summary>Months and weekdays: capitalised, never entities.</summary>
    public static FrozenSet<string> CalendarWords { get; } = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter", "Q1", "Q2", "Q3", "Q4", "AM", "PM");

    /// <summary>The words before "Time" in a time zone ("7:00 p.m. Central Time", "Greenwich Mean Time"): a zone is no name.</summary>
    public static FrozenSet<string> TimeZoneWords { get; } = Set(
        "Central", "Eastern", "Pacific", "Mountain", "Atlantic", "Standard", "Daylight", "Greenwich", "Mean", "Universal", "Coordinated");

    /// <summary>Labels TubeGraph notes put before content ("From:", "Related topics"), and other markup words.</summary>
    public static FrozenSet<string> SectionLabels { get; } = Set(
        "From", "Related", "Topics", "Source", "Sources", "Video", "Transcript", "Timestamp", "Timestamps", "Summary",
        "Overview", "Introduction", "Conclusion", "Contents", "Table", "See", "Also", "Note", "Notes", "Tags", "Links",
        "Chapter", "Chapters", "Episode", "Speaker", "Speakers", "Guest", "Guests", "Host", "Hosts");

    /// <summary>
    /// Capitalised acronyms and words that are common nouns in this domain, not names ("AI", "LLM", "GPU"). Languages are
    /// names (HTML, CSS, SQL), as the labelling guidelines count programming languages among products.
    /// </summary>
    public static FrozenSet<string> GenericAcronyms { get; } = Set(
        "AI", "AGI", "ASI", "ML", "LLM", "LLMs", "SLM", "API", "APIs", "SDK", "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs",
        "RL", "RLHF", "NLP", "UI", "UX", "IPO", "ETF", "ETFs", "NFT", "NFTs", "DAO", "DAOs", "TVL", "ROI", "KPI", "KPIs",
        "PhD", "CEO", "CEOs", "CTO", "CFO", "COO", "VP", "VC", "VCs", "B2B", "B2C", "SaaS", "IP", "OS", "PC", "PCs", "TV",
        "URL", "JSON", "PDF", "CLI", "IDE", "RAG", "LoRA", "GAN", "CNN", "RNN", "MoE", "SFT",
        "DPO", "PPO", "GRPO", "RLVR", "CoT", "QA", "R&D", "PR", "HR", "ID", "IDs", "FAQ", "DeFi", "CeFi", "TradFi", "RWA",
        "RWAs", "DePIN", "L1", "L2", "L1s", "L2s", "ZK", "P2P", "KYC", "AML", "GDP", "USD",
        "OK", "FOMO", "DCA", "ATH", "YC", "SF", "NYC", "LA", "AR", "VR", "XR", "IoT", "EV", "EVs", "HBM", "FLOPs", "FLOPS",
        "TOPS", "GB", "TB", "MB", "KB", "GHz", "MHz", "FPS", "HD", "4K", "8K", "ASIC", "ASICs", "FPGA", "SoC", "RAM", "SSD",
        "CPI", "FED", "SEO", "CRM", "ERP", "MVP", "PMF", "ARR", "MRR", "GMV", "CAC", "LTV", "EBITDA", "P/E", "S&P", "YoY",
        "MoM", "TL;DR", "AMA", "DM", "DMs", "POV", "Web2", "Web3", "Gen", "Z", "X", "Y", "N", "I", "II", "III", "IV", "V",
        "M&A", "RGB", "IOU", "IQ");

    /// <summary>Given names: a capitalised pair starting with one of these is a person ("Warren Buffett").</summary>
    public static FrozenSet<string> GivenNames { get; } = Set(
        "Aaron", "Adam", "Alan", "Alex", "Alexander", "Alexandr", "Alice", "Amanda", "Amy", "Andrej", "Andrew", "Andy", "Anna",
        "Anthony", "Arthur", "Ben", "Benjamin", "Bill", "Bob", "Brad", "Brian", "Bryan", "Carl", "Charles", "Charlie",
        "Chris", "Christopher", "Chamath", "Cathie", "Dan", "Daniel", "Dario", "Dave", "David", "Demis", "Dennis", "Donald",
        "Doug", "Douglas", "Ed", "Eddie", "Edward", "Elizabeth", "Elon", "Emily", "Emma", "Eric", "Erik", "Fei-Fei", "Frank",
        "Fred", "Gary", "Gavin", "George", "Geoffrey", "Geoff", "Greg", "Gregory", "Guillermo", "Harry", "Henry", "Ilya",
        "Jack", "Jacob", "James", "Jamie", "Jan", "Jane", "Jason", "Jeff", "Jeffrey", "Jennifer", "Jensen", "Jeremy", "Jerome",
        "Jessica", "Jim", "Joe", "John", "Jonathan", "Jordan", "Joseph", "Josh", "Joshua", "Julia", "Justin", "Karen",
        "Karpathy", "Kate", "Kevin", "Kyle", "Larry", "Laura", "Lex", "Linda", "Lisa", "Logan", "Marc", "Marco", "Mark",
        "Martin", "Mary", "Matt", "Matthew", "Max", "Michael", "Mike", "Mira", "Mustafa", "Nancy", "Nat", "Nathan", "Naval",
        "Nick", "Nicholas", "Noam", "Oliver", "Patrick", "Paul", "Peter", "Phil", "Philip", "Rachel", "Ray", "Reid",
        "Richard", "Rick", "Rob", "Robert", "Ryan", "Sam", "Samuel", "Sarah", "Satya", "Scott", "Sebastian", "Sergey",
        "Shane", "Simon", "Steve", "Steven", "Stephen", "Sundar", "Susan", "Thomas", "Tim", "Timothy", "Tom", "Tony",
        "Travis", "Tyler", "Victor", "Vitalik", "Walter", "Warren", "Will", "William", "Yann", "Yoshua", "Zach", "Zack");

    /// <summary>Places named often enough in the notes to type them without a gazetteer.</summary>
    public static FrozenSet<string> Places { get; } = Set(
        "America", "United States", "China", "Japan", "India", "Europe", "Germany", "France", "Britain", "England",
        "Canada", "Russia", "Ukraine", "Israel", "Taiwan", "Korea", "South Korea", "Singapore", "Hong Kong", "Dubai",
        "Brazil", "Mexico", "Australia", "Africa", "Asia", "Silicon Valley", "San Francisco", "New York", "Los Angeles",
        "London", "Paris", "Berlin", "Beijing", "Shanghai", "Tokyo", "Seattle", "Austin", "Texas", "California", "Washington",
        "Boston", "Miami", "Chicago", "Toronto", "Switzerland", "Italy", "Spain", "Netherlands", "Sweden", "Norway",
        "Saudi Arabia", "Iran", "Vietnam", "Indonesia", "Nigeria", "Argentina", "El Salvador", "Wall Street", "US", "U.S", "U.S.A",
        "USA", "UK", "U.K", "EU");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sizes of the tables; a test holds the README's counts of rules and trigger phrases to them.</summary>
    public static IReadOnlyDictionary<string, int> TableSizes() => new Dictionary<string, int>
    {
        ["relation rules"] = Relations.Count,
        ["trigger phrases"] = Relations.Sum(rule => rule.Triggers.Count),
        ["negations"] = Negations.Count,
        ["hedges"] = Hedges.Count,
        ["comparison hedges"] = ComparisonHedges.Count,
        ["clause breakers"] = ClauseBreakers.Count,
        ["title words"] = TitleWords.Count,
        ["organisation suffixes"] = OrganizationSuffixes.Count,
        ["model variant words"] = ModelVariantWords.Count,
        ["head nouns"] = HeadNounTypes.Count,
        ["speech verbs"] = SpeechVerbs.Count,
        ["common capitalised words"] = CommonCapitalizedWords.Count,
        ["generic heading words"] = GenericHeadingWords.Count,
        ["calendar words"] = CalendarWords.Count,
        ["time-zone words"] = TimeZoneWords.Count,
        ["section labels"] = SectionLabels.Count,
        ["generic acronyms"] = GenericAcronyms.Count,
        ["given names"] = GivenNames.Count,
        ["places"] = Places.Count,
        ["determiners"] = Determiners.Count,
        ["passive auxiliaries"] = PassiveAuxiliaries.Count,
        ["file extensions"] = FileExtensions.Count,
        ["AI adjectives"] = AiAdjectives.Count,
        ["numbered nouns"] = NumberedNouns.Count,
    };
}
