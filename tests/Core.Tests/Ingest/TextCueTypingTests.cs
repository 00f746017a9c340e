using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Type cues in the note's own text (types17): a label's definition after its colon types the label's name by its class
/// noun ("Acme: A tool designed to ...", "Acme: This platform ..."), as a hint, which never makes a label a name.
/// </summary>
public sealed class TextCueTypingTests
{
    public static TheoryData<string, string, EntityType> TypingCases => new()
    {
        // A label defined by a class noun after its colon.
        { "Quorvane: A tool designed to help teams split large repositories.", "Quorvane", EntityType.Product },
        { "Trellixo: An open-source platform for scheduling batch jobs.", "Trellixo", EntityType.Product },
        { "Mellowfin: This platform lets shops price returns in real time.", "Mellowfin", EntityType.Product },
        { "Sorbrix: This fast note-taking app replaces the launcher.", "Sorbrix", EntityType.Product },
        { "Dravenko: A small startup building sensors for greenhouses.", "Dravenko", EntityType.Organization },
    };

    [Theory]
    [MemberData(nameof(TypingCases))]
    public async Task A_cue_in_the_text_types_the_name(string text, string name, EntityType expected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => e.Type).Should().Equal([expected], because: $"text was \"{text}\"");
    }

    public static TheoryData<string, string, EntityType> NotTypingCases => new()
    {
        // A label's sentence that defines nothing: a quantity, a definite article, a noun past the few words read.
        { "Quorvane: A lot of tools were tried and dropped.", "Quorvane", EntityType.Product },
        { "Trellixo: The platform team shipped the fix on Monday.", "Trellixo", EntityType.Product },
        { "Mellowfin: A surprisingly long and quite detailed story about a tool.", "Mellowfin", EntityType.Product },
        // A name before the colon that is not the whole label.
        { "Notes on Dravenko and pricing: A tool for shops.", "Dravenko", EntityType.Product },
        // A class noun past the definition's first preposition.
        { "Plimtek: A benchmark for evaluating language models on maths.", "Plimtek", EntityType.Product },
    };

    [Theory]
    [MemberData(nameof(NotTypingCases))]
    public async Task These_do_not_type_the_name(string text, string name, EntityType notExpected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => e.Type).Should().NotContain(notExpected, because: $"text was \"{text}\"");
    }
}
