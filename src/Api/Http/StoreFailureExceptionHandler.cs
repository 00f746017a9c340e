using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api;

/// <summary>
/// A store that fails mid-request (database file gone, server down) is a 503 the client can retry, not a 500 bug report.
/// The message stays in the log; the client learns only that the store is unavailable.
/// </summary>
public sealed class StoreFailureExceptionHandler(IProblemDetailsService problemDetails, ILogger<StoreFailureExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (DbException or HttpRequestException or TimeoutException))
        {
            return false;
        }

        var problem = ApiProblems.WithRequestDetails(httpContext, new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The store is unavailable.",
            Detail = "The claim graph store could not answer this request. Try again shortly.",
        });
        logger.LogError(exception, "The store failed while serving {OperationName} at {Path} (traceId {TraceId})",
            UnexpectedExceptionHandler.OperationName(httpContext), httpContext.Request.Path, problem.Extensions["traceId"]);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers[HeaderNames.RetryAfter] =
            StoreReadinessGate.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        httpContext.Response.Headers.CacheControl = "no-store";
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }
}
