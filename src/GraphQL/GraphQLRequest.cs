namespace ClaimGraph.GraphQL;

/// <summary>A GraphQL request as the GraphQL-over-HTTP specification names its parameters.</summary>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
