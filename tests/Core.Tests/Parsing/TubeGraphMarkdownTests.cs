using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Parsing;

public sealed class TubeGraphMarkdownTests
{
    private const string Header = "---\ntitle: Test note\nvideoId: abc123\n---\n\nFrom: [[somechannel]] <br/> \n\n";

    private static ParsedNote Parse(string body)
    {
        var note = new NoteParser().Parse("notes/test.md", Header + body);
        note.Format.Should().Be(NoteFormat.TubeGraphMarkdown);
        note.ShouldMapToSource();
        return note;
    }

    private static string Anchor(string time) => $"<a class=\"yt-timestamp\" data-t=\"{time}\">[{time}]</a>";

    [Fact]
    public void Reads_front_matter_and_channel()
    {
        var note = Parse("Text.");

        note.Id.Should().Be("test-note");
        note.Title.Should().Be("Test note");
        note.VideoId.Should().Be("abc123");
        note.Channel.Should().Be("somechannel");
        note.Claims.Should().ContainSingle().Which.Text.Should().Be("Text.");
    }

    [Fact]
    public void Uses_the_file_name_when_front_matter_has_no_title()
    {
        var note = new NoteParser().Parse("dir/My Note_File.md", "---\nvideoId: x\n---\n\nA claim.");

        note.Id.Should().Be("my-note-file");
        note.Title.Should().Be("My Note_File");
    }

