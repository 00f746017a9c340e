using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api;

public sealed record ClaimListQuery(
    [FromQuery(Name = "entity")]
    [Description("Only claims that mention this entity id.")]
    [ParameterExample("prime-intellect")]
    string? Entity,
    [FromQuery(Name = "note")]
    [Description("Only claims of this note id.")]
    [ParameterExample("emerging-trends-in-ai-development")]
    string? Note,
    [FromQuery(Name = "q")]
    [Description("Full-text query over claim text; results are then ranked by relevance instead of note order. Blank text is a 400: leave q out to list every claim. At most 200 characters and 16 distinct words by default (Search:MaxTextLength, Search:MaxTerms).")]
    [ParameterExample("decentralized training")]
    string? Q,
    [FromQuery(Name = "limit")]
    [Description("Page size, 1 to 100.")]
    [Range(1, PageRequests.MaxLimit)]
    [DefaultValue(PageRequests.DefaultLimit)]
    [ParameterExample(10)]
    int? Limit,
    [FromQuery(Name = "cursor")]
    [Description("Opaque cursor from the 'next' link of the previous page; omit for the first page.")]
    string? Cursor);

public static class ClaimsApi
{
    public static RouteGroupBuilder MapClaims(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapApiGroup("/api/claims", "Claims");

        group.MapGet("", ListClaimsAsync)
            .WithName("ListClaims")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("List claims")
            .WithDescription("Claims filtered by the entity they mention, the note they come from and full-text query; every given filter applies.");

        group.MapGet("/{id}", GetClaimAsync)
            .WithName("GetClaim")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Get a claim")
            .WithDescription("One claim with its span, timestamp, deep link, note, the entities it mentions and the relations it supports.");

        return group;
    }

    public static async Task<Results<Ok<PagedList<ClaimSummary>>, ValidationProblem, ProblemHttpResult>> ListClaimsAsync(
        [AsParameters] ClaimListQuery query, IClaimGraphQueries store, IOptions<SearchTextOptions> searchText, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var entity = Blank(query.Entity);
        var note = Blank(query.Note);
        var text = Blank(query.Q);
        if (query.Q is not null && text is null)
        {
            errors.Add("q", SearchText.BlankMessage("q"));
        }
        else if (text is not null && searchText.Value.FullTextProblem(text) is { } problem)
        {
            errors.Add("q", problem);
        }
        IdSyntax.CheckSlug(errors, "entity", "an entity", entity);
        IdSyntax.CheckSlug(errors, "note", "a note", note);
        var fingerprint = PageCursor.Fingerprint("claims", entity, note, text);
        var page = PageRequests.Resolve(query.Limit, query.Cursor, fingerprint, errors, keyShape: text is null ? "sl" : "");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        // An unknown filter id is far more likely a typo than a question whose answer is "nothing": say so.
        if (entity is not null && !(await store.GetEntitiesAsync([entity], cancellationToken)).ContainsKey(entity))
        {
            return ApiProblems.NotFound(context, "Entity", entity);
        }

        if (note is not null && !(await store.GetNoteSummariesAsync([note], cancellationToken)).ContainsKey(note))
        {
            return ApiProblems.NotFound(context, "Note", note);
        }

        var claims = await store.ListClaimsAsync(new ClaimFilter(entity, note, text), page, cancellationToken);
        return TypedResults.Ok(claims.ToPagedList(context.Request, fingerprint, ClaimSummary.From));
    }

    public static async Task<Results<Ok<ClaimDetail>, ValidationProblem, ProblemHttpResult>> GetClaimAsync(
        [Description("Claim id: the note id, a colon and the claim's span (note-id:start-end), as listed by the claim endpoints.")]
        [ParameterExample("emerging-trends-in-ai-development:9515-9735")]
        string id,
        IClaimGraphQueries store,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        IdSyntax.CheckClaimId(errors, "id", id);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var claims = await store.GetClaimsAsync([id], cancellationToken);
        if (!claims.TryGetValue(id, out var claim))
        {
            return ApiProblems.NotFound(context, "Claim", id);
        }

        var mentions = await store.GetMentionsOfClaimsAsync([id], cancellationToken);
        var supports = await store.GetRelationsSupportedByClaimsAsync([id], cancellationToken);
        var notes = await store.GetNoteSummariesAsync([claim.NoteId], cancellationToken);

        var claimMentions = mentions.TryGetValue(id, out var m) ? m : [];
        var claimRelations = supports.TryGetValue(id, out var r) ? r : [];
        var entityIds = claimMentions.Select(mention => mention.EntityId)
            .Concat(claimRelations.SelectMany(relation => new[] { relation.SubjectId, relation.ObjectId }))
            .ToHashSet(StringComparer.Ordinal);
        var entities = await store.GetEntitiesAsync(entityIds, cancellationToken);

        return TypedResults.Ok(new ClaimDetail(
            claim.Id,
            claim.Text,
            claim.Section,
            SpanResponse.From(claim.Span),
            TimestampResponse.From(claim.Timestamp),
            claim.DeepLink,
            notes.TryGetValue(claim.NoteId, out var note) ? NoteRef.From(note) : new NoteRef(claim.NoteId, claim.NoteId, null),
            claimMentions.OrderBy(mention => mention.Span.Start)
                .Select(mention => new MentionResponse(EntityRef.From(entities, mention.EntityId), mention.MatchedText, SpanResponse.From(mention.Span)))
                .ToList(),
            claimRelations.Select(relation => RelationSummary.From(relation, entities)).ToList(),
            claim.IsHeadingFragment));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
