namespace ClaimGraph.Model;

/// <summary>A half-open character range <c>[Start, End)</c> into a note's stored text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"{Start}-{End}";
}

/// <summary>
/// A timestamp as written in the note. <see cref="Seconds"/> is null when the text is malformed (e.g. <c>02:54:82</c>) or
/// cannot be trusted (far beyond the note's other timestamps, or beyond the longest plausible video); such a timestamp gets
/// no deep link. <see cref="Repaired"/> says the seconds are not the literal reading of <see cref="Text"/>: the note writes
/// minutes first (<c>45:50:00</c> is 45 min 50 s), see <c>NoteTimestamps</c>.
/// </summary>
public sealed record Timestamp(string Text, int? Seconds, bool Repaired = false)
{
    public bool IsValid => Seconds is not null;
}

/// <summary>
/// One sentence or list item of a note. <see cref="Text"/> is what a reader sees (markup removed);
/// <see cref="Span"/> points at the source it came from, so <c>note.Text[Span.Start..Span.End]</c> reproduces it.
/// </summary>
public sealed record Claim(
    string Id,
    string NoteId,
    int Ordinal,
    string Text,
    IReadOnlyList<string> Section,
    TextSpan Span,
    Timestamp? Timestamp,
    string? DeepLink)
{
    /// <summary>True when the claim is only a heading-like lead-in ending in ":" (see <see cref="HeadingFragment"/>).</summary>
    public bool IsHeadingFragment => HeadingFragment.Is(Text);

    public static string IdFor(string noteId, TextSpan span) => $"{noteId}:{span.Start}-{span.End}";

    /// <summary>
    /// The longest video a deep link may point into (12 h): no stored link goes beyond it, whatever a note says.
    /// The longest streams in the corpus (hu-po, Dwarkesh Patel) run four to five hours.
    /// </summary>
    public const int LongestPlausibleVideoSeconds = 12 * 60 * 60;

    public static string? DeepLinkFor(string? videoId, Timestamp? timestamp) =>
        videoId is not null && timestamp?.Seconds is int seconds and >= 0 and <= LongestPlausibleVideoSeconds
            ? $"https://www.youtube.com/watch?v={videoId}&t={seconds}s"
            : null;
}

/// <summary>A claim naming an entity: the alias text as it appears in the note and where.</summary>
public sealed record Mention(string ClaimId, string EntityId, string MatchedText, TextSpan Span);

/// <summary>
/// A claim that is only a heading-like lead-in to what follows, ending in ":" ("Key points include:", "How it works:"):
/// it states nothing by itself, so it carries no relations. Decided from the claim's text alone, so every store and
/// every reader (the extraction stage, the API) agrees without a stored column.
/// </summary>
public static class HeadingFragment
{
    /// <summary>The most words such a lead-in has; a longer sentence ending in ":" usually states something itself.</summary>
    public const int MaxWords = 8;

    public static bool Is(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length < 2 || trimmed[^1] != ':' || trimmed[..^1].IndexOfAny(".!?:;") >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var _ in trimmed.Split(' '))
        {
            words++;
        }

        return words <= MaxWords;
    }
}
