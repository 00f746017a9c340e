using Microsoft.AspNetCore.Http;

namespace ClaimGraph.GraphQL.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Engine options: parser limits, operation limits, introspection, error exposure.</summary>
    public GraphQLOptions Engine { get; set; } = GraphQLOptions.Default;

    /// <summary>How many distinct query texts keep their parsed and validated document cached.</summary>
    public int DocumentCacheCapacity { get; set; } = 1_000;

    /// <summary>Largest accepted POST body in bytes; larger bodies get 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>
    /// Deepest nesting of the request's JSON (the body, or the variables and extensions of a GET); deeper JSON gets 400.
    /// At most <see cref="Language.ParserOptions.MaxDepthCeiling"/> takes effect.
    /// </summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>
    /// Handles GET requests that carry no <c>query</c> parameter and accept <c>text/html</c> (a browser opening the
    /// endpoint), e.g. to serve an IDE; when null such requests get a 400 GraphQL error.
    /// </summary>
    public RequestDelegate? BrowserRequestHandler { get; set; }

    /// <summary>A browser opening the endpoint: a GET with no <c>query</c> that accepts HTML (answered by <see cref="GraphQLServerOptions.BrowserRequestHandler"/>).</summary>
    public static bool IsBrowserPageRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && AcceptsHtml(request);
    }

    private static bool AcceptsHtml(HttpRequest request)
    {
        foreach (var value in request.Headers.Accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
