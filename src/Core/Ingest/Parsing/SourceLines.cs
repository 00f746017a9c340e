namespace ClaimGraph.Ingest.Parsing;

/// <summary>One line of a note: <c>[Start, End)</c> excludes the line break; <see cref="Number"/> is 1-based.</summary>
internal readonly record struct SourceLine(int Number, int Start, int End)
{
    public int Length => End - Start;

    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>(text.Length / 40 + 1);
        var start = 0;
        var number = 1;
        while (start <= text.Length)
        {
            var newline = text.AsSpan(start).IndexOf('\n');
            var end = newline < 0 ? text.Length : start + newline;
            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(new SourceLine(number++, start, contentEnd));
            if (newline < 0)
            {
                break;
            }

            start = end + 1;
        }

        return lines;
    }
}
