using ClaimGraph.Core.Tests.Ingest;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Parsing;

/// <summary>
/// The rule of <see cref="NoteTimestamps"/>, one note a row: the note's timestamps in document order, and how each reads
/// (seconds, <c>r</c> when repaired, <c>-</c> when it gets no seconds and so no deep link).
/// </summary>
public sealed class NoteTimestampsTests
{
    [Theory]
    // Minutes first: every third field is :00 and the hours reading would need a video of 45 hours.
    [InlineData("02:35:00 10:03:00 29:01:00 45:50:00", "155r 603r 1741r 2750r")]
    // Hours first, with varied seconds: read as written.
    [InlineData("00:00:32 00:12:41 00:45:17 01:02:09", "32 761 2717 3729")]
    // Rounded to the minute in a short video: :00 everywhere, but no hours reading beyond five hours, so as written.
    [InlineData("00:05:00 00:12:00 00:31:00", "300 720 1860")]
    // Rounded to the minute in a three-hour podcast: as written.
    [InlineData("00:30:00 01:15:00 02:40:00", "1800 4500 9600")]
    // A third field of 60 or more cannot be seconds: frames or hundredths.
    [InlineData("09:44:80 10:09:46 11:01:61", "584r 609r 661r")]
    // Third fields all below 10 in eight timestamps (frames), with an hours reading beyond five hours.
    [InlineData("02:14:02 02:44:03 03:03:04 05:42:03 06:51:02 07:07:06 08:04:03 09:27:04", "134r 164r 183r 342r 411r 427r 484r 567r")]
    // A tenth or more would be 12 hours or more into the video: minutes first, even with mixed third fields.
    [InlineData("00:40:43 31:13:27 33:01:27 36:25:27 53:53:27 01:03:39", "40r 1873r 1981r 2185r 3233r 63r")]
    // One value far beyond the rest (more than three times the median plus an hour) is untrusted.
    [InlineData("00:16:11 05:04:10 01:43:03 01:09:05 01:11:22 01:08:50", "971 - 6183 4145 4282 4130")]
    // Beyond the longest plausible video (12 h), whatever the note.
    [InlineData("13:00:00:00", "-")]
    // Minutes or seconds of 60 or more stay invalid.
    [InlineData("00:61:00 00:10:15 00:20:30", "- 615 1230")]
    // Two-part timestamps are already minutes:seconds and are not repaired.
    [InlineData("45:50:00 30:10:00 12:00:00 05:30", "2750r 1810r 720r 330")]
    public void Reads_a_notes_timestamps_by_the_rule(string written, string expected)
    {
        var timestamps = written.Split(' ').Select(TimestampText.Parse).ToList();

        var reading = NoteTimestamps.Read(timestamps);

        string.Join(' ', timestamps.Select(t => Describe(reading.Of(t)!))).Should().Be(expected);
        timestamps.Select(t => reading.Of(t)!.Text).Should().Equal(timestamps.Select(t => t.Text), "a reading keeps the text as written");
        reading.Repaired.Should().Be(expected.Split(' ').Count(e => e.EndsWith('r')));
        reading.Dropped.Should().Be(expected.Split(' ').Count(e => e == "-"));
    }

    [Fact]
    public void A_timestamp_shared_by_several_claims_counts_once_and_reads_the_same_for_each()
    {
        var shared = TimestampText.Parse("45:50:00");
        var others = new[] { TimestampText.Parse("12:00:00"), TimestampText.Parse("30:10:00") };

        var reading = NoteTimestamps.Read([shared, null, shared, .. others, shared]);

        reading.MinutesFirst.Should().BeTrue();
        reading.Repaired.Should().Be(3);
        reading.Of(shared).Should().Be(new Timestamp("45:50:00", 2750, Repaired: true));
        reading.Of(null).Should().BeNull();
    }

    [Fact]
    public void No_deep_link_points_beyond_the_longest_plausible_video()
    {
        Claim.DeepLinkFor("vid", new Timestamp("12:00:00", Claim.LongestPlausibleVideoSeconds)).Should().EndWith("&t=43200s");
        Claim.DeepLinkFor("vid", new Timestamp("12:00:01", Claim.LongestPlausibleVideoSeconds + 1)).Should().BeNull();
    }

    [Fact]
    public async Task A_tubegraph_note_writing_minutes_first_gets_deep_links_within_the_video()
    {
        const string text = """
            ---
            title: Minutes first
            videoId: MvxtIIqJRUQ
            ---

            From: [[redpointai]] <br/>

            OpenAI's mission is to build AGI <a class="yt-timestamp" data-t="02:35:00">[02:35:00]</a>.
            The company prioritizes the core models <a class="yt-timestamp" data-t="10:03:00">[10:03:00]</a>.
            Their core focus remains on training <a class="yt-timestamp" data-t="29:01:00">[29:01:00]</a>.
            Hallucinations are the biggest gap <a class="yt-timestamp" data-t="45:50:00">[45:50:00]</a>.
            """;
        var catalog = await SeedCatalog.LoadAsync();
        var parsed = new NoteParser().Parse("/notes/minutes-first.md", text);

        var result = new NoteBatchBuilder(catalog).Build(parsed, parsed.Id, "hash", "/notes/minutes-first.md");

        result.Batch.Claims.Select(c => c.DeepLink).Should().Equal(
            "https://www.youtube.com/watch?v=MvxtIIqJRUQ&t=155s",
            "https://www.youtube.com/watch?v=MvxtIIqJRUQ&t=603s",
            "https://www.youtube.com/watch?v=MvxtIIqJRUQ&t=1741s",
            "https://www.youtube.com/watch?v=MvxtIIqJRUQ&t=2750s");
        result.Batch.Claims[3].Timestamp.Should().Be(new Timestamp("45:50:00", 2750, Repaired: true));
        (result.TimestampsRepaired, result.TimestampsDropped).Should().Be((4, 0));
    }

    private static string Describe(Timestamp reading) =>
        reading.Seconds is int seconds ? $"{seconds}{(reading.Repaired ? "r" : "")}" : "-";
}
