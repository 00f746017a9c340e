using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Typing by general knowledge (types16): a name of GeneralNames.txt, a version or variant of one of its models or
/// products, a given name alone or before name words, initials and surname particles, and organisation and publication
/// words ending a name. Only a name its note gives no cue for is typed so.
/// </summary>
public sealed class GeneralNameTypingTests
{
    public static TheoryData<string, string, EntityType> TypingCases => new()
    {
        // Names of general knowledge.
        { "Our thesis leaned on AlphaFold, and AlphaFold still surprises biologists.", "AlphaFold", EntityType.Model },
        { "We keep the warehouse in BigQuery, and BigQuery bills by the scan.", "BigQuery", EntityType.Product },
        { "Years ago the memo reached Bloomberg, and Bloomberg printed it.", "Bloomberg", EntityType.Organization },
        { "The essay quotes Clausewitz twice, and Clausewitz wins the argument.", "Clausewitz", EntityType.Person },
        // Government bodies, regulators and exchanges (types31).
        { "Rules from the FDIC changed twice, and the FDIC never explained why.", "FDIC", EntityType.Organization },
        { "The case went to the CFTC in May, and the CFTC kept the file.", "CFTC", EntityType.Organization },
        { "A letter from the US Treasury reached every bank in town.", "US Treasury", EntityType.Organization },
        // A version or variant of a listed model or product.
        { "The benchmark ran Stable Diffusion 7 on a laptop.", "Stable Diffusion 7", EntityType.Model },
        { "Our lab borrowed a Meta Quest Ultra for the demo.", "Meta Quest Ultra", EntityType.Product },
        // A given name alone, or before name words, initials and surname particles.
        { "Helena: Rewrote the parser and cut the build time in half.", "Helena", EntityType.Person },
        { "The reading list opens with Marvin K. Le Borst and his essays.", "Marvin K. Le Borst", EntityType.Person },
        { "This reminded me of Helena Marie Dunford and her garden videos.", "Helena Marie Dunford", EntityType.Person },
        { "Back then Pierre McAllister wrote the first draft.", "Pierre McAllister", EntityType.Person },
        // Organisation and publication words ending a name.
        { "The Halvard Institute published the survey last spring.", "Halvard Institute", EntityType.Organization },
        { "Copies of the Brennick Report went to every ministry.", "Brennick Report", EntityType.Publication },
        // Class nouns of general English type the names they list or describe.
        { "Our grant went to institutions like Velmora Tech and the Corvane School.", "Velmora Tech", EntityType.Organization },
        { "Podcasts love athletes like Brannick Solte and their routines.", "Brannick Solte", EntityType.Person },
        { "The next launch was Quibbly, a support chatbot for shops.", "Quibbly", EntityType.Product },
        { "Fees differ between stablecoins like Zentro and Pallas.", "Zentro", EntityType.Token },
    };

    [Theory]
    [MemberData(nameof(TypingCases))]
    public async Task General_knowledge_and_class_nouns_type_a_name(string text, string name, EntityType expected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => e.Type).Should().Equal([expected], because: $"text was \"{text}\"");
    }

    public static TheoryData<string, string, EntityType> NotTypingCases => new()
    {
        // A listed product the note writes as an owner is its maker there.
        { "Kubernetes's Helm charts were hard to read.", "Kubernetes", EntityType.Product },
        // Left out of the list: a company named like its one product, a licence.
        { "We shipped the site to Netlify on Friday.", "Netlify", EntityType.Organization },
        { "The code is released under MIT and Apache terms.", "MIT", EntityType.Organization },
        // A listed model followed by a word that is no version or variant is no version of it.
        { "The Stable Diffusion Community Awards were held online.", "Stable Diffusion Community Awards", EntityType.Model },
        // A given name before a common word, or a word that is no given name, is no person.
        { "The Helena Prize went to a newcomer.", "Helena Prize", EntityType.Person },
        { "Quarvel: Rewrote the parser and cut the build time in half.", "Quarvel", EntityType.Person },
        // A given name that as often names a well-known thing: the optimiser.
        { "We compared SGD, RMSprop and Adam on the toy task.", "Adam", EntityType.Person },
        // A listed body's name inside a longer name is no match.
        { "The Congress Hall Tour sold out in a week.", "Congress Hall Tour", EntityType.Organization },
        // An organisation word after common words only is a phrase.
        { "The Research Institute model changed little.", "Research Institute", EntityType.Organization },
    };

    [Theory]
    [MemberData(nameof(NotTypingCases))]
    public async Task General_knowledge_does_not_type_these(string text, string name, EntityType notExpected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => e.Type).Should().NotContain(notExpected, because: $"text was \"{text}\"");
    }

    [Theory]
    [InlineData("Andreessen Horowitz (A16Z) is raising a new fund for robotics.", "andreessen-horowitz DEVELOPS a16z")]
    [InlineData("Brannoch Vettermark (B16K) is raising a new fund for robotics.", "brannoch-vettermark DEVELOPS b16k")]
    public async Task A_numeronym_in_parentheses_spells_the_name_before_it_and_is_no_product_of_it(string text, string notExpected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        HandMadeNotes.ExtractedRelations(batch).Should().NotContain(notExpected);
    }

    [Fact]
    public void The_general_names_hold_unambiguous_names_only()
    {
        DiscoveryRules.GeneralNames.Should().ContainKeys("Hugging Face", "PyTorch", "AlphaFold", "Clausewitz");
        DiscoveryRules.GeneralNames.Should().NotContainKeys("Slack", "Notion", "Cursor", "Go", "Devin", "Netlify", "MIT", "Einstein", "Tesla");
    }
}
