using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>Cuts the visible text of one block into claims, each with its source span, offsets and timestamp.</summary>
internal sealed class ClaimAssembler
{
    private readonly List<TextSpan> sentences = [];
    private readonly List<int> owners = [];

    public List<ParsedClaim> Claims { get; } = [];

    /// <summary>Optional filter for site chrome: a sentence it accepts is dropped.</summary>
    public Func<string, bool>? IsChrome { get; init; }

    /// <summary>Adds one claim per sentence of <paramref name="block"/>, or one claim for the whole block when <paramref name="split"/> is false.</summary>
    public void AddBlock(VisibleText block, IReadOnlyList<string> section, bool split = true)
    {
        if (block.IsEmpty)
        {
            return;
        }

        var visible = block.ToString();
        sentences.Clear();
        if (split)
        {
            SentenceSegmenter.Segment(visible, sentences);
        }
        else
        {
            var trimmed = visible.AsSpan().Trim();
            if (!trimmed.IsEmpty)
            {
                var start = visible.AsSpan().IndexOf(trimmed);
                sentences.Add(new TextSpan(start, start + trimmed.Length));
            }
        }

        if (sentences.Count == 0)
        {
            return;
        }

        // A timestamp belongs to the sentence it sits in, or to the sentence just before when it follows the closing
        // punctuation ("… releases. [00:01:02] Next …"); one before any text belongs to the first sentence.
        owners.Clear();
        var owner = 0;
        foreach (var anchored in block.Timestamps)
        {
            while (owner + 1 < sentences.Count && sentences[owner + 1].Start < anchored.VisiblePosition)
            {
                owner++;
            }

            owners.Add(owner);
        }

        var first = 0; // timestamps are in text order, so each sentence owns a contiguous run of them
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var stop = first;
            while (stop < owners.Count && owners[stop] == s)
            {
                stop++;
            }

            var text = visible[sentence.Start..sentence.End];
            if (!HasLetterOrDigit(text) || (IsChrome is { } isChrome && isChrome(text)))
            {
                first = stop;
                continue;
            }

            var spanStart = block.ExtentStartAt(sentence.Start);
            var spanEnd = block.ExtentEndAt(sentence.End - 1);
            for (var t = first; t < stop; t++)
            {
                spanStart = Math.Min(spanStart, block.Timestamps[t].Source.Start);
                spanEnd = Math.Max(spanEnd, block.Timestamps[t].Source.End);
            }

            // Summaries often put one timestamp after a run of sentences: a sentence without its own borrows the next
            // one in the same paragraph or list item, never one from an earlier sentence or another block.
            Timestamp? timestamp = stop > first ? block.Timestamps[first].Value
                : stop < owners.Count ? block.Timestamps[stop].Value
                : null;
            Claims.Add(new ParsedClaim(
                text,
                new TextSpan(spanStart, spanEnd),
                block.OffsetsOf(sentence.Start, sentence.Length),
                section,
                timestamp));
            first = stop;
        }
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
