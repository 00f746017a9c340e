namespace ClaimGraph.Api;

/// <summary>
/// One rule for search text everywhere (REST <c>/api/search?q=</c> and <c>/api/claims?q=</c>, GraphQL <c>search(text:)</c>
/// and <c>claims(filter: {text:})</c>): text that is given must have a word in it. Blank text is a 400 / a BLANK_ARGUMENT
/// field error, never "everything"; to list every claim, leave the text out.
/// </summary>
public static class SearchText
{
    public static string BlankMessage(string parameter) =>
        $"The search text '{parameter}' must not be blank; leave it out to list without a text filter.";
}
