using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Core.Tests.Parsing;

/// <summary>
/// Shapes of real TubeGraph files (snippets copied from the tubegraph-dev corpus): a body wrapped in one
/// <c>```markdown</c> fence, channel index pages, and channel names that carry invisible characters or other letter case.
/// </summary>
public sealed class NoteShapeTests
{
    private const string FencedNote = """
        ---
        title: Optionality in decision making
        videoId: ZI_tDsOhd5I
        ---

        From: [[dwarkeshpatel]] <br/>

        ```markdown
        Optionality, in the context of decision-making and life choices, refers to the ability to keep options open.

        ## The Concept of Optionality

        > [!info] Optionality in Finance
        >
        > In finance, optionality is a crucial part of trading strategies.

        Ultimately, fostering an optimal balance between maintaining optionality and decisive action matters.
        ```
        """;

    private const string IndexPage = """
        ---
        title: bankless
        ---
        ### [Shaun Maguire: You Can’t Clone Elon Musk—It Took 20 Years and a Superteam](https://www.youtube.com/watch?v=MXtrLYViEBA)
        - [[elon_musks_unique_qualities | Elon Musks unique qualities]]
        - [[the_importance_of_longterm_development | The importance of longterm development]]

        ### [Can Ethereum Still Win Against Bitcoin & ALT Layer1s?](https://www.youtube.com/watch?v=WAMpV-O5y_8)
        - [[ethereums_competitive_position_against_bitcoin | Ethereums competitive position against Bitcoin]]
        hidden message!
        - [[bitcoins_branding_as_digital_gold | Bitcoins branding as digital gold]]
        """;

    [Fact]
    public void A_body_wrapped_in_a_markdown_fence_is_read_as_prose_with_spans_into_the_file()
    {
        var note = new NoteParser().Parse("dwarkeshpatel/optionality_in_decision_making.md", FencedNote);

        note.ShouldMapToSource();
        note.Channel.Should().Be("dwarkeshpatel");
        note.Claims.Select(c => c.Text).Should().Equal(
            "Optionality, in the context of decision-making and life choices, refers to the ability to keep options open.",
            "In finance, optionality is a crucial part of trading strategies.",
            "Ultimately, fostering an optimal balance between maintaining optionality and decisive action matters.");
        note.Claims[1].Section.Should().Equal("The Concept of Optionality", "Optionality in Finance");
        note.Text.Should().Be(FencedNote, "the stored text is the file's, fences included");
    }

    [Fact]
    public void Code_fences_still_yield_no_claims_inside_a_markdown_fence_or_outside()
    {
        const string text = "---\ntitle: Code\n---\n\n```markdown\nA claim before code.\n\n```python\nprint('not a claim.')\n```\n\nA claim after code.\n```\n\n```\nplain code, not a claim.\n```\n";

        var note = new NoteParser().Parse("notes/code.md", text);

        note.Claims.Select(c => c.Text).Should().Equal("A claim before code.", "A claim after code.");
    }

    [Fact]
    public void A_channel_index_page_is_recognised_by_its_name_and_its_list_of_topic_links()
    {
        ChannelIndexPage.Recognize("tubegraph/bankless/bankless.md", IndexPage).Should().StartWith("skipped: a channel index page (4 topic links");
        ChannelIndexPage.Recognize("tubegraph/bankless/Bankless.md", IndexPage).Should().NotBeNull("letter case aside, it is named after its folder");
        ChannelIndexPage.Recognize("tubegraph/bankless/other.md", IndexPage).Should().BeNull("only the page named after its folder is an index");
        ChannelIndexPage.Recognize("tubegraph/dwarkeshpatel/dwarkeshpatel.md", FencedNote).Should().BeNull("prose is a note, whatever its name");
    }

    [Theory]
    [InlineData("\u2068cleoabram\u2069", "cleoabram")]
    [InlineData("\uFEFFcleo\u200Babram\u200D", "cleoabram")]
    [InlineData("  Bankless ", "Bankless")]
    public void Channel_names_lose_invisible_characters(string raw, string expected) =>
        ChannelName.Clean(raw).Should().Be(expected);

    [Theory]
    [InlineData("acquiredFM", "notes/acquiredfm/a.md", "acquiredfm")]
    [InlineData("acquiredfm", "notes/acquiredfm/b.md", "acquiredfm")]
    [InlineData("\u2068acquiredFM\u2069", "notes/acquiredfm/c.md", "acquiredfm")]
    [InlineData("acquiredFM", "notes/elsewhere/d.md", "acquiredFM")]
    public void A_channel_spelled_in_other_letter_case_takes_its_folders_spelling(string channel, string path, string expected) =>
        ChannelName.Canonical(channel, path).Should().Be(expected);

    [Fact]
    public void A_note_whose_from_line_carries_bidi_isolates_is_stored_under_the_clean_channel()
    {
        const string text = "---\ntitle: Why\n---\n\nFrom: [[\u2068cleoabram\u2069]] <br/>\n\nA claim.\n";
        var parsed = new NoteParser().Parse("cleoabram/why.md", text);

        ChannelName.Canonical(parsed.Channel, "cleoabram/why.md").Should().Be("cleoabram");
    }

    [Theory]
    [InlineData("Key points include:", true)]
    [InlineData("How it works:", true)]
    [InlineData("  Notable models:  ", true)]
    [InlineData("Expense: Training is costly.", false)]
    [InlineData("OpenAI released o3 in April.", false)]
    [InlineData("The company said on Tuesday that it would announce three new products, including these:", false)]
    [InlineData("Note. Next:", false)]
    [InlineData(":", false)]
    public void A_heading_like_lead_in_ending_in_a_colon_is_a_fragment(string text, bool fragment) =>
        ClaimGraph.Model.HeadingFragment.Is(text).Should().Be(fragment);
}
