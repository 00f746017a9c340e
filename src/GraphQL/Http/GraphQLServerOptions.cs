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
    /// Handles GET requests that carry no <c>query</c> parameter and accept <c>text/html</c> (a browser opening the
    /// endpoint), e.g. to serve an IDE; when null such requests get a 400 GraphQL error.
    /// </summary>
    public RequestDelegate? BrowserRequestHandler { get; set; }
}
