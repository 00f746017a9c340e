using System.Text;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

public sealed class NoteIngestorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "claimgraph-ingest-" + Guid.NewGuid().ToString("N"));
    private readonly InMemoryClaimGraphWriter _writer = new();
    private int _parses;

    public NoteIngestorTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A stand-in parser: the id is the first line, every line a claim; "BAD" on the first line is bad front matter.</summary>
    private ParsedNote Parse(string path, string text)
    {
        _parses++;
        var firstLine = text.Split('\n')[0].Trim();
        if (firstLine == "BAD")
        {
            throw new InvalidInputException("front matter is not valid YAML", 2);
        }

        return HandMadeNotes.Note(firstLine.ToLowerInvariant(), text);
    }

    private NoteIngestor Ingestor() => new(_writer, queries: null, Parse);

    private string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task<IngestReport> IngestAsync(IngestOptions? options = null, params string[] inputs) =>
        await Ingestor().IngestAsync(inputs.Length == 0 ? [_directory] : inputs, await SeedCatalog.LoadAsync(), options ?? new IngestOptions(), null, CancellationToken.None);

    [Fact]
    public async Task Stores_good_notes_and_rejects_bad_files_with_reasons()
    {
        Write("good/one.md", "one\nOpenAI works with Microsoft.");
        Write("good/two.txt", "two\nAnthropic and Google.");
        Write("ignored.json", "{}");
        Write("LICENSE.txt", "MIT License");
        var empty = Write("bad/empty.md", "");
        var blank = Write("bad/blank.md", "  \n\t\n");
        var binary = WriteBytes("bad/binary.md", [(byte)'a', (byte)'\n', (byte)'b', 0, (byte)'c']);
        var invalid = WriteBytes("bad/invalid.md", [.. Encoding.UTF8.GetBytes("ok\nline two\n"), 0xC3, 0x28]);
        var badFrontMatter = Write("bad/front.md", "BAD\ntitle: [");

        var report = await IngestAsync();

        report.Notes.Should().Be(new NoteCounts(Added: 2, Updated: 0, Unchanged: 0, Rejected: 5));
        report.Errors.Should().BeEquivalentTo(new[]
        {
            new IngestError(empty, null, "file is empty"),
            new IngestError(blank, null, "file has only whitespace"),
            new IngestError(binary, 2, "binary file: NUL byte at byte offset 3"),
            new IngestError(invalid, 3, "invalid UTF-8 at byte offset 12 (0xC3)"),
            new IngestError(badFrontMatter, 2, "front matter is not valid YAML"),
        });
        _writer.Notes.Keys.Should().BeEquivalentTo("one", "two");
        report.Succeeded.Should().BeFalse();
    }

    [Fact]
    public async Task Rejects_files_over_the_size_limit()
    {
        var big = Write("big.md", "big\n" + new string('a', 2_000));

        var report = await IngestAsync(new IngestOptions { MaxFileBytes = 1_000 });

        report.Errors.Should().ContainSingle().Which.Should().Be(new IngestError(big, null, "file is 0.0 MB; the limit is 0 MB"));
        report.Notes.Rejected.Should().Be(1);
    }

    [Fact]
    public async Task Ten_megabyte_limit_is_the_default()
    {
        var big = WriteBytes("big.md", Enumerable.Repeat((byte)'a', (int)IngestOptions.DefaultMaxFileBytes + 1).ToArray());

        var report = await IngestAsync();

        report.Errors.Should().ContainSingle().Which.Message.Should().Be("file is 10.0 MB; the limit is 10 MB");
        report.Errors[0].File.Should().Be(big);
    }

    [Fact]
    public async Task Second_run_skips_unchanged_files_without_parsing()
    {
        Write("one.md", "one\nOpenAI.");
        Write("two.md", "two\nAnthropic.");
        await IngestAsync();
        var parsesAfterFirstRun = _parses;

        var report = await IngestAsync();

        report.Notes.Should().Be(new NoteCounts(0, 0, 2, 0));
        _parses.Should().Be(parsesAfterFirstRun);
    }

    [Fact]
    public async Task Changed_file_is_updated()
    {
        var path = Write("one.md", "one\nOpenAI.");
        await IngestAsync();
        File.WriteAllText(path, "one\nOpenAI and Anthropic.");

        var report = await IngestAsync();

        report.Notes.Should().Be(new NoteCounts(0, 1, 0, 0));
        _writer.Notes["one"].Mentions.Select(m => m.EntityId).Should().Equal("openai", "anthropic");
    }

    [Fact]
    public async Task Same_title_in_two_files_gets_a_deterministic_suffix()
    {
        var first = Write("a/same.md", "same\nOpenAI.");
        var second = Write("b/other.md", "same\nAnthropic.");

        await IngestAsync();
        var again = await IngestAsync();

        _writer.Notes.Should().HaveCount(2);
        _writer.Notes["same"].Note.SourcePath.Should().Be(first);
        var suffixed = _writer.Notes.Keys.Single(k => k != "same");
        suffixed.Should().MatchRegex("^same-[0-9a-f]{6}$");
        _writer.Notes[suffixed].Note.SourcePath.Should().Be(second);
        again.Notes.Unchanged.Should().Be(2);
    }

    [Fact]
    public async Task Prune_removes_notes_whose_files_are_gone()
    {
        Write("one.md", "one\nOpenAI.");
        var gone = Write("two.md", "two\nAnthropic.");
        await IngestAsync();
        File.Delete(gone);

        var withoutPrune = await IngestAsync();
        _writer.Notes.Should().HaveCount(2);

        var withPrune = await IngestAsync(new IngestOptions { Prune = true });

        withPrune.Pruned.Should().Be(1);
        withoutPrune.Pruned.Should().Be(0);
        _writer.Notes.Keys.Should().Equal("one");
    }

    [Fact]
    public async Task A_failing_write_rejects_that_note_and_the_run_goes_on()
    {
        var writer = new InMemoryClaimGraphWriter { FailWhen = b => b.Note.Id == "one" };
        var one = Write("one.md", "one\nOpenAI.");
        Write("two.md", "two\nAnthropic.");

        var report = await new NoteIngestor(writer, null, Parse)
            .IngestAsync([_directory], await SeedCatalog.LoadAsync(), new IngestOptions(), null, CancellationToken.None);

        report.Notes.Should().Be(new NoteCounts(1, 0, 0, 1));
        report.Errors.Should().ContainSingle().Which.Should().Be(new IngestError(one, null, "InvalidOperationException: simulated store failure"));
        writer.Notes.Keys.Should().Equal("two");
    }

    [Fact]
    public async Task Missing_input_is_reported()
    {
        var missing = Path.Combine(_directory, "nope");

        var report = await IngestAsync(null, missing);

        report.Errors.Should().ContainSingle().Which.Should().Be(new IngestError(missing, null, "no such file or folder"));
        report.Notes.Rejected.Should().Be(1);
    }

    [Fact]
    public async Task Reports_progress_and_catalog_entities()
    {
        Write("one.md", "one\nOpenAI.");
        Write("two.md", "two\nAnthropic.");
        var progress = new List<IngestProgress>();

        await Ingestor().IngestAsync([_directory], await SeedCatalog.LoadAsync(), new IngestOptions(), progress.Add, CancellationToken.None);

        progress.Select(p => (p.Done, p.Total, p.Outcome)).Should().Equal((1, 2, IngestOutcome.Added), (2, 2, IngestOutcome.Added));
        _writer.Entities.Should().ContainKey("prime-intellect");
    }

    [Fact]
    public async Task Front_matter_that_is_not_yaml_is_rejected_by_the_real_parser()
    {
        var bad = Write("bad.md", "---\ntitle: [unclosed\nvideoId: abc\n---\n\nSome text about OpenAI.\n");
        Write("good.md", "---\ntitle: Good note\nvideoId: abc\n---\n\nSome text about OpenAI <a class=\"yt-timestamp\" data-t=\"00:01:02\">[00:01:02]</a>.\n");

        var report = await new NoteIngestor(_writer)
            .IngestAsync([_directory], await SeedCatalog.LoadAsync(), new IngestOptions(), null, CancellationToken.None);

        report.Notes.Should().Be(new NoteCounts(1, 0, 0, 1));
        var error = report.Errors.Should().ContainSingle().Subject;
        error.File.Should().Be(bad);
        error.Message.Should().ContainEquivalentOf("front matter", because: error.ToString());
        _writer.Notes["good-note"].Claims.Should().ContainSingle().Which.DeepLink.Should().Be("https://www.youtube.com/watch?v=abc&t=62s");
    }

    [Fact]
    public void Report_serializes_to_the_documented_shape()
    {
        var report = new IngestReport(new NoteCounts(1, 2, 3, 4), 5, 6, 7, 8, 9, [new IngestError("f.md", 3, "bad")])
        {
            ClaimsWritten = 99,
            Timestamps = new TimestampCounts(10, 11),
        };

        report.ToJson().Should().Be(
            """{"notes":{"added":1,"updated":2,"unchanged":3,"rejected":4,"skipped":0},"claims":5,"mentions":6,"entities":7,"relations":8,"elapsedMs":9,"errors":[{"file":"f.md","line":3,"message":"bad"}],"warnings":[],"timestamps":{"repaired":10,"dropped":11}}""");
    }

    [Fact]
    public async Task A_channel_index_page_is_skipped_with_its_reason_and_one_stored_by_an_older_build_is_removed()
    {
        const string indexPage = "---\ntitle: bankless\n---\n### [A video](https://www.youtube.com/watch?v=x)\n- [[topic_one | Topic one]]\n- [[topic_two | Topic two]]\n";
        Write("bankless/a_topic.md", "a topic\nOpenAI works with Microsoft.");
        var index = Write("bankless/bankless.md", indexPage);
        _writer.Notes["bankless"] = new NoteBatch(
            new Note("bankless", "bankless", null, null, null, null, NoteFormat.TubeGraphMarkdown, "older-hash", "older-catalog", indexPage, index),
            [], [], [], [], []);

        var report = await IngestAsync();

        report.Notes.Should().Be(new NoteCounts(Added: 1, Updated: 0, Unchanged: 0, Rejected: 0, Skipped: 1));
        report.Warnings.Should().ContainSingle().Which.Should().Match<IngestError>(w =>
            w.File == index && w.Message.StartsWith("skipped: a channel index page", StringComparison.Ordinal));
        report.Succeeded.Should().BeTrue();
        _writer.Notes.Keys.Should().BeEquivalentTo(["a topic"]);
    }

    [Fact]
    public async Task A_note_without_claims_is_stored_and_reported()
    {
        var empty = Write("only-title.md", "only title");

        var ingestor = new NoteIngestor(_writer, queries: null, (path, text) => HandMadeNotes.Note("only-title", text) with { Claims = [] });

        var report = await ingestor.IngestAsync([_directory], await SeedCatalog.LoadAsync(), new IngestOptions(), null, CancellationToken.None);

        report.Notes.Added.Should().Be(1);
        report.Warnings.Should().ContainSingle().Which.Should().Be(new IngestError(empty, null, "stored without claims: no prose was found in the note"));
    }
}
