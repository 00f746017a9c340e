using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api;

public sealed record NoteListQuery(
    [FromQuery(Name = "channel")]
    [Description("Only notes from this YouTube channel or publication (its name, letter case aside).")]
    [ParameterExample("Interconnects")]
    string? Channel,
    [FromQuery(Name = "format")]
    [Description("Only notes of this detected format.")]
    [AllowedValues("TubeGraphMarkdown", "PlainText", "NewsletterDump")]
    [ParameterExample("NewsletterDump")]
    string? Format,
    [FromQuery(Name = "limit")]
    [Description("Page size, 1 to 100.")]
    [Range(1, PageRequests.MaxLimit)]
    [DefaultValue(PageRequests.DefaultLimit)]
    [ParameterExample(10)]
    int? Limit,
    [FromQuery(Name = "cursor")]
    [Description("Opaque cursor from the 'next' link of the previous page; omit for the first page.")]
    string? Cursor);

public static class NotesApi
{
    public static RouteGroupBuilder MapNotes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapApiGroup("/api/notes", "Notes");

        group.MapGet("", ListNotesAsync)
            .WithName("ListNotes")
            .WithSummary("List notes")
            .WithDescription("The ingested notes, filtered by channel or publication and by format.");

        group.MapGet("/{id}", GetNoteAsync)
            .WithName("GetNote")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get a note")
            .WithDescription("One note with its metadata, stored text, the entities it mentions and its wiki links. Its claims are at /api/claims?note={id}.");

        return group;
    }

    public static async Task<Results<Ok<PagedList<NoteSummary>>, ValidationProblem>> ListNotesAsync(
        [AsParameters] NoteListQuery query, IClaimGraphQueries store, IOptions<SearchTextOptions> searchText, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        NoteFormat? format = null;
        if (query.Format is not null)
        {
            format = Enum.GetValues<NoteFormat>().Cast<NoteFormat?>()
                .FirstOrDefault(value => string.Equals(value.ToString(), query.Format.Trim(), StringComparison.OrdinalIgnoreCase));
            if (format is null)
            {
                errors.Add("format", $"Unknown format '{query.Format}'. Use one of: {string.Join(", ", Enum.GetNames<NoteFormat>())}.");
            }
        }

        var channel = string.IsNullOrWhiteSpace(query.Channel) ? null : query.Channel.Trim();
        if (channel is not null && searchText.Value.LengthProblem(channel) is { } problem)
        {
            errors.Add("channel", problem);
        }

        var fingerprint = PageCursor.Fingerprint("notes", channel, format?.ToString());
        var page = PageRequests.Resolve(query.Limit, query.Cursor, fingerprint, errors, keyShape: "ss");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var notes = await store.ListNotesAsync(new NoteFilter(channel, format), page, cancellationToken);
        return TypedResults.Ok(notes.ToPagedList(context.Request, fingerprint, NoteSummary.From));
    }

    public static async Task<Results<Ok<NoteDetail>, ValidationProblem, ProblemHttpResult>> GetNoteAsync(
        [Description("Note id: the slug of the note's title (or of its file name when it has none).")][ParameterExample("some-ideas-for-what-comes-next")] string id,
        IClaimGraphQueries store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        IdSyntax.CheckSlug(errors, "id", "a note", id);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var notes = await store.GetNotesAsync([id], cancellationToken);
        if (!notes.TryGetValue(id, out var note))
        {
            return ApiProblems.NotFound(context, "Note", id);
        }

        var entities = await store.GetEntitiesOfNotesAsync([id], cancellationToken);
        var links = await store.GetLinksOfNotesAsync([id], cancellationToken);
        return TypedResults.Ok(new NoteDetail(
            note.Id,
            note.Title,
            note.Channel,
            note.Author,
            note.VideoId,
            note.VideoUrl,
            note.SourceUrl,
            note.Format.ToString(),
            note.FileName,
            note.ContentHash,
            note.Text,
            entities.TryGetValue(id, out var mentioned) ? mentioned.Select(NoteEntityResponse.From).ToList() : [],
            links.TryGetValue(id, out var noteLinks)
                ? noteLinks.Select(link => new NoteLinkResponse(link.Target, link.Label, SpanResponse.From(link.Span))).ToList()
                : [],
            $"{context.Request.PathBase}/api/claims?note={Uri.EscapeDataString(note.Id)}"));
    }
}
