using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Parsing;

public sealed class SeedNoteParsingTests
{
    public static TheoryData<string> Seeds => new(SeedNotes.All);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_claim_of_every_seed_maps_back_to_its_source(string fileName)
    {
        var note = SeedNotes.Parse(fileName);

        note.Claims.Should().NotBeEmpty();
        note.ShouldMapToSource();
        note.Claims.Select(c => c.Span.Start).Should().BeInAscendingOrder();
        note.Claims.Zip(note.Claims.Skip(1)).Should().OnlyContain(pair => pair.First.Span.End <= pair.Second.Span.Start, "claims do not overlap");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Claim_text_shows_no_markup(string fileName)
    {
        var note = SeedNotes.Parse(fileName);

        note.Claims.Should().OnlyContain(c => !c.Text.Contains("[[") && !c.Text.Contains("]]") && !c.Text.Contains('<') &&
                                              !c.Text.Contains("**") && !c.Text.Contains("yt-timestamp") && !c.Text.Contains("[00:"));
    }

    [Theory]
    [InlineData(SeedNotes.Bankless, "emerging-trends-in-ai-development", "Emerging trends in AI development", "bankless", "UnMYLttFaUg")]
    [InlineData(SeedNotes.OpenSource, "developments-and-challenges-in-opensource-ai-models", "Developments and challenges in opensource AI models", "bankless", "NtZTR1tpxZY")]
    [InlineData(SeedNotes.Redpoint, "challenges-and-advancements-in-ai-model-development", "Challenges and advancements in AI model development", "redpointai", "a0bEU83P8g8")]
    public void TubeGraph_seeds_carry_their_front_matter_and_channel(string fileName, string id, string title, string channel, string videoId)
    {
        var note = SeedNotes.Parse(fileName);

        note.Format.Should().Be(NoteFormat.TubeGraphMarkdown);
        note.Id.Should().Be(id);
        note.Title.Should().Be(title);
        note.Channel.Should().Be(channel);
        note.VideoId.Should().Be(videoId);
        note.SourceUrl.Should().Be($"https://www.youtube.com/watch?v={videoId}");
        note.Author.Should().BeNull();
    }

    [Fact]
    public void Plain_brief_drops_page_boilerplate_and_names_the_related_section()
    {
        var note = SeedNotes.Parse(SeedNotes.Brief);

        note.Format.Should().Be(NoteFormat.PlainText);
        note.Id.Should().Be("002-bc6b0c7671b90487", "the brief has no title, so its id comes from the file name");
        note.Title.Should().Be("OpenAI's model development isn't about isolated releases.");
        note.Channel.Should().BeNull();
        note.Claims.Should().NotContain(c => c.Text.Contains("personalized podcast brief") || c.Text.Contains("We scan new podcasts") || c.Text == "Related Insights");
        note.Claims[0].Text.Should().Be("OpenAI's model development isn't about isolated releases.");
        note.Claims[0].Section.Should().BeEmpty();
        note.Claims.Should().Contain(c => c.Text.StartsWith("A key part of OpenAI's 'takeoff' strategy", StringComparison.Ordinal))
            .Which.Section.Should().Equal("Related Insights");
        note.Claims.Should().ContainSingle(c => c.Text.Contains("OpenAI (GPT-5.2), Google (Gemini 3), and Anthropic (Claude 4.5)", StringComparison.Ordinal));
        note.Claims.Should().HaveCount(26);
    }

    [Fact]
    public void Newsletter_seed_recovers_url_title_publication_author_and_sections()
    {
        var note = SeedNotes.Parse(SeedNotes.Newsletter);

        note.Format.Should().Be(NoteFormat.NewsletterDump);
        note.Id.Should().Be("some-ideas-for-what-comes-next");
        note.Title.Should().Be("Some ideas for what comes next");
        note.Channel.Should().Be("Interconnects");
        note.Author.Should().Be("Nathan Lambert");
        note.SourceUrl.Should().Be("https://www.interconnects.ai/p/summertime-outlook-o3s-novelty-coming");
        note.Claims[0].Text.Should().Be("Summer is always a slow time for the tech industry.");
        note.Claims.Select(c => c.Section.SingleOrDefault()).Distinct().Should().Equal(
            null,
            "o3 as a technical breakthrough beyond scaling",
            "Progress on agents will be higher variance than modeling was, but often still extremely rapid",
            "Scaling parameters is going to go very slow for consumer models");
        note.Claims.Should().Contain(c => c.Text == "The default story around OpenAI’s o3 model is that they “scaled compute for reinforcement learning training,” which caused some weird, entirely new over-optimization issues.");
        note.Claims.Should().Contain(c => c.Text == "I’m going to take this brief reprieve in the bombardment of AI releases to reflect on where we’ve been and where we’re going.");
        note.Claims.Should().Contain(c => c.Text == "OpenAI’s models operate on a Bing backend.");
        note.Claims.Should().Contain(c => c.Text == "Anthropic uses Brave’s API and it struggles for it (lots of SEO spam).");
    }

    [Fact]
    public void Newsletter_seed_drops_directory_chrome_in_every_language()
    {
        var note = SeedNotes.Parse(SeedNotes.Newsletter);

        string[] chrome = ["Een podcast door", "Categorieën", "Podcast artwork", "native language site", "reader-supported publication",
                           "becoming a subscriber", "public episode", "interconnects.ai/subscribe", "https://"];
        foreach (var text in chrome)
        {
            note.Claims.Should().NotContain(c => c.Text.Contains(text, StringComparison.OrdinalIgnoreCase), "'{0}' is page chrome", text);
        }

        note.Claims[^1].Text.Should().StartWith("The Gemini 2.5 model series makes considerable progress");
    }

    [Fact]
    public void Prime_Intellect_claim_keeps_the_32_billion_parameter_wording_and_timestamp()
    {
        var note = SeedNotes.Parse(SeedNotes.Bankless);

        var claim = note.Claims.Should().ContainSingle(c => c.Text.Contains("Prime Intellect", StringComparison.Ordinal)).Which;
        claim.Text.Should().Be("Prime Intellect, a crypto company, recently announced the successful decentralized training of a 32-billion parameter model.");
        claim.Section.Should().Equal("Decentralized AI Training");
        claim.Timestamp.Should().Be(new Timestamp("01:18:58", 4738));
        claim.Span.Slice(note.Text).Should().StartWith("Prime Intellect, a [[emerging_trends_in_ai_and_crypto | crypto]] company")
            .And.EndWith("<a class=\"yt-timestamp\" data-t=\"01:18:58\">[01:18:58]</a>.");
    }

    [Fact]
    public void BitTensor_claims_keep_money_in_one_sentence_and_link_labels()
    {
        var note = SeedNotes.Parse(SeedNotes.OpenSource);

        note.Claims.Should().Contain(c => c.Text == "It provides incentives, currently estimated at $1.2 billion annually, to teams that build AI resources such as compute, models, and training infrastructure.");
        var bittensor = note.Claims.Should().Contain(c => c.Text.StartsWith("BitTensor, often referred to as an AI L1", StringComparison.Ordinal)).Which;
        bittensor.Section.Should().Equal("Key Developments", "BitTensor's Role in Open-Source AI");
        bittensor.Span.Slice(note.Text).Should().StartWith("[[decentralized_ai_model_training_and_innovations | BitTensor]]");
        note.Claims.Should().Contain(c => c.Text == "By offering funding and a platform, BitTensor supports various open-source initiatives, including those from News Research and Kido.")
            .Which.Timestamp.Should().Be(new Timestamp("00:59:00", 3540));
        note.Links.Should().Contain(new ParsedLink("decentralized_ai_model_training_and_innovations", "BitTensor", bittensor.Span with { End = bittensor.Span.Start + "[[decentralized_ai_model_training_and_innovations | BitTensor]]".Length }));
    }

    [Fact]
    public void List_items_with_bold_labels_become_claims_of_their_section()
    {
        var note = SeedNotes.Parse(SeedNotes.Redpoint);

        var item = note.Claims.Should().Contain(c => c.Text.StartsWith("Simulation vs. Real World:", StringComparison.Ordinal)).Which;
        item.Text.Should().Be("Simulation vs. Real World: A key challenge remains whether to train in simulation or the real world.");
        item.Section.Should().Equal("Key Advancements and Progress", "Progress in Robotics");
        item.Span.Slice(note.Text).Should().StartWith("**Simulation vs. Real World:**");
        note.Claims.Should().Contain(c => c.Text == "Forming a partnership with Microsoft.");
        note.Claims.Should().Contain(c => c.Text == "O1 represents a 100x compute increase over GPT-4.");
    }

    [Fact]
    public void Wiki_links_of_the_seeds_are_kept_with_target_label_and_span()
    {
        var note = SeedNotes.Parse(SeedNotes.Bankless);

        note.Links.Should().HaveCount(8);
        note.Links.Should().OnlyContain(l => l.Span.Slice(note.Text).StartsWith("[[") && l.Span.Slice(note.Text).EndsWith("]]"));
        note.Links[0].Should().Be(new ParsedLink("emerging_trends_and_companies_in_ai_crypto", "AGI", note.Links[0].Span));
        note.Links.Should().NotContain(l => l.Target == "bankless", "the From line names the channel, not a topic");
    }
}
