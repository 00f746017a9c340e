using System.Text;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>A timestamp met in a block: where it sits in the visible text, and the source of its whole anchor group.</summary>
internal readonly record struct AnchoredTimestamp(int VisiblePosition, TextSpan Source, Timestamp Value);

/// <summary>
/// The reader-visible text of one block (paragraph, list item, table row) with, for every visible character, its
/// index in the note text. Whitespace runs collapse to one space mapped to the run's first character. Hidden markup
/// around a visible run (<c>**</c>, <c>[[target | </c>, <c>&lt;/a&gt;</c>) widens the source extent of the run's first or
/// last character, so a claim's span includes the markup that opens and closes it.
/// </summary>
internal sealed class VisibleText
{
    private readonly StringBuilder text = new();
    private readonly List<int> offsets = [];
    private readonly List<int> extentStarts = [];
    private readonly List<int> extentEnds = [];
    private readonly List<AnchoredTimestamp> timestamps = [];
    private int pendingSpace = -1;
    private int pendingOpen = int.MaxValue;

    public int Length => text.Length;

    public bool IsEmpty => text.Length == 0;

    public IReadOnlyList<AnchoredTimestamp> Timestamps => timestamps;

    public char this[int index] => text[index];

    public int OffsetAt(int index) => offsets[index];

    public int ExtentStartAt(int index) => extentStarts[index];

    public int ExtentEndAt(int index) => extentEnds[index];

    public override string ToString() => text.ToString();

    public string Substring(int start, int length) => text.ToString(start, length);

    public void Append(char c, int offset)
    {
        if (pendingSpace >= 0)
        {
            var space = pendingSpace;
            pendingSpace = -1;
            if (text.Length > 0)
            {
                AppendRaw(' ', space, space);
            }
        }

        var extentStart = Math.Min(offset, pendingOpen);
        pendingOpen = int.MaxValue;
        AppendRaw(c, offset, extentStart);
    }

    /// <summary>Whitespace in the source; it becomes one space before the next visible character, never a trailing one.</summary>
    public void Whitespace(int offset)
    {
        if (pendingSpace < 0)
        {
            pendingSpace = offset;
        }
    }

    public void DropPendingWhitespace() => pendingSpace = -1;

    /// <summary>Hidden markup that opens at <paramref name="sourceStart"/> and belongs to the next visible character.</summary>
    public void Open(int sourceStart) => pendingOpen = Math.Min(pendingOpen, sourceStart);

    /// <summary>Hidden markup that closes at <paramref name="sourceEnd"/> and belongs to the last visible character.</summary>
    public void Close(int sourceEnd)
    {
        if (text.Length > 0)
        {
            extentEnds[^1] = Math.Max(extentEnds[^1], sourceEnd);
        }
    }

    public void AddTimestamp(Timestamp value, TextSpan source) =>
        timestamps.Add(new AnchoredTimestamp(text.Length, source, value));

    public void Clear()
    {
        text.Clear();
        offsets.Clear();
        extentStarts.Clear();
        extentEnds.Clear();
        timestamps.Clear();
        pendingSpace = -1;
        pendingOpen = int.MaxValue;
    }

    public int[] OffsetsOf(int start, int length)
    {
        var result = new int[length];
        offsets.CopyTo(start, result, 0, length);
        return result;
    }

    private void AppendRaw(char c, int offset, int extentStart)
    {
        text.Append(c);
        offsets.Add(offset);
        extentStarts.Add(extentStart);
        extentEnds.Add(offset + 1);
    }
}
