using System.ComponentModel;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Api;

[Description("A note in brief: enough to name it and link to it.")]
public sealed record NoteRef(
    [property: Description("Stable note id (slug of the title or file name).")] string Id,
    [property: Description("The note's title.")] string Title,
    [property: Description("YouTube channel or publication, when known.")] string? Channel)
{
    public static NoteRef From(Note note) => new(note.Id, note.Title, note.Channel);

    public static NoteRef From(Storage.NoteSummary note) => new(note.Id, note.Title, note.Channel);
}

public sealed record NoteSummary(
    [property: Description("Stable note id (slug of the title or file name).")] string Id,
    [property: Description("The note's title.")] string Title,
    [property: Description("YouTube channel or publication, when known.")] string? Channel,
    [property: Description("Author, when known.")] string? Author,
    [property: Description("YouTube video id, when the note summarizes a video.")] string? VideoId,
    [property: Description("YouTube video URL, when the note summarizes a video.")] string? VideoUrl,
    [property: Description("Source URL of the original page, when known.")] string? SourceUrl,
    [property: Description("Detected format: TubeGraphMarkdown, PlainText or NewsletterDump.")] string Format,
    [property: Description("File name the note was ingested from.")] string FileName)
{
    public static NoteSummary From(Note note) => new(
        note.Id, note.Title, note.Channel, note.Author, note.VideoId, note.VideoUrl, note.SourceUrl, note.Format.ToString(), note.FileName);
}

public sealed record NoteEntityResponse(
    [property: Description("Entity id.")] string Id,
    [property: Description("Canonical entity name.")] string Name,
    [property: Description("Entity type.")] string Type,
    [property: Description("How many claims of all notes mention the entity.")] int Mentions)
{
    public static NoteEntityResponse From(EntityInfo entity) => new(entity.Id, entity.Name, entity.Type.ToString(), entity.MentionCount);
}

public sealed record NoteLinkResponse(
    [property: Description("The wiki link's target topic.")] string Target,
    [property: Description("The label shown to readers (the target when the link has none).")] string Label,
    [property: Description("Where the link is in the note text.")] SpanResponse Span);

public sealed record NoteDetail(
    [property: Description("Stable note id.")] string Id,
    [property: Description("The note's title.")] string Title,
    [property: Description("YouTube channel or publication, when known.")] string? Channel,
    [property: Description("Author, when known.")] string? Author,
    [property: Description("YouTube video id, when known.")] string? VideoId,
    [property: Description("YouTube video URL, when known.")] string? VideoUrl,
    [property: Description("Source URL of the original page, when known.")] string? SourceUrl,
    [property: Description("Detected format: TubeGraphMarkdown, PlainText or NewsletterDump.")] string Format,
    [property: Description("File name the note was ingested from.")] string FileName,
    [property: Description("SHA-256 of the stored text; changes when the note is re-ingested with new text.")] string ContentHash,
    [property: Description("The stored note text; every claim span points into it.")] string Text,
    [property: Description("Entities mentioned in the note, most mentioned first.")] IReadOnlyList<NoteEntityResponse> Entities,
    [property: Description("Wiki links of the note (note → topic).")] IReadOnlyList<NoteLinkResponse> Links,
    [property: Description("Relative URL of the note's claims.")] string ClaimsUrl);
