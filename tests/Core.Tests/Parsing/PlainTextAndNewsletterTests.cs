using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Parsing;

public sealed class PlainTextAndNewsletterTests
{
    [Fact]
    public void Plain_text_drops_brief_boilerplate_and_keeps_paragraph_sentences()
    {
        const string text = "Get your free personalized podcast brief\n\nWe scan new podcasts and send you the top 5 insights daily.\n\nFirst insight here. It spans\ntwo lines.\n\nRelated Insights\n\nAnother one.";
        var note = new NoteParser().Parse("briefs/b1.txt", text);

        note.Format.Should().Be(NoteFormat.PlainText);
        note.Id.Should().Be("b1");
        note.Claims.Select(c => (c.Text, c.Section.Count == 0 ? "" : c.Section[0])).Should().Equal(
            ("First insight here.", ""), ("It spans two lines.", ""), ("Another one.", "Related Insights"));
        note.ShouldMapToSource();
    }

    [Fact]
    public void Plain_text_with_a_heading_line_first_takes_it_as_title()
    {
        var note = new NoteParser().Parse("x.txt", "Why Scaling Slowed Down\n\nCompute got expensive. Ideas matter again.");

        note.Title.Should().Be("Why Scaling Slowed Down");
        note.Id.Should().Be("why-scaling-slowed-down");
        note.Claims.Should().HaveCount(2);
    }

    [Fact]
    public void Unrecognised_text_falls_back_to_plain_text()
    {
        FormatDetector.Detect("just some words").Should().Be(NoteFormat.PlainText);
        FormatDetector.Detect("---\ntitle: x\n---\n").Should().Be(NoteFormat.TubeGraphMarkdown);
        FormatDetector.Detect("From: [[chan]] <br/>\n\nText.").Should().Be(NoteFormat.TubeGraphMarkdown);
        FormatDetector.Detect(new string('a', 3000)).Should().Be(NoteFormat.PlainText, "a long line alone is not a newsletter");
    }

    private static string Newsletter(string body) =>
        "A Fine Title\n\nPubName - A podcast by Jane Doe\n\nPodcast artwork\n\nCategories:\n\n" + body + "\n\nVisit the podcast's native language site";

    private static string Filler => string.Concat(Enumerable.Repeat("More words keep this line long enough to be a body. ", 25));

    [Fact]
    public void Newsletter_recovers_metadata_from_an_english_directory_page()
    {
        var text = Newsletter("https://example.substack.com/p/some-post-slug-2025Opening words here. " + Filler);
        var note = new NoteParser().Parse("n.txt", text);

        note.Format.Should().Be(NoteFormat.NewsletterDump);
        note.Title.Should().Be("A Fine Title");
        note.Channel.Should().Be("PubName");
        note.Author.Should().Be("Jane Doe");
        note.SourceUrl.Should().Be("https://example.substack.com/p/some-post-slug-2025");
        note.Claims[0].Text.Should().Be("Opening words here.");
        note.Claims.Should().NotContain(c => c.Text.Contains("artwork") || c.Text.Contains("Categories") || c.Text.Contains("native language"));
        note.ShouldMapToSource();
    }

    [Theory]
    [InlineData("https://www.interconnects.ai/p/summertime-outlook-o3s-novelty-comingSummer is slow.", "https://www.interconnects.ai/p/summertime-outlook-o3s-novelty-coming")]
    [InlineData("https://x.ai/p/postOpenAI leads.", "https://x.ai/p/post")]
    [InlineData("https://x.ai/p/post “Quoted start.", "https://x.ai/p/post")]
    [InlineData("https://x.ai/p/post?utm=Abc Then text.", "https://x.ai/p/post?utm=Abc")]
    public void Newsletter_url_ends_where_the_glued_text_begins(string body, string url)
    {
        var note = new NoteParser().Parse("n.txt", Newsletter(body + " " + Filler));

        note.SourceUrl.Should().Be(url);
        note.Claims.Should().NotContain(c => c.Text.Contains("https://"));
    }

    [Fact]
    public void Newsletter_numbered_headings_and_glued_bullets_become_sections_and_items()
    {
        var body = "https://e.com/p/aIntro sentence here.1. First big ideaThe idea is good.I’m sure of it. Options:* Option one,* Option two.2. Second ideaClaude Code works. " + Filler;
        var note = new NoteParser().Parse("n.txt", Newsletter(body));

        note.Claims.Take(7).Select(c => (c.Text, c.Section.SingleOrDefault())).Should().Equal(
            ("Intro sentence here.", null),
            ("The idea is good.", "First big idea"),
            ("I’m sure of it.", "First big idea"),
            ("Options:", "First big idea"),
            ("Option one,", "First big idea"),
            ("Option two.", "First big idea"),
            ("Claude Code works.", "Second idea"));
        note.ShouldMapToSource();
    }

    [Fact]
    public void Newsletter_drops_subscription_footers_inside_the_text()
    {
        var body = "https://e.com/p/aReal claim one. Pub is a reader-supported publication. Consider becoming a subscriber. Real claim two. " + Filler +
                   "This is a public episode. If you'd like to discuss this with other subscribers or get access to bonus episodes, visit www.e.com/subscribe";
        var note = new NoteParser().Parse("n.txt", Newsletter(body));

        note.Claims.Select(c => c.Text).Should().StartWith(["Real claim one.", "Real claim two."]);
        note.Claims.Should().NotContain(c => c.Text.Contains("subscri", StringComparison.OrdinalIgnoreCase) || c.Text.Contains("public episode"));
    }
}
