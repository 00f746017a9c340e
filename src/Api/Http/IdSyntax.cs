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
        if (value is null || (value.Length <= MaxLength && SlugPattern().IsMatch(value)))
        {
            return;
        }

        var suggestion = value.Length <= MaxLength ? Slug.From(value) : "";
        errors.Add(parameter, suggestion.Length > 0
            ? $"'{Shorten(value)}' is not {kind} id: ids are lower-case kebab slugs. Did you mean '{suggestion}'?"
            : $"'{Shorten(value)}' is not {kind} id: ids are lower-case kebab slugs such as 'prime-intellect'.");
    }

    public static void CheckClaimId(ValidationErrors errors, string parameter, string value)
    {
        if (value.Length > MaxLength || !ClaimIdPattern().IsMatch(value))
        {
            errors.Add(parameter, $"'{Shorten(value)}' is not a claim id: a claim id is its note id, a colon and its span, such as 'note-id:120-245'.");
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 60), "…");

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*:[0-9]+-[0-9]+$")]
    private static partial Regex ClaimIdPattern();
}
