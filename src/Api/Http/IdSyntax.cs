using System.Text.RegularExpressions;
using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Api;

/// <summary>
/// Entity and note ids are lower-case kebab slugs (<c>prime-intellect</c>) and claim ids are a note id and a span
/// (<c>note-id:120-245</c>). Checking the shape first turns a likely mistake (<c>BitTensor</c>) into a 400 that says
/// what an id looks like, instead of a bare 404.
/// </summary>
public static partial class IdSyntax
{
    private const int MaxLength = 300;

    public static void CheckSlug(ValidationErrors errors, string parameter, string kind, string? value)
    {
        if (value is not null && SlugProblem(kind, value, out _) is { } problem)
        {
            errors.Add(parameter, problem);
        }
    }

    public static void CheckClaimId(ValidationErrors errors, string parameter, string value)
    {
        if (ClaimIdProblem(value) is { } problem)
        {
            errors.Add(parameter, problem);
        }
    }

    /// <summary>
    /// Why <paramref name="value"/> is not a slug id of <paramref name="kind"/> ("an entity"), with a "Did you mean" hint
    /// when one can be made (<paramref name="suggestion"/>); null when it is one. REST and GraphQL both answer with it.
    /// </summary>
    public static string? SlugProblem(string kind, string value, out string? suggestion)
    {
        suggestion = null;
        if (value.Length <= MaxLength && SlugPattern().IsMatch(value))
        {
            return null;
        }

        var slug = value.Length <= MaxLength ? Slug.From(value) : "";
        suggestion = slug.Length > 0 ? slug : null;
        return suggestion is not null
            ? $"'{Shorten(value)}' is not {kind} id: ids are lower-case kebab slugs. Did you mean '{suggestion}'?"
            : $"'{Shorten(value)}' is not {kind} id: ids are lower-case kebab slugs such as 'prime-intellect'.";
    }

    public static string? ClaimIdProblem(string value) =>
        value.Length > MaxLength || !ClaimIdPattern().IsMatch(value)
            ? $"'{Shorten(value)}' is not a claim id: a claim id is its note id, a colon and its span, such as 'note-id:120-245'."
            : null;

    /// <summary>The detail of a 404 for a well-formed id that names nothing; GraphQL's NOT_FOUND error says the same.</summary>
    public static string NotFoundDetail(string kind, string id) => $"No {kind.ToLowerInvariant()} has the id '{id}'.";

    private static string Shorten(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 60), "…");

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*:[0-9]+-[0-9]+$")]
    private static partial Regex ClaimIdPattern();
}