    [Theory]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"00:01:02\">[00:01:02]</a>", "00:01:02", 62)]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"02:43\">[02:43]</a>", "02:43", 163)]
    [InlineData("[00:01:02]", "00:01:02", 62)]
    [InlineData("[02:43]", "02:43", 163)]
    [InlineData("<p class=\"yt-timestamp\" data-t=\"00:18:35\">[00:18:35]</p>", "00:18:35", 1115)]
    [InlineData("<a class=\"yt-timestamp\" data-t=\"02:54:82\">[02:54:82]</a>", "02:54:82", null)]
    [InlineData("[02:54:82]", "02:54:82", null)]
    public void Reads_every_timestamp_form_and_keeps_malformed_ones(string anchor, string text, int? seconds)
    {
        var note = Parse($"Models improved a lot {anchor}. Next one.");

        var claim = note.Claims[0];
        claim.Text.Should().Be("Models improved a lot.");
        claim.Timestamp.Should().Be(new Timestamp(text, seconds));
        claim.Span.Slice(note.Text).Should().Be($"Models improved a lot {anchor}.");
    }

    [Fact]
    public void Several_anchors_in_a_row_give_the_first_and_stay_inside_the_span()
    {
        var anchors = $"{Anchor("01:02:14")} {Anchor("01:02:27")}, {Anchor("01:02:46")}";
        var note = Parse($"Planning minimizes memory access {anchors}. Then more [00:02:12, 00:02:15].");

        note.Claims[0].Text.Should().Be("Planning minimizes memory access.");
        note.Claims[0].Timestamp.Should().Be(new Timestamp("01:02:14", 3734));
        note.Claims[0].Span.Slice(note.Text).Should().EndWith("[01:02:46]</a>.");
        note.Claims[1].Text.Should().Be("Then more.");
        note.Claims[1].Timestamp.Should().Be(new Timestamp("00:02:12", 132));
    }

    [Fact]
    public void Brackets_holding_only_timestamps_are_hidden_with_them()
    {
        var note = Parse($"Costs fall fast ({Anchor("00:01:00")}). Plain too ([00:02:00], [00:02:05]).");

        note.Claims.Select(c => c.Text).Should().Equal("Costs fall fast.", "Plain too.");
        note.Claims.Select(c => c.Timestamp!.Seconds).Should().Equal(60, 120);
        note.Claims[0].Span.Slice(note.Text).Should().EndWith("</a>).");
    }

    [Fact]
    public void A_sentence_without_a_timestamp_takes_the_next_one_of_its_paragraph_only()
    {
        var note = Parse($"First sentence. Second sentence {Anchor("00:00:10")}. Third sentence.\n\nOther paragraph {Anchor("00:00:20")}.");

        note.Claims.Select(c => c.Timestamp?.Seconds).Should().Equal(10, 10, null, 20);
    }

    [Fact]
    public void A_timestamp_after_the_closing_punctuation_belongs_to_the_sentence_before()
    {
        var note = Parse($"Why not AI for live interactions? {Anchor("01:08:58")}. The argument shifts {Anchor("01:10:09")}.");

        note.Claims.Select(c => c.Text).Should().Equal("Why not AI for live interactions?.", "The argument shifts.");
        note.Claims[0].Timestamp!.Seconds.Should().Be(4138);
        note.Claims[1].Timestamp!.Seconds.Should().Be(4209);
    }

    [Fact]
    public void Wiki_links_show_their_label_or_target_and_are_kept_as_links()
    {
        var note = Parse("[[decentralized_ai | BitTensor]] funds [[Nous Research]] and [[kaito|**Kaito**]] too.");

        var claim = note.Claims.Should().ContainSingle().Which;
        claim.Text.Should().Be("BitTensor funds Nous Research and Kaito too.");
        claim.Span.Slice(note.Text).Should().StartWith("[[decentralized_ai | BitTensor]]");
        note.Links.Select(l => (l.Target, l.Label)).Should().Equal(("decentralized_ai", "BitTensor"), ("Nous Research", "Nous Research"), ("kaito", "Kaito"));
        note.Links[0].Span.Slice(note.Text).Should().Be("[[decentralized_ai | BitTensor]]");
        var kaito = claim.Text.IndexOf("Kaito", StringComparison.Ordinal);
        claim.SourceSpanOf(kaito, 5).Slice(note.Text).Should().Be("Kaito");
    }

    [Fact]
    public void Headings_build_the_section_path_by_level()
    {
        var note = Parse("## Top\n\nA.\n\n### Child\n\nB.\n\n#### Grandchild\n\nC.\n\n### Sibling\n\nD.\n\n## Next top\n\nE.");

        note.Claims.Select(c => string.Join(" > ", c.Section)).Should().Equal(
            "Top", "Top > Child", "Top > Child > Grandchild", "Top > Sibling", "Next top");
    }

    [Fact]
    public void List_items_are_claims_of_their_own_and_markers_are_hidden()
    {
        var note = Parse("Key points include:\n*   **Expense:** Training is costly. Costs fall.\n-   Second item\n    continues here.\n1. Numbered *item* `code`.\n2) Other _one_.");

        note.Claims.Select(c => c.Text).Should().Equal(
            "Key points include:", "Expense: Training is costly.", "Costs fall.", "Second item continues here.", "Numbered item code.", "Other one.");
        note.Claims[1].Span.Slice(note.Text).Should().Be("**Expense:** Training is costly.");
    }

    [Fact]
    public void Callout_titles_join_the_section_and_callout_sentences_become_claims()
    {
        var note = Parse($"## Law\n\n> [!INFO] Current State of AI in Law\n> Today the focus has shifted {Anchor("00:02:02")}.\n\n>[!NOTE] Academic incentives were avoided {Anchor("00:57:16")}.\n\n> Plain quote line.");

        note.Claims.Select(c => (c.Text, string.Join(" > ", c.Section))).Should().Equal(
            ("Today the focus has shifted.", "Law > Current State of AI in Law"),
            ("Academic incentives were avoided.", "Law"),
            ("Plain quote line.", "Law"));
        note.Claims[1].Timestamp!.Seconds.Should().Be(3436);
    }

    [Fact]
    public void Table_rows_are_claims_with_cells_separated_and_the_header_skipped()
    {
        var note = Parse("| Protocol | Developer |\n|---|---|\n| [[model_context_protocol_mcp | MCP]] | Anthropic |\n| A2A | Google [00:01:00] |");

        note.Claims.Select(c => c.Text).Should().Equal("MCP | Anthropic", "A2A | Google");
        note.Claims[1].Timestamp!.Seconds.Should().Be(60);
        note.Links.Should().ContainSingle().Which.Label.Should().Be("MCP");
    }

    [Fact]
    public void Rules_code_fences_and_html_scaffolding_yield_no_claims()
    {
        var note = Parse("Before.\n\n---\n\n```python\nprint('x. Y.')\n```\n\n<div class=\"callout\">\n<div class=\"callout-title\">Overhyped vs. Underhyped</div>\n<svg width=\"16\"><path d=\"m3 11\"/></svg>\n</div>\n\nAfter<br>line.");

        note.Claims.Select(c => c.Text).Should().Equal("Before.", "Overhyped vs. Underhyped", "After line.");
    }

    [Fact]
    public void Escapes_and_unknown_angle_brackets_stay_visible()
    {
        var note = Parse("Set \\*literal\\* and Bearer <your_token> here.");

        note.Claims.Should().ContainSingle().Which.Text.Should().Be("Set *literal* and Bearer <your_token> here.");
    }

    [Fact]
    public void Unclosed_front_matter_is_rejected_with_its_line()
    {
        var act = () => new NoteParser().Parse("n.md", "---\ntitle: Open\n\nBody text.");

        act.Should().Throw<InvalidInputException>().Where(e => e.Line == 1 && e.Message.Contains("never closed"));
    }

    [Fact]
    public void Front_matter_that_is_not_yaml_is_rejected_with_its_line()
    {
        var act = () => new NoteParser().Parse("n.md", "---\ntitle: Fine\nvideoId: [unclosed\nother: x\n---\n\nBody.");

        act.Should().Throw<InvalidInputException>().Where(e => e.Line >= 3 && e.Line <= 5 && e.Message.Contains("YAML"));
    }

    [Fact]
    public void A_title_that_is_not_a_single_value_is_rejected_naming_the_field()
    {
        var act = () => new NoteParser().Parse("n.md", "---\ntitle:\n  - a\n  - b\n---\n\nBody.");

        act.Should().Throw<InvalidInputException>().Where(e => e.Message.Contains("'title'") && e.Line == 3);
    }

    [Fact]
    public void An_empty_note_is_rejected()
    {
        var act = () => new NoteParser().Parse("n.md", " \n\t\n");

        act.Should().Throw<InvalidInputException>().WithMessage("*empty*");
    }

    [Fact]
    public void Windows_line_endings_parse_like_unix_ones()
    {
        var note = new NoteParser().Parse("n.md", "---\r\ntitle: Crlf\r\n---\r\n\r\n## Part\r\nOne line\r\ncontinues.\r\n");

        note.Title.Should().Be("Crlf");
        note.Claims.Should().ContainSingle().Which.Should().Match<ParsedClaim>(c => c.Text == "One line continues." && c.Section.Single() == "Part");
        note.ShouldMapToSource();
    }
}
