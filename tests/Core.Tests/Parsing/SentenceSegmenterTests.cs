using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Core.Tests.Parsing;

public sealed class SentenceSegmenterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "One. Two.", ["One.", "Two."] },
        { "It costs $1.2 billion a year. Then more.", ["It costs $1.2 billion a year.", "Then more."] },
        { "GPT-4.5 is out. Claude 3.5 Sonnet too.", ["GPT-4.5 is out.", "Claude 3.5 Sonnet too."] },
        { "Labs such as o3 and o4-mini lead. o3 is first.", ["Labs such as o3 and o4-mini lead.", "o3 is first."] },
        { "xAI shipped Grok 3. xAI then open-sourced Grok 2.", ["xAI shipped Grok 3.", "xAI then open-sourced Grok 2."] },
        { "Tools, e.g. search, help. Models, i.e. weights, matter.", ["Tools, e.g. search, help.", "Models, i.e. weights, matter."] },
        { "Use cases (e.g., booking, shopping) exist. Next.", ["Use cases (e.g., booking, shopping) exist.", "Next."] },
        { "Labs in the U.S. lead. The U.S. Army agrees.", ["Labs in the U.S. lead.", "The U.S. Army agrees."] },
        { "He lives in the U.S. The rest moved.", ["He lives in the U.S.", "The rest moved."] },
        { "Dr. Smith met Mr. Jones. They talked.", ["Dr. Smith met Mr. Jones.", "They talked."] },
        { "Open vs. closed models differ. Both matter.", ["Open vs. closed models differ.", "Both matter."] },
        { "Wait... it works. Then what… Nothing.", ["Wait... it works.", "Then what…", "Nothing."] },
        { "He said \"it hit a wall.\" Others disagreed.", ["He said \"it hit a wall.\"", "Others disagreed."] },
        { "A “trained hunting dog on the scent.” o3 just feels different.", ["A “trained hunting dog on the scent.”", "o3 just feels different."] },
        { "Is it cheating? Maybe not! Ask again.", ["Is it cheating?", "Maybe not!", "Ask again."] },
        { "until August.I’m going to rest.", ["until August.", "I’m going to rest."] },
        { "feel the AGI.”What I know is this.", ["feel the AGI.”", "What I know is this."] },
        { "made that pretty clear:The Gemini report says so.", ["made that pretty clear:", "The Gemini report says so."] },
        { "Visit www.interconnects.ai/subscribe today. Or openai.com now.", ["Visit www.interconnects.ai/subscribe today.", "Or openai.com now."] },
        { "See https://example.com/a.b?c=1. Then stop.", ["See https://example.com/a.b?c=1.", "Then stop."] },
        { "Steps: 1. Install it. 2. Run it.", ["Steps: 1. Install it.", "2. Run it."] },
        { "It was released in 2025. 2026 will be bigger.", ["It was released in 2025.", "2026 will be bigger."] },
        { "Node.JS and Vue.js work. Fine.", ["Node.JS and Vue.js work.", "Fine."] },
        { "Read it at hi.oscar.health. Mario posts too.", ["Read it at hi.oscar.health.", "Mario posts too."] },
        { "He got a Ph.D. in physics.", ["He got a Ph.D. in physics."] },
        { "why not AI for live interactions?. The argument shifts.", ["why not AI for live interactions?.", "The argument shifts."] },
        { "Good timing, etc. It’s just a joy.", ["Good timing, etc.", "It’s just a joy."] },
        { "Noam B. Brown spoke.", ["Noam B. Brown spoke."] },
        { "  Leading and trailing space.  ", ["Leading and trailing space."] },
        { "No terminator at all", ["No terminator at all"] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_sentences(string text, string[] expected)
    {
        var sentences = SentenceSegmenter.Segment(text).Select(s => s.Slice(text)).ToArray();

        sentences.Should().Equal(expected);
    }

    [Fact]
    public void Appends_to_an_existing_list_without_touching_earlier_entries()
    {
        var sentences = new List<ClaimGraph.Model.TextSpan> { new(0, 1) };

        SentenceSegmenter.Segment("One. Two.", sentences);

        sentences.Should().Equal(new ClaimGraph.Model.TextSpan(0, 1), new(0, 4), new(5, 9));
    }
}
