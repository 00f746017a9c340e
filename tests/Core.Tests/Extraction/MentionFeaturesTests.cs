using ClaimGraph.Core.Tests.Ingest;
using ClaimGraph.ExtractionScore.Scoring;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>The scorer's named features of discovered mentions (the input of tools/mention-filter), on hand-made notes.</summary>
public sealed class MentionFeaturesTests
{
    [Fact]
    public async Task Features_of_a_name_say_where_it_stands_and_how_the_note_uses_it()
    {
        var batch = await HandMadeNotes.BuildAsync("""
            Quintessa Labs: a hosting firm from the north.
            Engineers at Quintessa Labs ship the Marblefrost Engine to banks.
            Critics called it "Marblefrost Engine" in reviews.
            The marblefrost logo is blue.
            """);

        var features = Features(batch);

        var label = features.Should().ContainKey(("Quintessa Labs", 0)).WhoseValue;
        label["sentence_initial"].Should().Be(1);
        label["in_label"].Should().Be(1, "a ':' ends the short label it opens");
        label["log_uses"].Should().BeApproximately(Math.Log(3), 1e-9, "the note names it twice");
        label["initial_share"].Should().Be(0.5);
        label["type_organization"].Should().Be(1, "'Labs' is a company suffix");

        var inSentence = features[("Quintessa Labs", 1)];
        inSentence["sentence_initial"].Should().Be(0);
        inSentence["in_label"].Should().Be(0);
        inSentence["prev_preposition"].Should().Be(1);

        var engine = features.Where(f => f.Key.Text == "Marblefrost Engine").Select(f => f.Value).ToList();
        engine.Should().HaveCount(2);
        engine.Should().Contain(f => f["prev_determiner"] == 1 && f["in_quotes"] == 0 && f["inside_quotes"] == 0);
        engine.Should().Contain(f => f["in_quotes"] == 1 && f["inside_quotes"] == 1);
        engine.Should().OnlyContain(f => f["lower_word_share"] == 0.5, "the note writes 'marblefrost' in lower case, not 'engine'");
    }

    /// <summary>Each discovered mention's features by name, keyed by its text and its rank among mentions of that text.</summary>
    private static Dictionary<(string Text, int Rank), Dictionary<string, double>> Features(NoteBatch batch)
    {
        var discovered = batch.DiscoveredEntities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var result = new Dictionary<(string, int), Dictionary<string, double>>();
        foreach (var (index, values) in MentionFeatures.All(batch, id => discovered.TryGetValue(id, out var type) ? type : null, discovered.ContainsKey))
        {
            var text = batch.Mentions[index].MatchedText;
            var rank = result.Keys.Count(k => k.Item1 == text);
            result[(text, rank)] = MentionFeatures.Columns.Select((c, i) => (c.Name, Value: values[i])).ToDictionary(c => c.Name, c => c.Value);
        }

        return result;
    }
}
