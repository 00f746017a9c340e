using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Every extraction rule with its positive and negative examples side by side: a claim, then the typed relations it must
/// yield as "subject PREDICATE object rule 'trigger'" joined by " | " ("" = none). Real sentences from the notes are
/// copied here, so the tests never read the corpus.
/// </summary>
public sealed class ExtractionRuleTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // develops-active
        { "OpenAI released Sora to the public.", "openai DEVELOPS sora develops-active 'released'" },
        { "OpenAI has launched Codex, a new web-based software engineering agent designed for autonomous operation.", "openai DEVELOPS codex develops-active 'launched'" },
        { "OpenAI released Sora, Codex and Whisper.", "openai DEVELOPS sora develops-active 'released' | openai DEVELOPS codex develops-active 'released' | openai DEVELOPS whisper develops-active 'released'" },
        { "OpenAI has not released Sora yet.", "" },
        { "If OpenAI released Sora, Google would answer.", "" },
        { "Did OpenAI release Sora?", "" },
        { "OpenAI released:", "" },
        { "Sora was released and Google was happy.", "" },
        // develops-passive
        { "ChatGPT, developed by OpenAI, is trained on a vast corpus of text data.", "openai DEVELOPS chatgpt develops-passive 'developed by'" },
        { "Sora was not developed by Google.", "" },
        // possessive-product and develops-possessive-model
        { "It has reportedly surpassed competitors like Meta's Llama and Anthropic's Claude in coding", "meta DEVELOPS llama possessive-product ''s' | anthropic DEVELOPS claude possessive-product ''s'" },
        { "Google's Anthropic stake is large.", "" },
        // organization-product-compound
        { "Examples like Google Gemini generate first drafts.", "google DEVELOPS gemini organization-product-compound 'Google'" },
        { "Google, Gemini and Claude were compared.", "" },
        // possessive-organization (a person's company: founded, at low confidence) and the seed note's apposition list
        { "Elon Musk's xAI trains Grok.", "elon-musk FOUNDED xai possessive-organization ''s'" },
        { "Anthropic's Meta deal was small.", "" },
        { "OpenAI recently released two new frontier models, OpenAI 03 and 04 Mini", "openai DEVELOPS o3 organization-product-compound 'OpenAI' | openai DEVELOPS o4-mini develops-active 'released'" },
        // founded-*
        { "Harrison Chase, founder of LangChain, spoke about agents.", "harrison-chase FOUNDED langchain founded-title-of 'founder of'" },
        { "LangChain, founded by Harrison Chase, has become a prominent framework for working with LLMs.", "harrison-chase FOUNDED langchain founded-passive 'founded by'" },
        { "Harrison Chase, a fan of LangChain, spoke about agents.", "" },
        // leads-*
        { "Jensen Huang, CEO of Nvidia, spoke at the event.", "jensen-huang LEADS nvidia leads-title-of 'CEO of'" },
        { "Perplexity AI CEO Aravind Srinivas discusses the journey of building AI infrastructure companies.", "aravind-srinivas LEADS perplexity-ai leads-title-before-name 'CEO'" },
        { "Jensen Huang, a critic of Nvidia, spoke at the event.", "" },
        // The labels count a former head as its organisation's leader ("Brett Harrison, former President of FTX US").
        { "Jensen Huang, former CEO of Nvidia, spoke at the event.", "jensen-huang LEADS nvidia leads-former-title-apposition 'former CEO of'" },
        // works-at
        { "Bob McGrew initially joined OpenAI with a strong belief that robotics would be the domain.", "bob-mcgrew WORKS_AT openai works-at 'joined'" },
        { "Bob McGrew never joined Google.", "" },
        // invested-*
        { "Microsoft invested in OpenAI early.", "microsoft INVESTED_IN openai invested-active 'invested in'" },
        { "Microsoft's $10 billion investment in OpenAI changed the field.", "microsoft INVESTED_IN openai invested-active 'investment in'" },
        { "OpenAI, backed by Microsoft, grew quickly.", "microsoft INVESTED_IN openai invested-passive 'backed by'" },
        { "Apple is rumoured to have invested in OpenAI.", "" },
        { "Microsoft did not invest in OpenAI and never backed Anthropic.", "" },
        // acquired-*
        { "Microsoft acquired Kaito last year.", "microsoft ACQUIRED kaito acquired-active 'acquired'" },
        { "Kaito was acquired by Microsoft.", "microsoft ACQUIRED kaito acquired-passive 'acquired by'" },
        { "Microsoft did not acquire Kaito.", "" },
        { "Microsoft could have acquired Kaito.", "" },
        { "It is hypothesized that Microsoft acquired Kaito.", "" },
        { "Analysts hypothesise that Microsoft acquired Kaito last year.", "" },
        // partnered-with (symmetric: the smaller id is the subject)
        { "OpenAI partnered with Microsoft on compute.", "microsoft PARTNERED_WITH openai partnered-with 'partnered with'" },
        { "Microsoft, OpenAI, Google and Meta attended.", "" },
        // competes-with
        { "Anthropic competes with OpenAI for enterprise customers.", "anthropic COMPETES_WITH openai competes-with 'competes with'" },
        { "Anthropic, OpenAI and Google are labs.", "" },
        // outperforms / outperformed-by
        { "o3 outperforms Claude and Llama on coding.", "o3 OUTPERFORMS claude outperforms 'outperforms' | o3 OUTPERFORMS llama outperforms 'outperforms'" },
        { "Claude was surpassed by o3 in coding.", "o3 OUTPERFORMS claude outperformed-by 'surpassed by'" },
        { "Claude does not beat o3.", "" },
        { "Does o3 beat Claude?", "" },
        // uses-*
        { "Anthropic uses Brave's API", "anthropic USES brave uses-active 'uses'" },
        { "Codex is used by Anthropic.", "anthropic USES codex uses-passive 'used by'" },
        { "Anthropic no longer uses Brave.", "" },
        { "Bolt was used to compare Claude and o3.", "" },
        // part-of / owns
        { "AWS, a unit of Amazon, sells compute.", "amazon-web-services PART_OF amazon part-of 'a unit of'" },
        { "Amazon owns AWS.", "amazon-web-services PART_OF amazon owns 'owns'" },
        { "AWS, unlike Amazon, sells compute.", "" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Relation_rules_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }

    /// <summary>A note (one claim a line), then the discovered entities as "Name:Type" in id order ("" = none).</summary>
    public static TheoryData<string, string> DiscoveryCases => new()
    {
        // Names and their types from context.
        { "Warren Buffett said the market is frothy.", "Warren Buffett:Person" },
        { "Analysts at Goldman Sachs expect rates to fall.", "Goldman Sachs:Organization" },
        { "The Federal Reserve raised rates again.", "Federal Reserve:Organization" },
        { "They posted it on TikTok and GitHub.", "GitHub:Product TikTok:Product" },
        { "Meta released Llama 3.1 last summer.", "Llama 3.1:Model" },
        { "Gemini 2.0 Flash beats rivals on long context.", "Gemini 2.0 Flash:Model" },
        { "Nvidia's H100 chips are scarce.", "H100:Product" },
        { "$FET rallied on Monday.", "FET:Token" },
        { "Jensen Huang, CEO of Nvidia, spoke.", "Jensen Huang:Person" },
        // (A stock index's family and number name the index, as the labels count it.)
        { "A prediction from Vance Spencer of Framework says the S&P 500 will reach 7,500.", "S&P 500:Other Vance Spencer:Other" },
        { "We moved to Together AI for inference.", "Together AI:Organization" },
        { "Many people watch Netflix and Netflix keeps growing.", "Netflix:Organization" },
        // A title-case word the corpus rarely writes in lower case is a name even once inside a sentence.
        { "Layer 2 networks scale Ethereum.", "Ethereum:Product" },
        // So is one opening a sentence of running text as its subject.
        { "Netflix is popular.", "Netflix:Organization" },
        // Not names.
        { "Key Takeaways", "" },
        { "The Key Features of the tool are simple.", "" },
        { "However, the market fell in March and recovered by Friday.", "" },
        { "Transaction Volume: agents will grow.", "" },
        { "Bullish Stock Market Driven by AI", "" },
        { "An AI-powered, open-source tool edits chatPanel.ts quickly.", "" },
        { "Generative AI and Agentic AI are everywhere.", "" },
        // Variants merge within a note; the most frequent spelling is the name.
        { "Open Router is fast.\nWe like OpenRouter a lot.\nThe OpenRouter API key is cheap.", "OpenRouter:Product" },
        // AMD, joined to Intel by "and", is a name too.
        { "Intel Corporation makes chips.\nWe compared Intel and AMD, and Intel won.", "AMD:Organization Intel:Organization" },
    };

    [Theory]
    [MemberData(nameof(DiscoveryCases))]
    public async Task Discovery_finds_names_with_types_and_rejects_what_is_not_a_name(string text, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        string.Join(' ', batch.DiscoveredEntities.Select(e => $"{e.Name}:{e.Type}")).Should().Be(expected, because: $"text was \"{text}\"");
        batch.DiscoveredEntities.Where(e => e.Source != EntitySource.Discovered || e.Id != ClaimGraph.Ingest.Parsing.Slug.From(e.Name)).Should().BeEmpty();
    }

    [Fact]
    public async Task Variants_become_aliases_and_every_mention_points_at_its_source()
    {
        const string text = "Open Router is fast.\nWe like OpenRouter a lot.\nThe OpenRouter API key is cheap.";

        var batch = await HandMadeNotes.BuildAsync(text);

        var entity = batch.DiscoveredEntities.Should().ContainSingle().Subject;
        entity.Id.Should().Be("openrouter");
        entity.Aliases.Should().Equal("Open Router");
        batch.Mentions.Where(m => m.EntityId == "openrouter").Select(m => m.Span.Slice(text)).Should().Equal("Open Router", "OpenRouter", "OpenRouter");
    }

    [Fact]
    public async Task A_candidate_spelled_like_a_catalog_alias_is_the_catalog_entity()
    {
        var batch = await HandMadeNotes.BuildAsync("Teams love Open-AI tools and Nous-Research models.");

        batch.DiscoveredEntities.Should().BeEmpty();
        batch.Mentions.Select(m => m.EntityId).Should().Equal("openai", "nous-research");
    }

    [Fact]
    public async Task A_catalog_name_its_alias_rules_refuse_is_neither_the_catalog_entity_nor_discovered()
    {
        var batch = await HandMadeNotes.BuildAsync("A brave new world: Brave New World and Threads are old ideas, and Threads are cheap.");

        batch.DiscoveredEntities.Select(e => e.Id).Should().NotContain(["brave", "threads"]);
        batch.Mentions.Select(m => m.EntityId).Should().NotContain(["brave", "threads"]);
    }

    [Fact]
    public async Task Discovered_entities_take_part_in_relations_and_co_mentions_with_a_trace()
    {
        const string text = "Thomas Dohmke, CEO of GitHub, describes his journey.";

        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Select(e => (e.Id, e.Type)).Should().Equal(("github", EntityType.Organization), ("thomas-dohmke", EntityType.Person));
        var extracted = batch.Evidence.Single(e => e.Relation.Origin == RelationOrigin.Extracted);
        extracted.Relation.Should().Be(new RelationKey("thomas-dohmke", RelationVocabulary.Leads, "github", RelationOrigin.Extracted));
        extracted.Extraction.Should().Be(new ExtractionTrace(new TextSpan(15, 21), "leads-title-of", 0.85));
        batch.Evidence.Should().Contain(e => e.Relation == new RelationKey("github", RelationKey.CoMentioned, "thomas-dohmke", RelationOrigin.CoMention));
    }

    [Fact]
    public async Task The_same_note_gives_the_same_batch_every_time()
    {
        const string text = "Warren Buffett said Berkshire Hathaway backed Apple.\nApple released the iPhone 16 and Apple Intelligence.";

        var first = await HandMadeNotes.BuildAsync(text);
        var second = await HandMadeNotes.BuildAsync(text);

        second.DiscoveredEntities.Should().BeEquivalentTo(first.DiscoveredEntities, o => o.WithStrictOrdering());
        second.Evidence.Should().BeEquivalentTo(first.Evidence, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Every_rule_names_a_known_extracted_predicate_and_a_confidence_in_range()
    {
        ExtractionRules.Relations.Select(r => r.Name).Should().OnlyHaveUniqueItems();
        ExtractionRules.Relations.Should().OnlyContain(r =>
            RelationVocabulary.Find(r.Predicate) != null && RelationVocabulary.Find(r.Predicate)!.Extracted && r.Confidence > 0 && r.Confidence <= 1);
        RelationVocabulary.All.Where(p => p.Extracted).Select(p => p.Name)
            .Should().BeSubsetOf(ExtractionRules.Relations.Select(r => r.Predicate), "every extracted predicate has a rule");
    }

    [Fact]
    public void The_readme_states_the_current_number_of_rules_and_trigger_phrases()
    {
        var readme = File.ReadAllText(Path.Combine(SeedCatalog.RepositoryRoot, "README.md"));
        var sizes = ExtractionRules.TableSizes();

        readme.Should().Contain($"{sizes["relation rules"]} named relation rules with {sizes["trigger phrases"]} trigger phrases");
    }
}
