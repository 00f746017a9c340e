using System.Net;
using System.Net.Sockets;
using Polly.Timeout;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>Decides which failures are worth another attempt: only those that are both transient and safe to repeat.</summary>
public static class Neo4jFailureClassifier
{
    /// <summary>
    /// Transient codes that must not be retried: the transaction was terminated on purpose (by an administrator or a
    /// timeout), or the lock client stopped because the transaction was already being torn down. Retrying fights the operator.
    /// </summary>
    private static readonly HashSet<string> NonRetriableTransientCodes = new(StringComparer.Ordinal)
    {
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
    };

    public static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jQueryException query => IsTransientCode(query.Code, query.StatusCode),
        // Without a status code the request never got an answer (DNS, refused connection, reset): the operation
        // either did not run or ran inside a transaction that was never committed.
        HttpRequestException http => http.StatusCode is null || (int)http.StatusCode >= 500,
        SocketException or IOException => true,
        // SocketsHttpHandler reports its ConnectTimeout as a cancellation caused by a TimeoutException: the server never answered.
        OperationCanceledException { InnerException: TimeoutException } => true,
        // A per-attempt timeout: our writes are idempotent MERGEs in one transaction, so replaying them is safe.
        TimeoutRejectedException => true,
        _ => false,
    };

    public static bool IsTransientCode(string code, HttpStatusCode statusCode)
    {
        if (code.StartsWith("Neo.ClientError.", StringComparison.Ordinal))
        {
            return false;
        }

        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            return !NonRetriableTransientCodes.Contains(code);
        }

        // Neo.DatabaseError.* and unknown classifications: trust the HTTP status; a 5xx says the server, not the request, failed.
        return (int)statusCode >= 500;
    }
}
