using System.Globalization;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Reads a note's timestamps together, because only the note as a whole shows how it writes them. Many notes write
/// minutes and seconds first, <c>MM:SS:FF</c> (<c>45:50:00</c> in a 40-minute video is 45 min 50 s, not 45 h 50 min).
/// The rule, over the note's three-part timestamps <c>A:B:C</c> (one- or two-digit fields, <c>B</c> below 60):
/// <list type="number">
/// <item>The note writes minutes first when its third field is not seconds: some <c>C</c> is 60 or more (frames or
/// hundredths); or the third fields are too regular for seconds (at least 3 timestamps and 80 % share one value, like
/// <c>:00</c>, or at least 8 and all below 10) while the hours reading would need a video of five hours or more (some
/// <c>A</c> ≥ 5); or a tenth or more of them would be 12 hours or more into the video (<c>A</c> ≥ 12).</item>
/// <item>In such a note every three-part timestamp is read as <c>A</c> minutes <c>B</c> seconds and marked repaired; its
/// text stays as written. Elsewhere timestamps keep their literal reading (<see cref="TimestampText"/>), and minutes or
/// seconds of 60 or more stay invalid.</item>
/// <item>A reading is untrusted, so it gets no seconds and no deep link, when it lies beyond
/// <see cref="Claim.LongestPlausibleVideoSeconds"/> or, in a note with at least 3 readable timestamps, beyond three times
/// the note's median plus one hour (far beyond the rest of the note).</item>
/// </list>
/// Notes are summaries ordered by theme, not by time, so the rule does not ask for an increasing sequence.
/// </summary>
public static class NoteTimestamps
{
    private const int RegularShareMinimum = 3;
    private const double RegularShare = 0.8;
    private const int SmallThirdFieldsMinimum = 8;
    private const int LongVideoHours = 5;
    private const int ImplausibleHours = 12;
    private const double ImplausibleShare = 0.1;
    private const int OutlierMinimum = 3;

    /// <summary>Reads <paramref name="written"/> (a note's timestamps in document order; the same instance may repeat).</summary>
    public static NoteTimestampReading Read(IEnumerable<Timestamp?> written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var distinct = written.OfType<Timestamp>().Distinct(ReferenceEqualityComparer.Instance).Cast<Timestamp>().ToList();
        var threePart = distinct
            .Select(t => ThreeFields(t.Text))
            .OfType<(int A, int B, int C)>()
            .Where(f => f.B < 60)
            .ToList();
        var minutesFirst = WritesMinutesFirst(threePart);

        var readings = new Dictionary<Timestamp, Timestamp>(ReferenceEqualityComparer.Instance);
        foreach (var timestamp in distinct)
        {
            readings[timestamp] = minutesFirst && ThreeFields(timestamp.Text) is { B: < 60 } fields
                ? new Timestamp(timestamp.Text, (fields.A * 60) + fields.B, Repaired: true)
                : timestamp;
        }

        var seconds = readings.Values.Where(r => r.Seconds is not null).Select(r => r.Seconds!.Value).Order().ToList();
        var limit = (long)Claim.LongestPlausibleVideoSeconds;
        if (seconds.Count >= OutlierMinimum)
        {
            limit = Math.Min(limit, (long)((3 * Median(seconds)) + 3600));
        }

        int repaired = 0, dropped = 0;
        foreach (var timestamp in distinct)
        {
            var reading = readings[timestamp];
            if (reading.Seconds is int value && value > limit)
            {
                reading = readings[timestamp] = new Timestamp(timestamp.Text, null);
            }

            if (reading.Seconds is null)
            {
                dropped++;
            }
            else if (reading.Repaired)
            {
                repaired++;
            }
        }

        return new NoteTimestampReading(readings, minutesFirst, repaired, dropped);
    }

    private static bool WritesMinutesFirst(List<(int A, int B, int C)> fields)
    {
        if (fields.Count == 0)
        {
            return false;
        }

        if (fields.Any(f => f.C >= 60))
        {
            return true;
        }

        var commonestThird = fields.GroupBy(f => f.C).Max(g => g.Count());
        var regular = (fields.Count >= RegularShareMinimum && commonestThird >= RegularShare * fields.Count)
            || (fields.Count >= SmallThirdFieldsMinimum && fields.All(f => f.C < 10));
        if (regular && fields.Any(f => f.A >= LongVideoHours))
        {
            return true;
        }

        return fields.Count(f => f.A >= ImplausibleHours) >= ImplausibleShare * fields.Count;
    }

    private static double Median(List<int> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;

    /// <summary>The fields of <c>A:B:C</c> with one or two digits each (the third two), else null.</summary>
    private static (int A, int B, int C)? ThreeFields(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length != 3 || parts[2].Length != 2 || parts.Any(p => p.Length is 0 or > 2 || !p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        return (Parse(parts[0]), Parse(parts[1]), Parse(parts[2]));

        static int Parse(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}

/// <summary>How one note's timestamps read (<see cref="NoteTimestamps.Read"/>).</summary>
public sealed class NoteTimestampReading(IReadOnlyDictionary<Timestamp, Timestamp> readings, bool minutesFirst, int repaired, int dropped)
{
    /// <summary>Whether the note writes minutes first (<c>MM:SS:FF</c>).</summary>
    public bool MinutesFirst => minutesFirst;

    /// <summary>Distinct timestamps read as minutes:seconds (with seconds).</summary>
    public int Repaired => repaired;

    /// <summary>Distinct timestamps left without seconds: malformed, impossible (minutes or seconds ≥ 60) or untrusted.</summary>
    public int Dropped => dropped;

    /// <summary>The reading of a timestamp given to <see cref="NoteTimestamps.Read"/> (the same instance when unchanged).</summary>
    public Timestamp? Of(Timestamp? written) =>
        written is null ? null : readings.TryGetValue(written, out var reading) ? reading : written;
}
