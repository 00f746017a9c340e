using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Http;

/// <summary>
/// What the GraphQL endpoint executed for this request, set on <c>HttpContext.Features</c> once the result is known so
/// the host's middleware (a response cache, logging) can act on it without parsing the request again.
/// </summary>
/// <param name="Operation">The operation that ran; null when the request failed before one was selected.</param>
/// <param name="HasErrors">Whether the result carries any error, a request error or a field error.</param>
public sealed record GraphQLExecutionFeature(OperationType? Operation, bool HasErrors)
{
    /// <summary>A query whose result is complete: the same request against the same data gives the same answer.</summary>
    public bool IsRepeatableQuery => Operation == OperationType.Query && !HasErrors;
}
