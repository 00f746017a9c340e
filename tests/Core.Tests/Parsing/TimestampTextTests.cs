using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Core.Tests.Parsing;

public sealed class TimestampTextTests
{
    [Theory]
    [InlineData("00:00:05", 5)]
    [InlineData("01:18:58", 4738)]
    [InlineData("1:02:03", 3723)]
    [InlineData("02:43", 163)]
    [InlineData("75:30", 4530)]
    [InlineData("01:00:13:00", 3613)]
    [InlineData("02:54:82", null)]
    [InlineData("00:61:00", null)]
    [InlineData("0003:57", null)]
    [InlineData("00:12:5", null)]
    [InlineData("12", null)]
    public void Reads_seconds_or_marks_the_timestamp_invalid(string text, int? seconds)
    {
        var timestamp = TimestampText.Parse(text);

        timestamp.Text.Should().Be(text);
        timestamp.Seconds.Should().Be(seconds);
        timestamp.IsValid.Should().Be(seconds is not null);
    }
}
