using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// The given names learned from the corpus (GivenNames.txt, tools/common-words/build_given_names.py) type a capitalised
/// pair as a person the way the hand list does; a word that opens places or organisations is not learned.
/// </summary>
public sealed class LearnedGivenNameTests
{
    public static TheoryData<string, string, EntityType?> TypingCases => new()
    {
        // A learned given name types the pair as a person where the context gives no cue.
        { "Jaron Lanier demonstrated VR in 1987, which was then a multi-million dollar technology.", "Jaron Lanier", EntityType.Person },
        { "Led by Garrett Jones, the team is expanding into various verticals.", "Garrett Jones", EntityType.Person },
        { "Vincent Vanhoucke, a distinguished engineer at Waymo, discusses the evolving landscape of robotics.", "Vincent Vanhoucke", EntityType.Person },
        // Not learned (a place cue: "in South Korea,"), and places stay places (the gazetteer's too).
        { "Demand for chips across South Asia keeps growing.", "South Asia", EntityType.Place },
        { "Users in South Korea have spent years trading.", "South Korea", EntityType.Place },
        // No learned word before an organisation suffix or a catalog name.
        { "We moved to Together AI for inference.", "Together AI", EntityType.Organization },
    };

    [Theory]
    [MemberData(nameof(TypingCases))]
    public async Task A_learned_given_name_types_a_pair_as_a_person_and_nothing_else(string text, string name, EntityType? expected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => (EntityType?)e.Type).Should().Equal([expected], because: $"text was \"{text}\"");
    }

    [Fact]
    public void The_learned_list_holds_given_names_not_place_or_organisation_words()
    {
        DiscoveryRules.LearnedGivenNames.Should().Contain(["Jaron", "Garrett", "Clayton", "Dwarkesh"]);
        DiscoveryRules.LearnedGivenNames.Should().NotContain(["South", "Together", "Google", "The", "As"]);
        DiscoveryRules.LearnedGivenNames.Should().OnlyContain(word => char.IsUpper(word[0]) && word.Length >= 2);
        DiscoveryRules.IsGivenName("Warren").Should().BeTrue(because: "the hand list still counts");
    }
}
