using System.Collections.Frozen;
using ClaimGraph.Model;

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

    /// <summary>
    /// Nouns of science terms that a discoverer's name opens ("Hadamard gate", "Pauli X gate", "CNOT entangling gates",
    /// "Meissner effect", "KL divergence"): the word before them is part of a term, not a name. Nouns that also follow
    /// products ("mode", "function", "test", "distribution", "transform") are left out.
    /// </summary>
    public static FrozenSet<string> EponymTermNouns { get; } = Set(
        "gate", "gates", "theorem", "lemma", "conjecture", "inequality", "equation", "equations", "paradox", "divergence",
        "effect", "matrix", "matrices", "hypothesis", "scheme", "schemes");

    /// <summary>
    /// Capitalised nouns that an eponym's possessive names as a law or a theorem of its own ("Moore's Law", "Conquest's
    /// Second Law", "Occam's Razor", "Gödel's Incompleteness Theorem"): the owner, its modifiers and the noun are one name.
    /// </summary>
    public static FrozenSet<string> EponymLawNouns { get; } = Set(
        "Law", "Laws", "Theorem", "Principle", "Razor", "Paradox", "Conjecture", "Dilemma", "Wager", "Lemma");

    /// <summary>The noun of a company's research unit, which with the company's name names a lab ("Microsoft Research").</summary>
    public static FrozenSet<string> LabUnitNouns { get; } = Set("Research");

    /// <summary>
    /// Prefixes written with a hyphen before a participle ("Pre-trained", "Self-hosted", "Fine-tuned"): the capitalised part
    /// before the hyphen is no name of its own.
    /// </summary>
    public static FrozenSet<string> HyphenPrefixes { get; } = Set(
        "Pre", "Re", "Co", "De", "Ex", "Un", "Non", "Self", "Semi", "Multi", "Post", "Anti", "Sub", "Super", "Inter", "Mid",
        "Over", "Under", "Fine", "Cross", "Counter", "Hyper", "Ultra", "Micro", "Macro", "Auto", "Well", "Hand", "Open");

    /// <summary>
    /// Programming and markup languages, which the labelling guidelines count among products: a name wherever the note writes
    /// it so, even once or always before one noun ("SQL generation", "HTML tags"). Only words that name nothing else; Go,
    /// Swift, Rust's neighbours Ruby and Julia, and single letters (C, D, R) are left to the other rules.
    /// </summary>
    public static FrozenSet<string> ProgrammingLanguages { get; } = Set(
        "SQL", "HTML", "CSS", "JavaScript", "TypeScript", "Rust", "Perl", "COBOL", "Fortran", "Haskell", "Kotlin", "PHP",
        "Solidity", "Golang", "Scala", "MATLAB", "Lua", "Elixir", "Erlang", "Clojure", "OCaml");

    /// <summary>Nationality words that also name a language ("in English", "starting with French").</summary>
    public static FrozenSet<string> LanguageNames { get; } = Set(
        "English", "French", "German", "Chinese", "Japanese", "Korean", "Russian", "Italian", "Spanish", "Dutch", "Swedish",
        "Polish", "Turkish", "Vietnamese", "Latin", "Portuguese", "Greek", "Hebrew", "Arabic", "Hindi", "Mandarin", "Cantonese");

    /// <summary>Nouns after "X language" that make it a technology's description ("Chinese language models"), not the language.</summary>
    public static FrozenSet<string> LanguageTechnologyNouns { get; } = Set(
        "model", "models", "modeling", "modelling", "processing", "understanding", "generation", "technology", "technologies");

    /// <summary>
    /// Conjunctions and prepositions that open a new phrase after a language's name: "comments in English for the team",
    /// "decent in English but weak in Swedish", "answers in German while code stays in English", "better in English than
    /// in other languages".
    /// </summary>
    public static FrozenSet<string> PhraseClosingWords { get; } = Set(
        "and", "or", "but", "for", "while", "at", "when", "because", "instead", "rather", "as", "so", "than", "compared",
        "versus", "vs");

    /// <summary>
    /// Nouns after a language's name that are about the language itself: "English translations", "the Greek word",
    /// "English speakers" (not "English literature", "French fries": a nationality adjective describes those).
    /// </summary>
    public static FrozenSet<string> LanguageUseNouns { get; } = Set(
        "translation", "translations", "speaker", "speakers", "word", "words", "text", "texts", "subtitles", "captions",
        "transcript", "transcripts", "grammar", "vocabulary", "dialect", "dialects", "accent");

    /// <summary>Contraction endings after an apostrophe: "I’m", "We've", "They'll" are not names.</summary>
    public static FrozenSet<string> ContractionEndings { get; } = Set("m", "re", "ve", "ll", "d", "t");

    /// <summary>Auxiliaries and adverbs that follow a sentence's subject ("Docker can", "Tamas also", "Cade then").</summary>
    public static FrozenSet<string> VerbGroupWords { get; } = Set(
        "is", "was", "are", "were", "has", "had", "have", "can", "could", "will", "would", "may", "might", "must", "should",
        "does", "did", "also", "then", "now", "still", "later", "often", "recently", "currently", "again", "never", "always");

    /// <summary>Quotation marks: a title-case phrase in quotes is a coinage or a quote ("Date Abby"), not a name by its shape alone.</summary>
    public static FrozenSet<string> QuoteMarks { get; } = Set("\"", "“", "”", "'", "‘", "’");

    /// <summary>
    /// Variant words that make a catalog model's name another model ("GPT-4o Mini", "Gemini 2.5 Flash"); release stages
    /// ("Preview", "Instruct") stay the catalog model.
    /// </summary>
    public static FrozenSet<string> ModelTierWords { get; } = Set(
        "Pro", "Mini", "Max", "Ultra", "Nano", "Lite", "Flash", "Turbo", "Sonnet", "Opus", "Haiku", "Plus", "Air", "Coder",
        "Omni", "Large", "Small", "Medium", "XL", "Edge");

    /// <summary>
    /// Heads of the parts a tutorial builds and labels ("Reasoner Agent:", "List Documents Tool:", "Webhook Node:",
    /// "getApiKey Function:"): the words before them name a demo component, which a note may have taken for a name
    /// elsewhere, not the product the label is about.
    /// </summary>
    public static FrozenSet<string> ComponentHeads { get; } = Set(
        "Agent", "Agents", "Tool", "Tools", "Node", "Nodes", "Function", "Functions", "Class", "Method", "Module");

    /// <summary>Software nouns after a name that make it a product, beyond <see cref="ExtractionRules.HeadNounTypes"/>: "the Gradio UI", "a Supabase client".</summary>
    public static FrozenSet<string> ProductNouns { get; } = Set(
        "UI", "interface", "repository", "repo", "container", "containers", "client", "clients", "SDK", "CLI",
        "instance", "instances", "dashboard", "notebook", "notebooks", "workspace", "website", "site", "feature",
        "integration", "integrations", "node", "nodes", "workflow", "workflows", "subscription", "account", "accounts",
        "desktop", "plugin", "plugins", "template", "templates", "chatbot", "bot");

    /// <summary>Verbs whose subject, with an object after them, is a company: "Stripe acquired Bridge".</summary>
    public static FrozenSet<string> CompanyVerbs { get; } = Set(
        "acquired", "acquires", "raised", "raises", "hired", "hires", "employs", "invested", "invests", "partnered",
        "launched", "launches", "unveiled", "unveils", "shipped", "ships", "announced", "announces", "released", "releases");

    /// <summary>Organisation suffixes that make a company of common words inside a sentence ("building Answer AI").</summary>
    public static FrozenSet<string> CompanySuffixes { get; } = Set("AI", "Labs", "Ventures", "Capital", "Partners", "Holdings");

    /// <summary>
    /// Nouns of works that a quoted title beside them names ("the paper "…"", "the "Code Exercises" dataset"), with the work's
    /// type; a product's feature, plan or add-on in quotes is the product's named part ("the "Co-pilot" feature", "the
    /// "Every" subscription"). A report, thesis, chapter or poem is a publication; an episode, series or game a work of its
    /// own (not "show", a verb as often: "systems like "Operator" show …") ("a "Black Mirror" episode", "the "Most Important Century" thesis").
    /// </summary>
    public static FrozenDictionary<string, EntityType> WorkNouns { get; } = new Dictionary<string, EntityType>(StringComparer.Ordinal)
    {
        ["book"] = EntityType.Publication, ["paper"] = EntityType.Publication, ["article"] = EntityType.Publication,
        ["essay"] = EntityType.Publication, ["novel"] = EntityType.Publication, ["biography"] = EntityType.Publication,
        ["memoir"] = EntityType.Publication, ["newsletter"] = EntityType.Publication, ["blog"] = EntityType.Publication,
        ["podcast"] = EntityType.Publication, ["film"] = EntityType.Other, ["movie"] = EntityType.Other,
        ["documentary"] = EntityType.Other, ["dataset"] = EntityType.Other, ["album"] = EntityType.Other, ["song"] = EntityType.Other,
        ["feature"] = EntityType.Product, ["subscription"] = EntityType.Product, ["plugin"] = EntityType.Product,
        ["extension"] = EntityType.Product, ["report"] = EntityType.Publication, ["thesis"] = EntityType.Publication,
        ["chapter"] = EntityType.Publication, ["poem"] = EntityType.Publication, ["episode"] = EntityType.Other,
        ["series"] = EntityType.Other, ["game"] = EntityType.Other,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Currencies: "the US dollar, the Euro, and the Renminbi" name no entity (the guidelines leave currencies out).</summary>
    public static FrozenSet<string> Currencies { get; } = Set(
        "Euro", "Euros", "Renminbi", "Yuan", "Yen", "Rupee", "Rupees", "Peso", "Pesos", "Ruble", "Rubles", "Rouble", "Roubles",
        "Sterling", "Dollar", "Dollars", "Franc", "Francs", "Lira", "Shekel", "Shekels", "Dirham", "Dirhams");

    /// <summary>Stock index families that a number makes an index's name ("S&amp;P 500", "Nasdaq 100", "Russell 2000").</summary>
    public static FrozenSet<string> StockIndexFamilies { get; } = Set("S&P", "Nasdaq", "NASDAQ", "Russell", "FTSE", "Nikkei", "DAX", "CAC", "Dow");

    /// <summary>Words after a multiple that make it a comparison, not a version: "10x faster", "2x the cost".</summary>
    public static FrozenSet<string> MultipleComparisons { get; } = Set(
        "more", "less", "fewer", "better", "worse", "faster", "slower", "cheaper", "larger", "smaller", "bigger", "higher", "lower",
        "improvement", "speedup", "increase", "reduction", "as", "the");

    /// <summary>Places named with a common word the place table cannot hold alone.</summary>
    public static FrozenSet<string> MorePlaces { get; } = Set(
        "Middle East", "New York City", "Bay Area", "Latin America", "Southeast Asia", "West Coast", "East Coast", "New Jersey",
        "New Zealand", "New Delhi", "New Mexico", "New Hampshire", "New Orleans");

    /// <summary>A place of the place table or of <see cref="MorePlaces"/>, named whole ("Tokyo", "New York City").</summary>
    public static bool IsPlaceName(string name) => ExtractionRules.Places.Contains(name) || MorePlaces.Contains(name);

    /// <summary>
    /// Places by general knowledge (Gazetteer.txt: countries, states, regions, planets, capitals and large cities, landmarks),
    /// not learned from the notes. They type a discovered name that has no cue in its note ("Iraq", "Pennsylvania", "Mars");
    /// unlike the place tables they never make a word a name or stop a name run.
    /// </summary>
    public static FrozenSet<string> Gazetteer { get; } = LoadList("Gazetteer.txt");

    /// <summary>
    /// Last words that make a title-case name a place: "Woolworth Building", "Three Gorges Dam", "Hudson River". Not "Bridge":
    /// "Android Debug Bridge" is a program.
    /// </summary>
    public static FrozenSet<string> PlaceHeads { get; } = Set(
        "Tower", "Building", "River", "Mountain", "Mountains", "Street", "Avenue", "Valley", "City", "County",
        "Province", "Square", "Dam", "Fort", "Island", "Islands", "Lake", "Ocean", "Sea", "Canal", "Palace", "Cathedral",
        "Empire", "Peninsula", "Desert", "Bay", "Harbor", "Harbour", "Airport", "Stadium");

    /// <summary>Compass words that keep a place a place: "Western Europe", "Northern California", "Greater London".</summary>
    public static FrozenSet<string> CompassWords { get; } = Set(
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Greater", "Upper", "Lower");

    /// <summary>
    /// Given names by general knowledge (WorldGivenNames.txt), beyond the hand list and the learned one: they type an
    /// uncued two-word name ("Winston Churchill", "Annie Dillard") as a person, and nothing else.
    /// </summary>
    public static FrozenSet<string> WorldGivenNames { get; } = LoadList("WorldGivenNames.txt");

    /// <summary>Last words that make an uncued name a product: "Android SDK", "Unreal Engine", "Docker Desktop", "Google Drive".</summary>
    public static FrozenSet<string> ProductHeads { get; } = Set(
        "API", "SDK", "CLI", "IDE", "Kit", "Toolkit", "Engine", "Editor", "Desktop", "Store", "Browser", "Drive", "Docs",
        "Sheets", "Extension", "Plugin", "Framework", "Console", "Playground", "Reader", "Manager", "Copilot", "Messenger",
        "Suite", "App");

    /// <summary>
    /// First words that make an uncued "X of Y" an organisation: "University of Oxford", "Department of Transportation",
    /// "Bank of Japan" (the place after "of" is where it is, not what it is).
    /// </summary>
    public static FrozenSet<string> OrganizationLeads { get; } = Set(
        "University", "Institute", "Bank", "Department", "Ministry", "College", "School", "Academy", "Office", "Bureau",
        "Council", "Museum", "Church", "Society", "Association", "Federation", "League", "Board", "Court");

    /// <summary>Last words that make an uncued name an organisation: "Catholic Church", "Royal Navy", "European Union".</summary>
    public static FrozenSet<string> OrganizationHeads { get; } = Set(
        "Party", "Church", "Navy", "Army", "Treasury", "Guild", "Union", "Society", "Committee", "Bureau", "Senate",
        "Congress", "Parliament", "Administration", "Federation", "League", "Club", "Police", "Court", "Government",
        "Alliance", "Consortium", "Collective", "Cooperative", "Coalition", "Airlines", "Bancorp", "Forum", "Institute",
        "Foundation", "University", "College", "Academy", "Association", "Council", "Agency", "Commission", "Ministry",
        "Department", "Corporation", "Authority", "Force");

    /// <summary>
    /// Hardware lines and chip makers whose numbered names are devices, not models: "RTX 4090", "NVIDIA 3090", "TPU v5",
    /// "MacBook Pro M3" (types31, general knowledge).
    /// </summary>
    public static FrozenSet<string> HardwareWords { get; } = Set(
        "RTX", "GTX", "GeForce", "Radeon", "TPU", "TPUs", "MacBook", "iMac", "iPhone", "iPad", "Jetson", "Xbox", "PlayStation");

    /// <summary>Chip makers: followed by a bare number ("NVIDIA 3090", "AMD 7900") they name a chip.</summary>
    public static FrozenSet<string> ChipMakers { get; } = Set("Nvidia", "NVIDIA", "AMD", "Intel");

    /// <summary>Words after a model's or product's name that name one of its versions: "Gemini 2.0 Flash", "Meta Quest Pro".</summary>
    public static FrozenSet<string> VariantWords { get; } = Set(
        "Pro", "Flash", "Mini", "Nano", "Turbo", "Ultra", "Max", "Lite", "Plus", "Coder", "Instruct", "Chat", "Vision", "Omni",
        "Sonnet", "Opus", "Haiku", "Small", "Medium", "Large", "XL", "Preview", "Schnell", "Adapter", "Reasoner");

    /// <summary>Lower-case words inside a person's name: "Ursula K. Le Guin", "Ludwig van Beethoven", "Vincent van Gogh".</summary>
    public static FrozenSet<string> SurnameParticles { get; } = FrozenSet.ToFrozenSet(
        ["van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "bin", "ibn", "Le", "De", "Van", "Von", "Da", "Di", "Du", "La"],
        StringComparer.Ordinal);

    /// <summary>Surname prefixes before a capital: "LeCun", "McKenna", "MacArthur", "DiCaprio", "O'Brien", "DeSantis".</summary>
    public static IReadOnlyList<string> SurnamePrefixes { get; } = ["Mc", "Mac", "Le", "Di", "De", "Da", "La", "O'", "O\u2019"];

    /// <summary>Last words that make an uncued name a publication: "Federalist Papers", "Kerrigan Report", "Lancet Journal".</summary>
    public static FrozenSet<string> PublicationHeads { get; } = Set("Report", "Papers", "Journal", "Magazine", "Gazette");

    /// <summary>
    /// Companies, organisations, products, models, tokens and people known by one name, by general knowledge
    /// (GeneralNames.txt, written by hand, not from the notes): they type a discovered name that has no cue in its note
    /// ("Hugging Face", "PyTorch", "AlphaFold", "Clausewitz"), and a name that begins with one of its models or products
    /// ("Stable Diffusion 3"). Matched case-sensitively; the catalog's types win, and the list never makes a word a name.
    /// </summary>
    public static FrozenDictionary<string, EntityType> GeneralNames { get; } = ReadEmbeddedList("GeneralNames.txt")
        .Select(line => line.Split('\t'))
        .ToFrozenDictionary(parts => parts[0], parts => Enum.Parse<EntityType>(parts[1]), StringComparer.Ordinal);

    /// <summary>Verbs right before a name that make it something one fetches or opens: "download Blender", "open Firefox".</summary>
    public static FrozenSet<string> OpenVerbs { get; } = Set(
        "download", "downloads", "downloaded", "downloading", "open", "opens", "opened", "opening", "uninstall", "uninstalled");

    /// <summary>Parts of a program's screen: "Cursor's interface", "the settings in Notion" make the name a product.</summary>
    public static FrozenSet<string> InterfaceNouns { get; } = Set(
        "interface", "UI", "dashboard", "settings", "sidebar", "toolbar", "menu", "window", "tab", "panel", "button",
        "editor", "extension", "extensions", "plugin", "plugins", "homepage", "inbox", "feed");

    /// <summary>Organisation suffixes that name a product instead: "Nebius AI Studio", "Adobe Creative Cloud".</summary>
    public static FrozenSet<string> ProductSuffixes { get; } = Set("Studio", "Cloud");

    /// <summary>Word-forming prefixes a hyphen joins to a name ("post-World War II", "pre-ChatGPT", "ex-Google", "non-Apple").</summary>
    public static FrozenSet<string> NamePrefixes { get; } = Set("pre", "post", "non", "anti", "pro", "ex", "mid");

    /// <summary>Pieces people write or say: "a tweet by X", "a podcast by X" make X a person.</summary>
    public static FrozenSet<string> AuthoredWorks { get; } = Set(
        "tweet", "tweets", "post", "posts", "podcast", "podcasts", "essay", "essays", "article", "articles", "book", "books",
        "blog", "talk", "talks", "thread", "threads", "newsletter", "interview", "lecture", "memo", "letter", "video", "videos");

    /// <summary>Words before a name that make it a tool: "using Docker", "via OpenRouter".</summary>
    public static FrozenSet<string> ToolPrepositions { get; } = Set("using", "via");

    /// <summary>
    /// Software nouns after a name that only type it, never make it a name: "the Markdown file", "JavaScript code",
    /// "Docker setup". "project", "server", "API" and "upgrade" are left out: "the Open Philanthropy project", "MCP
    /// servers", "the OpenAI API" and "the Pectra upgrade" name an organisation, a protocol, a company and an event.
    /// </summary>
    public static FrozenSet<string> SoftwareNouns { get; } = Set(
        "file", "files", "code", "codebase", "stack", "setup", "documentation", "docs", "installation", "script", "scripts",
        "commands", "vehicle", "headset");

    /// <summary>Verbs right before a name that make it software: "install Ollama", "installing Node.js".</summary>
    public static FrozenSet<string> InstallVerbs { get; } = Set("install", "installing", "installed", "installs");

    /// <summary>Verbs that, with "on" or "with" after them, name what software is built from: "built on PostgreSQL", "runs on Base".</summary>
    public static FrozenSet<string> BuildVerbs { get; } = Set(
        "built", "build", "building", "runs", "run", "running", "deployed", "hosted", "self-hosted", "written", "coded");

    /// <summary>Package and web-address suffixes that make a capitalised name a product by its shape: "Node.js", "Bolt.new", "Make.com".</summary>
    public static FrozenSet<string> ProductDomainSuffixes { get; } = Set(".js", ".new", ".com", ".io", ".dev", ".app", ".so", ".sh", ".diy");

    /// <summary>
    /// Words after which a lower-case spelling of a name the note capitalises stands for the name ("renamed to autodev", "run
    /// autodev"): prepositions, conjunctions and verbs of using software; after any other word it is more likely a noun of its
    /// own ("the same swarm", "AI autofill").
    /// </summary>
    public static FrozenSet<string> LowerCaseNameOpeners { get; } = Set(
        "to", "for", "with", "of", "on", "in", "by", "at", "from", "into", "via", "using", "and", "or", "use", "uses", "used",
        "called", "named", "install", "installing", "installed", "installs", "run", "runs", "running", "launch", "open", "start");

    /// <summary>Tier words of OpenAI's o-series after a transcript's zero-led number: "03 mini", "01 Pro" (o3-mini, o1-pro).</summary>
    public static FrozenSet<string> ZeroLedModelTiers { get; } = Set("mini", "Mini", "pro", "Pro");

    /// <summary>Tier words that name a model only after its name: "explore Mini and Nano" names no entity.</summary>
    public static FrozenSet<string> BareTierWords { get; } = Set(
        "Pro", "Mini", "Ultra", "Nano", "Lite", "Flash", "Turbo", "Plus", "Omni", "Large", "Small", "Medium", "XL");

    /// <summary>Keyboard keys: "using Tab and Enter" names no entity.</summary>
    public static FrozenSet<string> KeyboardKeys { get; } = Set(
        "Tab", "Enter", "Return", "Shift", "Ctrl", "Control", "Alt", "Esc", "Escape", "Backspace", "Delete", "Del", "Cmd",
        "Command", "Option", "Space", "Spacebar", "Home", "End", "PgUp", "PgDn", "Fn");

    /// <summary>Words that make the title word after them one title ("Prime Minister", "Deputy Director").</summary>
    public static FrozenSet<string> TitleModifiers { get; } = Set("Prime", "Deputy", "Former", "Acting", "Interim", "Senior", "Managing", "Assistant");

    /// <summary>Words that open a list of named examples: "tools like Brave", "companies including Stripe".</summary>
    public static FrozenSet<string> ListIntroducers { get; } = Set(
        "like", "including", "includes", "include", "namely", "e.g", "i.e", "especially", "particularly", "specifically");

    /// <summary>Top-level domains that make a lower-case word a site's name ("make.com", "folder.com").</summary>
    public static FrozenSet<string> WebDomains { get; } = Set("com", "ai", "io", "org", "net", "dev", "app", "co", "xyz", "so", "gg", "tv", "me");

    /// <summary>Lower-case letter-digit shorthands that are words, not names ("e2e", "b2b", "i18n").</summary>
    public static FrozenSet<string> LowerCaseShorthands { get; } = Set(
        "e2e", "b2b", "b2c", "p2p", "d2c", "i18n", "l10n", "a11y", "k8s", "x86", "x64", "h2h", "m2m", "w2", "mp3", "mp4", "4k", "8k");

    /// <summary>
    /// Class nouns that type the names listed after them or described by them, beyond <see cref="ExtractionRules.HeadNounTypes"/>:
    /// "companies like Qualcomm and Broadcom", "frameworks like LangChain", "Neon, a serverless Postgres platform".
    /// Plurals are found by their singular.
    /// </summary>
    public static FrozenDictionary<string, EntityType> ClassNouns { get; } = new Dictionary<string, EntityType>(StringComparer.OrdinalIgnoreCase)
    {
        ["software"] = EntityType.Product, ["service"] = EntityType.Product, ["database"] = EntityType.Product,
        ["product"] = EntityType.Product, ["application"] = EntityType.Product, ["website"] = EntityType.Product,
        ["site"] = EntityType.Product, ["protocol"] = EntityType.Product, ["language"] = EntityType.Product,
        ["assistant"] = EntityType.Product, ["agent"] = EntityType.Product, ["coder"] = EntityType.Product,
        ["marketplace"] = EntityType.Product, ["wallet"] = EntityType.Product, ["vehicle"] = EntityType.Product,
        ["rocket"] = EntityType.Product, ["phone"] = EntityType.Product, ["engine"] = EntityType.Product,
        ["ide"] = EntityType.Product, ["sdk"] = EntityType.Product, ["api"] = EntityType.Product, ["package"] = EntityType.Product,
        ["organization"] = EntityType.Organization, ["organisation"] = EntityType.Organization, ["agency"] = EntityType.Organization,
        ["nonprofit"] = EntityType.Organization, ["institute"] = EntityType.Organization, ["foundation"] = EntityType.Organization,
        ["provider"] = EntityType.Organization, ["vendor"] = EntityType.Organization, ["giant"] = EntityType.Organization,
        ["maker"] = EntityType.Organization, ["manufacturer"] = EntityType.Organization, ["business"] = EntityType.Organization,
        ["hyperscaler"] = EntityType.Organization, ["competitor"] = EntityType.Organization, ["fintech"] = EntityType.Organization,
        ["investor"] = EntityType.Organization, ["publisher"] = EntityType.Organization, ["incumbent"] = EntityType.Organization,
        ["person"] = EntityType.Person, ["people"] = EntityType.Person, ["researcher"] = EntityType.Person,
        ["founder"] = EntityType.Person, ["entrepreneur"] = EntityType.Person, ["author"] = EntityType.Person,
        ["leader"] = EntityType.Person, ["figure"] = EntityType.Person,
        ["actor"] = EntityType.Person, ["writer"] = EntityType.Person, ["scientist"] = EntityType.Person,
        ["economist"] = EntityType.Person, ["historian"] = EntityType.Person, ["philosopher"] = EntityType.Person,
        ["journalist"] = EntityType.Person, ["physicist"] = EntityType.Person, ["mathematician"] = EntityType.Person,
        ["politician"] = EntityType.Person, ["novelist"] = EntityType.Person, ["psychologist"] = EntityType.Person,
        ["country"] = EntityType.Place, ["region"] = EntityType.Place, ["nation"] = EntityType.Place,
        // types16: more class nouns of general English.
        ["chatbot"] = EntityType.Product,
        ["institution"] = EntityType.Organization, ["retailer"] = EntityType.Organization, ["automaker"] = EntityType.Organization,
        ["carmaker"] = EntityType.Organization, ["airline"] = EntityType.Organization, ["studio"] = EntityType.Organization,
        ["theorist"] = EntityType.Person, ["thinker"] = EntityType.Person, ["strategist"] = EntityType.Person,
        ["musician"] = EntityType.Person, ["composer"] = EntityType.Person,
        ["poet"] = EntityType.Person, ["painter"] = EntityType.Person, ["inventor"] = EntityType.Person,
        ["billionaire"] = EntityType.Person, ["comedian"] = EntityType.Person, ["athlete"] = EntityType.Person,
        ["stablecoin"] = EntityType.Token, ["memecoin"] = EntityType.Token,
        ["essay"] = EntityType.Publication, ["newspaper"] = EntityType.Publication,
        ["magazine"] = EntityType.Publication,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that end the noun phrase of a label's definition before its class noun ("Acme: A benchmark for evaluating
    /// language models" is no language), or make the phrase a quantity ("Acme: A lot of tools").
    /// </summary>
    public static FrozenSet<string> LabelDefinitionStops { get; } = Set(
        "lot", "number", "couple", "set", "list", "kind", "type", "series", "for", "of", "to", "that", "which", "who", "with", "in",
        "on", "from", "by", "and", "or", "where", "like");

    /// <summary>
    /// Nouns of code that a name and one modifier lead ("the Manim animation library", "a Vellum charting package"). Not
    /// "framework": "the Georgist economic framework" is a school of thought.
    /// </summary>
    public static FrozenSet<string> CodeNouns { get; } = Set(
        "library", "libraries", "package", "packages", "extension", "extensions", "plugin", "plugins");

    /// <summary>Written works an author's pronoun introduces before their title ("his book Antifragile", "her essay X").</summary>
    public static FrozenSet<string> WrittenWorks { get; } = Set("book", "books", "novel", "novels", "memoir", "essay", "essays");

    /// <summary>
    /// Words after "the GPT" or "a GPT" that make it the head of its phrase, a user-made ChatGPT assistant ("the GPT is
    /// instructed", "a GPT that assists", "this GPT acts as"): verbs, auxiliaries and relative words, from general English.
    /// </summary>
    public static FrozenSet<string> CustomGptFollowers { get; } = Set(
        "that", "which", "is", "was", "can", "could", "would", "will", "should", "might", "must", "acts", "to", "for", "with",
        "as", "has", "had", "does", "then");

    /// <summary>Nationality and demonym adjectives: "American values", "Chinese labs" describe, they do not name.</summary>
    public static FrozenSet<string> Nationalities { get; } = Set(
        "American", "Chinese", "European", "British", "English", "French", "German", "Japanese", "Korean", "Indian", "Russian",
        "Canadian", "Australian", "Israeli", "Taiwanese", "Italian", "Spanish", "Dutch", "Swiss", "Swedish", "Brazilian",
        "Mexican", "African", "Asian", "Western", "Eastern", "Northern", "Southern", "Arab", "Saudi", "Iranian",
        "Ukrainian", "Singaporean", "Emirati", "Nigerian", "Irish", "Scottish", "Polish", "Turkish", "Vietnamese", "Latin",
        // (Demonyms that are no language's name: "Greek" or "Thai" can name the language, which the labels count.)
        "Iraqi", "Afghan", "Pakistani", "Egyptian", "Syrian", "Palestinian", "Lebanese", "Jordanian", "Qatari", "Kuwaiti",
        "Yemeni", "Libyan", "Moroccan", "Algerian", "Tunisian", "Kenyan", "Ethiopian", "Ghanaian", "Argentine", "Argentinian",
        "Chilean", "Colombian", "Peruvian", "Venezuelan", "Cuban", "Belgian", "Austrian", "Bangladeshi", "Soviet");

    /// <summary>"Europeans", "Americans", "Germans": a people named by a demonym's plural, no more a name than the adjective.</summary>
    public static bool IsPluralDemonym(string word) =>
        word.Length > 4 && word[^1] == 's' && Nationalities.Contains(word[..^1]);

    /// <summary>
    /// Adverbs and prepositions that open sentences ("Traditionally, a new model …", "Beyond SpongeBob, …"), beyond
    /// <see cref="ExtractionRules.CommonCapitalizedWords"/>: never the first word of a name there.
    /// </summary>
    public static FrozenSet<string> SentenceOpeners { get; } = Set(
        "Traditionally", "Typically", "Generally", "Usually", "Often", "Sometimes", "Occasionally", "Frequently", "Historically",
        "Originally", "Alternatively", "Consequently", "Therefore", "Accordingly", "Conversely", "Likewise", "Nonetheless",
        "Nevertheless", "Otherwise", "Indeed", "Perhaps", "Maybe", "Clearly", "Obviously", "Certainly", "Surprisingly",
        "Unfortunately", "Fortunately", "Crucially", "Critically", "Ideally", "Practically", "Effectively",
        "Increasingly", "Again", "Already", "Later", "Soon", "Afterwards", "Beyond", "Around", "Along", "Against", "Toward",
        "Towards", "Via", "Per", "Amid", "Amidst", "Besides", "Except", "Behind", "Outside", "Inside", "Throughout",
        "Regardless", "Unless", "Whereas", "Whenever", "Wherever", "Whatever", "Whoever", "Beside", "Near", "Alongside",
        // Quantifiers: "Various GPT models are available".
        "Various", "Numerous", "Multiple", "Certain", "Countless");

    /// <summary>Pronouns and possessives: a capitalised run they lead ("Our Approach", "Did You Know") is a phrase, not a name.</summary>
    public static FrozenSet<string> Pronouns { get; } = Set(
        "I", "Me", "My", "Mine", "We", "Us", "Our", "Ours", "You", "Your", "Yours", "He", "Him", "His", "She", "Her", "Hers",
        "It", "Its", "They", "Them", "Their", "Theirs", "Someone", "Everyone", "Anyone", "Nobody", "Everybody");

    /// <summary>Abbreviations written with dots ("e.g.", "i.e.", "etc."): never a name.</summary>
    public static FrozenSet<string> Abbreviations { get; } = Set(
        "e.g", "i.e", "etc", "vs", "cf", "approx", "viz", "a.k.a", "aka", "N/A", "P.S");

    /// <summary>
    /// Release stages and variant labels that only name something after a model's name ("Heres 3 Preview", "32B Instruct"),
    /// and Greek letters used as symbols ("the density (Sigma)").
    /// </summary>
    public static FrozenSet<string> ReleaseStages { get; } = Set(
        "Preview", "Beta", "Alpha", "Instruct", "Chat", "Experimental", "Exp", "Stable", "Release", "Candidate", "RC",
        "GA", "Nightly", "Canary", "Dev", "Early", "Access", "Sigma", "Delta", "Theta", "Gamma", "Epsilon", "Kappa", "Omega",
        "Tau", "Rho", "Phi", "Psi");

    /// <summary>
    /// Last words of a named period or event of history ("Cold War", "Industrial Revolution", "Great Depression"), and
    /// "World War" with its numeral: an event, never the place, person or company a list or a preposition would make it.
    /// </summary>
    public static FrozenSet<string> EventHeads { get; } = Set(
        "War", "Wars", "Revolution", "Depression", "Pandemic", "Renaissance", "Reformation", "Enlightenment", "Crusades");

    /// <summary>
    /// A human language's or a historical event's name: typed Other by the name itself, never by a cue, a list or the corpus
    /// ("much better in English, Mistral ...", "Japan and World War II").
    /// </summary>
    public static bool IsOtherByName(string name) => LanguageNames.Contains(name) || IsEventName(name);

    public static bool IsEventName(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var last = name[(space + 1)..];
        return EventHeads.Contains(last)
            || (last is "I" or "II" or "III" && name.AsSpan(0, space).EndsWith(" War", StringComparison.Ordinal));
    }

    /// <summary>Last words of a discipline or a theory ("Material Science", "Game Theory", "Drug Discovery").</summary>
    public static FrozenSet<string> FieldsOfStudy { get; } = Set(
        "Science", "Sciences", "Theory", "Theories", "Physics", "Biology", "Chemistry", "Psychology", "Economics", "Mathematics",
        "Engineering", "Discovery", "Studies", "Medicine", "Linguistics", "Neuroscience");

    /// <summary>Everyday acronyms beyond <see cref="ExtractionRules.GenericAcronyms"/>: common nouns, never names.</summary>
    public static FrozenSet<string> EverydayAcronyms { get; } = Set(
        "SMS", "MMS", "USB", "PIN", "OTP", "CSV", "XML", "YAML", "HTTP", "HTTPS", "REST", "GET", "POST", "PUT", "PATCH", "DNS",
        "SSH", "VPN", "VM", "VMs",
        "CI", "CD", "CI/CD", "QR", "NPC", "NPCs", "DIY", "FYI", "ASAP", "WIP", "TBD", "ETA", "SLA", "OCR", "TTS", "STT", "ASR",
        "NER", "MLP", "MLPs", "2D", "3D", "4D", "DevOps", "MLOps", "LLMOps", "FinOps", "UI/UX", "AI/ML", "ELI5", "EOD", "Q&A",
        "POC", "PoC", "OKR", "OKRs", "SOP", "SOPs", "DB", "DBs", "GUI", "CMS", "P&L", "SME", "SMEs", "LM", "LMs", "VLM", "VLMs",
        "LMM", "LMMs", "MLLM", "MLLMs", "NoSQL", "VRAM", "GenAI",
        // File formats and web or security plumbing, as "JSON" and "HTTPS" are: not the named protocols (MCP) the guidelines count.
        "TXT", "XLSX", "PNG", "JSONB", "SSL", "TLS", "SSE", "JWT", "SSO", "CORS", "CDN", "ETL",
        // (And the HTTP authentication scheme of "a Bearer token", a common noun of the same plumbing.)
        "Bearer",
        // Common nouns of medicine, business and engineering that the corpus writes in capitals.
        "DNA", "ADHD", "OCD", "NDA", "OEM", "UBI", "CGI", "GPS", "IMU", "OSS", "BPM", "SGD", "PCB", "PCBs", "CO2",
        // Audio and video formats, as "PNG" is.
        "MP3", "MP4", "WAV", "FLAC", "AAC", "MOV");

    /// <summary>
    /// Words after a catalog company that do not make a product name with it ("Google CEO", "OpenAI The",
    /// "Nvidia GPUs"): function words, titles, generic heading words, acronyms of the domain, calendar words, word classes.
    /// </summary>
    public static bool ProductContinuationBreakers(string word, bool headingWordsContinue = false) =>
        RunBreakers.Contains(word) || ExtractionRules.CommonCapitalizedWords.Contains(word) || ExtractionRules.TitleWords.Contains(word)
        || (!headingWordsContinue && ExtractionRules.GenericHeadingWords.Contains(word)) || ExtractionRules.GenericAcronyms.Contains(word)
        || EverydayAcronyms.Contains(word) || ExtractionRules.CalendarWords.Contains(word) || ExtractionRules.DroppedNameSuffixes.Contains(word)
        || Nationalities.Contains(word) || Pronouns.Contains(word) || SentenceOpeners.Contains(word) || ReleaseStages.Contains(word)
        || ExtractionRules.Places.Contains(word) || ExtractionRules.GivenNames.Contains(word)
        || (word.Length > 2 && word[^1] == 's' && char.IsUpper(word[^2]));

    /// <summary>The type a class noun gives ("platforms" is a product, "companies" organisations), from either table.</summary>
    public static EntityType? ClassNounType(string word)
    {
        foreach (var form in Singulars(word))
        {
            if (ExtractionRules.HeadNounTypes.TryGetValue(form, out var type) || ClassNouns.TryGetValue(form, out type))
            {
                return type;
            }
        }

        return null;
    }

    private static IEnumerable<string> Singulars(string word)
    {
        yield return word;
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith('s') && word.Length > 3)
        {
            yield return word[..^1];
        }
    }

    /// <summary>
    /// Words the corpus writes mostly in lower case ("create", "life", "configure"; not "docker", "solana"), from
    /// CommonWords.txt, which tools/common-words/build.py derives from the corpus without the held-out pool. Capitalised,
    /// such a word is more likely a sentence's or a heading's capital than a name; any other capitalised word is more
    /// likely a name.
    /// </summary>
    public static FrozenSet<string> CommonWords { get; } = LoadList("CommonWords.txt");

    /// <summary>
    /// A word the corpus writes mostly in lower case (see <see cref="CommonWords"/>), its plural ("Candles"), a compound of
    /// such words ("Cost-Effectiveness", "Spirits/Smoke"), or a word with a common ending (<see cref="CommonSuffixes"/>).
    /// </summary>
    public static bool IsCommonWord(string word)
    {
        if (CommonWords.Contains(word))
        {
            return true;
        }

        var joint = word.AsSpan().IndexOfAny('-', '/');
        if (joint > 0 && joint + 1 < word.Length)
        {
            return IsCommonWord(word[..joint]) && IsCommonWord(word[(joint + 1)..]);
        }

        // (A stem of four letters at least: "Mars" is no plural of "mar".)
        if (word.Length >= 5 && word[^1] == 's' && char.IsLower(word[^2])
            && (CommonWords.Contains(word[..^1]) || (word.EndsWith("ies", StringComparison.Ordinal) && CommonWords.Contains(word[..^3] + "y"))))
        {
            return true;
        }

        if (word.Length < 8 || !char.IsLower(word[^1]))
        {
            return false;
        }

        foreach (var suffix in CommonSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Endings of abstract nouns, doctrines, gerunds and adjectives: "Auditability", "Prioritization", "Darwinism",
    /// "Marxists", "Googling", "Unhackable" (eight letters at least: "Beijing", "Boeing" and "Kipling" are names).
    /// </summary>
    private static readonly string[] CommonSuffixes = ["ity", "ness", "ization", "isation", "ism", "isms", "ist", "ists", "ing", "able"];

    /// <summary>
    /// Pairs of words the corpus capitalises somewhere but writes mostly in lower case inside sentences ("agent node",
    /// "tech stack", "ethical considerations"; not "federal reserve", "open philanthropy"), from CommonPhrases.txt, which
    /// tools/common-words/build_phrases.py derives from the corpus without the held-out pool; lower case, one pair a line.
    /// </summary>
    public static FrozenSet<string> CommonPhrases { get; } = LoadList("CommonPhrases.txt");

    /// <summary>
    /// A name of two or more capitalised words ("Agent Node", "Parallel Agent Architecture") each adjacent pair of which the
    /// corpus writes mostly in lower case inside sentences (see <see cref="CommonPhrases"/>): a heading's, a label's or
    /// title case's capitals on a generic phrase ("AI Tech Stack": a generic acronym may open it). Words of another shape
    /// (digits, hyphens, other acronyms) make no such phrase.
    /// </summary>
    public static bool IsCommonPhrase(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (!(IsTitleWord(words[w]) || (w == 0 && IsGenericAcronym(words[w])))
                || (w > 0 && !CommonPhrases.Contains(words[w - 1] + " " + words[w])))
            {
                return false;
            }
        }

        return true;

        // (An acronym opens such a phrase only where it is itself a common noun of the domain: "AI Tech Stack", "RAG
        // Pipeline"; not "GPT Store", "SQL Editor", "US Government".)
        static bool IsGenericAcronym(string word) =>
            word.Length is >= 2 and <= 5 && word.All(char.IsAsciiLetterUpper) && ExtractionRules.GenericAcronyms.Contains(word);

        static bool IsTitleWord(string word)
        {
            if (word.Length < 2 || !char.IsAsciiLetterUpper(word[0]))
            {
                return false;
            }

            for (var i = 1; i < word.Length; i++)
            {
                if (!char.IsAsciiLetterLower(word[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Given names learned from the corpus (GivenNames.txt, which tools/common-words/build_given_names.py derives from the
    /// corpus without the held-out pools): words that start two- or three-word names with a person cue ("Ege Erdil
    /// notes", "co-founder Des Traynor", "Vincent Vanhoucke, a distinguished engineer at") in at least two notes, and never
    /// a name with an organisation or place cue ("X Labs", "X's model", "X released", "in X Y,"). They type a name as the hand list
    /// <see cref="ExtractionRules.GivenNames"/> does, after the place tables (a learned word may open a place: "South").
    /// </summary>
    public static FrozenSet<string> LearnedGivenNames { get; } = LoadList("GivenNames.txt");

    /// <summary>A given name of the hand list or of the learned one (<see cref="LearnedGivenNames"/>).</summary>
    public static bool IsGivenName(string word) => ExtractionRules.GivenNames.Contains(word) || LearnedGivenNames.Contains(word);

    /// <summary>A given name of the hand list, the learned list or the general-knowledge list (WorldGivenNames.txt).</summary>
    public static bool IsAnyGivenName(string word) => IsGivenName(word) || WorldGivenNames.Contains(word);

    private static FrozenSet<string> LoadList(string file) => ReadEmbeddedList(file).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The lines of an embedded list file beside the rules (CommonWords.txt, KnownNames.txt, …), without blanks and "#" comments.</summary>
    internal static List<string> ReadEmbeddedList(string file)
    {
        using var stream = typeof(DiscoveryRules).Assembly.GetManifestResourceStream("ClaimGraph.Ingest.Extraction." + file)
            ?? throw new InvalidOperationException($"The embedded resource {file} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
