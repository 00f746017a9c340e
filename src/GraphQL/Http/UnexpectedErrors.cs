using System.Diagnostics;
using ClaimGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimGraph.GraphQL.Http;

/// <summary>
/// A resolver's unexpected exception reaches the client only as "Unexpected error" (its message could leak internals),
/// so the exception itself must be in the log, findable from the response: each such error is logged at Error with the
/// exception, the operation name and the request's trace id, and the error entry carries the same <c>traceId</c> in its
/// extensions (the id problem+json answers carry).
/// </summary>
internal static partial class UnexpectedErrors
{
    public static ExecutionResult Report(HttpContext context, ExecutionResult result, string? operationName)
    {
        if (result.Errors is not { Count: > 0 } errors || !errors.Any(IsUnexpected))
        {
            return result;
        }

        var logger = context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("ClaimGraph.GraphQL.Http") ?? NullLogger.Instance;
        var traceId = TraceId(context);
        var reported = new List<GraphQLError>(errors.Count);
        foreach (var error in errors)
        {
            if (!IsUnexpected(error))
            {
                reported.Add(error);
                continue;
            }

            var path = error.Path is null ? "" : string.Join('.', error.Path);
            LogUnexpected(logger, error.InnerException!, operationName ?? "(anonymous)", path, traceId);
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (error.Extensions is not null)
            {
                foreach (var (key, value) in error.Extensions)
                {
                    extensions[key] = value;
                }
            }
            extensions["traceId"] = traceId;
            reported.Add(new GraphQLError(error.Message, error.Locations, error.Path, extensions, error.InnerException));
        }

        return new ExecutionResult { HasData = result.HasData, Data = result.Data, Errors = reported, Extensions = result.Extensions };
    }

    /// <summary>The id problem details use: the current activity's W3C id, else the connection's trace identifier.</summary>
    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    private static bool IsUnexpected(GraphQLError error) =>
        error.Extensions?.GetValueOrDefault("code") is Executor.UnexpectedErrorCode && error.InnerException is not null and not GraphQLError;

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL operation {OperationName} failed at {Path} with an unexpected error (traceId {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string operationName, string path, string traceId);
}
