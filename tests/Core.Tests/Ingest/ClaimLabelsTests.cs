using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>A claim's opening bold run is a list label: where it ends, and what discovery makes of the words around it.</summary>
public sealed class ClaimLabelsTests
{
    private const string Header = "---\ntitle: Labels\nvideoId: abc123\n---\n\n";

    [Theory]
    [InlineData("*   **Loss of Nuance** A lot of information was lost in translation.", "Loss of Nuance ")]
    [InlineData("- **Speed**: The model answers in under a second.", "Speed: ")]
    [InlineData("- **Key Features:** It runs locally.", "Key Features: ")]
    [InlineData("*   __Reduced Training Costs__ LLaVA 1.5 is cheap to train.", "Reduced Training Costs ")]
    public void A_bold_run_opening_a_claim_is_its_label(string line, string label)
    {
        var (text, claim) = OnlyClaim(line);

        var end = ClaimLabels.LabelEnd(text, claim);

        claim.Text[..end].Should().Be(label);
    }

    [Theory]
    [InlineData("- The model answers in **under a second**.")]
    [InlineData("- **The whole claim is bold.**")]
    [InlineData("- Plain text with no label.")]
    public void A_claim_without_an_opening_bold_label_has_none(string line)
    {
        var (text, claim) = OnlyClaim(line);

        ClaimLabels.LabelEnd(text, claim).Should().Be(0);
    }

    public static TheoryData<string, string> MentionCases => new()
    {
        // The label's words do not run into the sentence after it.
        { "*   **Loss of Nuance** A lot of information was lost in translation.", "" },
        { "*   **Reduced Training Costs** LLaVA 1.5 achieved state-of-the-art performance on 11 benchmarks.", "LLaVA 1.5=llava-1-5:Model" },
        { "*   **API Keys** Users need an OpenAI API key to get started.", "OpenAI=openai" },
        // A name's own shape counts in a label only where the name is not the whole label.
        { "- **Akamai Cloud (formerly Linode):** Another option for CPU instances.", "Akamai Cloud=akamai-cloud:Other | Linode=linode:Other" },
        { "- **PostgreSQL Password:** Set it in the environment file.", "" },
        { "*   **New Co-Executive Directors** Tomas and Hao are the incoming directors.", "Tomas=tomas:Person | Hao=hao:Other" },
        // A label is a mention of a name only when the note names it elsewhere.
        { "*   **Speed** The answers come fast.", "" },
        { "*   **Archon** The agent builder is free.\n*   It was built with Archon.", "Archon=archon:Product | Archon=archon:Product" },
    };

    [Theory]
    [MemberData(nameof(MentionCases))]
    public async Task Discovery_reads_a_bold_label_apart_from_its_sentence(string body, string expected)
    {
        var catalog = await SeedCatalog.LoadAsync();
        var parsed = new NoteParser().Parse("notes/labels.md", Header + body);
        var batch = new NoteBatchBuilder(catalog).Build(parsed, "labels", "hash", "notes/labels.md").Batch;

        var discovered = batch.DiscoveredEntities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var mentions = batch.Mentions
            .Select(m => $"{m.MatchedText}={m.EntityId}" + (discovered.TryGetValue(m.EntityId, out var type) ? $":{type}" : ""));
        string.Join(" | ", mentions).Should().Be(expected, because: $"the note was \"{body}\"");
    }

    private static (string Text, ParsedClaim Claim) OnlyClaim(string line)
    {
        var note = new NoteParser().Parse("notes/labels.md", Header + line);
        return (note.Text, note.Claims.Should().ContainSingle().Subject);
    }
}
