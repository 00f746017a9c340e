using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// General evidence that types a discovered name its note gives no cue for: a place by the gazetteer, a compass word or a
/// place word at its end; a person by a given name of general knowledge; a product or an organisation by the word that
/// ends its name, a lower-case letter before a capital, "download X", "open X", a part of a program's screen, or the type
/// the corpus gives the name.
/// </summary>
public sealed class GeneralTypeEvidenceTests
{
    public static TheoryData<string, string, EntityType> TypingCases => new()
    {
        // Places: the gazetteer, a compass word before a place, a place word at the end of title-case words.
        { "Our cousins moved to Kenya last year, and the weather in Kenya suits them.", "Kenya", EntityType.Place },
        { "The survey covered Pennsylvania and found that Pennsylvania farms were shrinking.", "Pennsylvania", EntityType.Place },
        { "Most of the demand now comes from Western Europe and not from anywhere else.", "Western Europe", EntityType.Place },
        { "The walking tour ends at the Woolworth Building before lunch.", "Woolworth Building", EntityType.Place },
        { "Engineers finished the Three Gorges Dam after many years.", "Three Gorges Dam", EntityType.Place },
        // People: a given name of general knowledge and a surname-like word.
        { "The chapter quotes Winston Churchill on courage in hard times.", "Winston Churchill", EntityType.Person },
        { "Each summer we reread Annie Dillard for her sentences.", "Annie Dillard", EntityType.Person },
        // Products: a product word at the end of the name, a lower-case letter before a capital, what one opens or downloads,
        // a part of its screen.
        { "The team shipped the Zorblat SDK with three examples.", "Zorblat SDK", EntityType.Product },
        { "All exports went to Quillmark Desktop over the weekend.", "Quillmark Desktop", EntityType.Product },
        { "Notes sync through zQuill, and zQuill keeps them offline.", "zQuill", EntityType.Product },
        { "First download Brindle, and keep Brindle updated.", "Brindle", EntityType.Product },
        { "The settings in Quorra let you pick a theme, and Quorra remembers it.", "Quorra", EntityType.Product },
        // Organisations: an organisation word at the end of the name.
        { "Members of the Zelvian Party met twice in the spring.", "Zelvian Party", EntityType.Organization },
        { "A letter from the Kovrin Guild arrived on Monday.", "Kovrin Guild", EntityType.Organization },
        // The type the corpus gives the name, where the note gives none.
        { "Last week Vite felt fast, and later Vite got faster still.", "Vite", EntityType.Product },
    };

    [Theory]
    [MemberData(nameof(TypingCases))]
    public async Task General_evidence_types_a_name_its_note_gives_no_cue_for(string text, string name, EntityType expected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => e.Type).Should().Equal([expected], because: $"text was \"{text}\"");
    }

    public static TheoryData<string, string, EntityType> NotTypingCases => new()
    {
        // A gazetteer name left out for being a given name as often; a place word after an acronym.
        { "Jordan fixed the parser, and then Jordan wrote the tests.", "Jordan", EntityType.Place },
        { "The ADB Bridge connects the laptop to the phone.", "ADB Bridge", EntityType.Place },
        // A given name before a common word is no person.
        { "The Annie Awards honour animation every year.", "Annie Awards", EntityType.Person },
        // Title-case common words before a product or organisation word are a phrase, not a name of that type.
        { "The Trade Union Act passed.", "Trade Union", EntityType.Organization },
        { "The Search Engine Results page looked different.", "Search Engine", EntityType.Product },
        // A name the note writes as an owner keeps no product type from the corpus: it is the maker there.
        { "LangChain's LangGraph adds state to agents.", "LangChain", EntityType.Product },
    };

    [Theory]
    [MemberData(nameof(NotTypingCases))]
    public async Task General_evidence_does_not_type_these(string text, string name, EntityType notExpected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => e.Type).Should().NotContain(notExpected, because: $"text was \"{text}\"");
    }

    [Fact]
    public async Task An_owner_the_corpus_calls_a_product_still_develops_what_it_owns()
    {
        var batch = await HandMadeNotes.BuildAsync("LangChain's LangGraph adds state to agents.");

        HandMadeNotes.ExtractedRelations(batch).Should().Contain("langchain DEVELOPS langgraph");
    }

    [Fact]
    public void The_lists_hold_general_knowledge_not_ambiguous_words()
    {
        DiscoveryRules.Gazetteer.Should().Contain(["Kenya", "Pennsylvania", "Mars", "Eiffel Tower", "Sri Lanka"]);
        DiscoveryRules.Gazetteer.Should().NotContain(["Jordan", "Chad", "Phoenix", "Pentagon"]);
        DiscoveryRules.WorldGivenNames.Should().Contain(["Winston", "Annie", "Marvin"]);
        DiscoveryRules.WorldGivenNames.Should().NotContain(["Lee", "Kim", "Roman", "Google"]);
    }
}
