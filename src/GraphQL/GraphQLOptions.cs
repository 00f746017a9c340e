using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Limits;

namespace ClaimGraph.GraphQL;

/// <summary>How the engine treats requests: parser limits, abuse limits, introspection and error exposure.</summary>
public sealed record GraphQLOptions
{
    public static GraphQLOptions Default { get; } = new();

    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    public GraphQLLimits Limits { get; init; } = GraphQLLimits.Default;

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are rejected with an error saying introspection is disabled.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>
    /// When false (the default) a resolver's unexpected exception reaches the client as a generic message; only
    /// <see cref="GraphQLError"/> messages are shown, so internals do not leak.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }
}
