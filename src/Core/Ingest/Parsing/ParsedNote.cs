using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// A note as its parser understood it, before entities are linked. <see cref="Text"/> is the note's stored text;
/// every span points into it.
/// </summary>
public sealed record ParsedNote(
    string Id,
    string Title,
    string? Channel,
    string? Author,
    string? VideoId,
    string? SourceUrl,
    NoteFormat Format,
    string Text,
    IReadOnlyList<ParsedClaim> Claims,
    IReadOnlyList<ParsedLink> Links);

/// <summary>
/// A claim's reader-visible text and where it came from. <c>SourceOffsets[i]</c> is the index in the note text of
/// <c>Text[i]</c>, so a match found in the visible text maps back to a span of the source.
/// </summary>
public sealed record ParsedClaim(
    string Text,
    TextSpan Span,
    IReadOnlyList<int> SourceOffsets,
    IReadOnlyList<string> Section,
    Timestamp? Timestamp)
{
    /// <summary>The source span of <c>Text[start..(start + length)]</c>.</summary>
    public TextSpan SourceSpanOf(int start, int length) =>
        new(SourceOffsets[start], SourceOffsets[start + length - 1] + 1);
}

public sealed record ParsedLink(string Target, string Label, TextSpan Span);
