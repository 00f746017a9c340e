using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// A claim that opens with a bold run ("**Key Features:** …", "- **Speed**: …", "**Loss of Nuance** A lot of …") opens
/// with a list label: the parser drops the asterisks, so without this the label and its sentence read as one run of
/// capitalised words ("Nuance A", "Reduced Training Costs LLaVA 1.5").
/// </summary>
public static class ClaimLabels
{
    /// <summary>
    /// The offset in the claim's visible text where its opening bold label ends (after a ":" right behind it), or 0 when
    /// the claim does not open with bold text.
    /// </summary>
    public static int LabelEnd(string noteText, ParsedClaim claim)
    {
        ArgumentNullException.ThrowIfNull(noteText);
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Text.Length == 0 || claim.SourceOffsets.Count == 0)
        {
            return 0;
        }

        var first = claim.SourceOffsets[0];
        if (first < 2 || !IsBoldMark(noteText, first - 2))
        {
            return 0;
        }

        var close = noteText.IndexOf(noteText.Substring(first - 2, 2), first, StringComparison.Ordinal);
        var lineEnd = noteText.IndexOf('\n', first);
        if (close < 0 || (lineEnd >= 0 && close > lineEnd))
        {
            return 0;
        }

        var end = 0;
        while (end < claim.Text.Length && claim.SourceOffsets[end] < close)
        {
            end++;
        }

        // The whole claim in bold is a heading, not a label before a sentence.
        if (end == 0 || end >= claim.Text.TrimEnd().Length)
        {
            return 0;
        }

        while (end < claim.Text.Length && claim.Text[end] is ':' or ' ')
        {
            end++;
        }

        return end;
    }

    private static bool IsBoldMark(string text, int at) =>
        (text[at] is '*' && text[at + 1] is '*') || (text[at] is '_' && text[at + 1] is '_');
}
