namespace ClaimGraph.Model;

/// <summary>The three note families ClaimGraph reads; anything unrecognised is read as <see cref="PlainText"/>.</summary>
public enum NoteFormat
{
    TubeGraphMarkdown,
    PlainText,
    NewsletterDump,
}

/// <summary>
/// A source note as stored: its metadata and the exact text every claim span points into.
/// <see cref="ContentHash"/> is the SHA-256 of the text; <see cref="CatalogVersion"/> fingerprints the entity catalog
/// the note was linked with, so a catalog change re-links notes whose text did not change.
/// </summary>
public sealed record Note(
    string Id,
    string Title,
    string? Channel,
    string? Author,
    string? VideoId,
    string? SourceUrl,
    NoteFormat Format,
    string ContentHash,
    string CatalogVersion,
    string Text,
    string SourcePath)
{
    public string? VideoUrl => VideoId is null ? null : $"https://www.youtube.com/watch?v={VideoId}";

    public string FileName => Path.GetFileName(SourcePath);
}

/// <summary>A wiki link <c>[[target | label]]</c> in a note, kept as a note → topic link.</summary>
public sealed record NoteLink(string NoteId, string Target, string Label, TextSpan Span);
