using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Names the corpus knows (KnownNames.txt) are mentions wherever the note's own evidence is too weak, but only as whole
/// names: not a piece of a longer capitalised name, of a path, an adjective before a noun, a bare given name, or a word
/// the note also writes as a common noun.
/// </summary>
public sealed class KnownNameTests
{
    public static TheoryData<string, string> FindCases => new()
    {
        // A sentence-opening name used once, a label's name, a list of tools.
        { "Databricks, for example, is developing a product.", "Databricks" },
        { "Asana: tasks are created automatically.", "Asana" },
        { "Databricks Integration: tasks are synced.", "" },
        { "Before starting, ensure you have Git and Docker installed.", "Git | Docker" },
        // The longest spelling wins, and a version after it continues the name.
        { "It was trained like Llama 3 before it.", "Llama 3" },
        { "It was trained like Llama 3.5 before it.", "" },
        // A piece of a longer name, joined by a capitalised word or a small word; a label's title-case word counts too.
        { "Git for Windows installs a shell.", "" },
        { "This aligns with a Tesla Roadster phase.", "" },
        { "They read Moonwalking with Einstein last year.", "" },
        // A path, an adjective before a noun, a given name alone.
        { "Run the script in the Engine\\Extras\\Android directory.", "" },
        { "A channel about Japanese passenger trains.", "" },
        { "The models are weaker in Japanese or Korean.", "Japanese | Korean" },
        { "A Jack of all trades.", "" },
    };

    [Theory]
    [MemberData(nameof(FindCases))]
    public void A_known_name_is_found_as_a_whole_name_only(string text, string expected)
    {
        var found = KnownNames.FindIn(text, ClaimTokenizer.Tokenize(text));

        string.Join(" | ", found.Select(f => text[f.Start..f.End])).Should().Be(expected, because: $"text was \"{text}\"");
    }

    [Fact]
    public async Task A_known_name_the_note_gives_no_evidence_for_is_a_discovered_mention_of_the_corpus_entity()
    {
        var batch = await HandMadeNotes.BuildAsync("Databricks, for example, is developing a product to help users.");

        batch.Mentions.Select(m => m.EntityId).Should().Equal("databricks");
        batch.DiscoveredEntities.Should().ContainSingle(e => e.Id == "databricks")
            .Which.Should().Match<Entity>(e => e.Type == EntityType.Organization && e.Source == EntitySource.Discovered);
    }

    [Fact]
    public async Task A_known_word_the_note_also_writes_in_lower_case_is_left_to_the_notes_own_evidence()
    {
        var batch = await HandMadeNotes.BuildAsync("Perplexity answers questions.\nThe perplexity of the model dropped.");

        batch.Mentions.Should().BeEmpty();
    }

    [Fact]
    public void Every_listed_name_is_a_whole_capitalised_name_the_builder_would_keep()
    {
        var names = File.ReadAllLines(RepositoryRoot.Combine("src", "Core", "Ingest", "Extraction", "KnownNames.txt"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();

        names.Should().HaveCountGreaterThan(1000).And.OnlyContain(fields => fields.Length == 3 && Enum.IsDefined(typeof(EntityType), fields[2]));
        names.Select(fields => fields[0]).Should().OnlyHaveUniqueItems()
            .And.OnlyContain(spelling => spelling.Any(char.IsUpper) && (spelling.Contains(' ') || spelling.Count(char.IsLetter) >= 3))
            .And.NotContain(spelling => !spelling.Contains(' ') && DiscoveryRules.CommonWords.Contains(spelling));
    }
}
