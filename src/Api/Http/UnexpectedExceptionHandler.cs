using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ClaimGraph.Api;

/// <summary>
/// The last resort for an exception no other handler claims: a 500 problem that says only "unexpected error" (the
/// message could leak internals) and carries the request's <c>traceId</c>, and one Error log entry with the exception,
/// the operation (the endpoint's name) and the same trace id, so the answer a client reports leads to the cause.
/// </summary>
public sealed partial class UnexpectedExceptionHandler(IProblemDetailsService problemDetails, ILogger<UnexpectedExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ApiProblems.WithRequestDetails(httpContext, new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Unexpected error.",
            Detail = "The server failed to answer this request. Quote the traceId when reporting it.",
        });
        LogUnexpected(logger, exception, OperationName(httpContext), (string)problem.Extensions["traceId"]!);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        httpContext.Response.Headers.CacheControl = "no-store";
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }

    /// <summary>The endpoint's name (<c>Search</c>), else its display name, else the method and path.</summary>
    public static string OperationName(HttpContext httpContext)
    {
        // The exception handler middleware clears the endpoint before handlers run; its feature keeps the one that failed.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint();
        return endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
            ?? endpoint?.DisplayName
            ?? $"{httpContext.Request.Method} {httpContext.Request.Path}";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {OperationName} failed with an unexpected error (traceId {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string operationName, string traceId);
}
