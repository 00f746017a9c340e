using System.Net;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>One entry of a Query API response's <c>errors</c> array.</summary>
public sealed record Neo4jError(string Code, string Message);

/// <summary>
/// Neo4j answered and refused the request: the response carried <c>errors[]</c> (whatever its HTTP status, since the
/// Query API reports failures both as 4xx and inside a 202). <see cref="Code"/> is the first error's Neo4j status code,
/// e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.
/// </summary>
public sealed class Neo4jQueryException : StoreException
{
    public Neo4jQueryException(IReadOnlyList<Neo4jError> errors, HttpStatusCode statusCode, string? statementName)
        : base(Describe(errors, statusCode, statementName))
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A Neo4j query failure carries at least one error.", nameof(errors));
        }

        Errors = errors;
        StatusCode = statusCode;
        StatementName = statementName;
    }

    public IReadOnlyList<Neo4jError> Errors { get; }

    public string Code => Errors[0].Code;

    public string Neo4jMessage => Errors[0].Message;

    public HttpStatusCode StatusCode { get; }

    /// <summary>The <see cref="CypherStatement.Name"/> that failed, when the failure belongs to one statement.</summary>
    public string? StatementName { get; }

    /// <summary>The classification part of the code: <c>ClientError</c>, <c>TransientError</c> or <c>DatabaseError</c>.</summary>
    public string Classification => Code.Split('.') is [_, var classification, ..] ? classification : "";

    private static string Describe(IReadOnlyList<Neo4jError> errors, HttpStatusCode statusCode, string? statementName)
    {
        var where = statementName is null ? "" : $" running {statementName}";
        var first = errors.Count > 0 ? $"{errors[0].Code}: {errors[0].Message}" : "no error details";
        return $"Neo4j rejected the request{where} (HTTP {(int)statusCode}): {first}";
    }
}

/// <summary>
/// No usable answer from Neo4j within the resilience budget: connection refused, timeouts, repeated 5xx or transient
/// errors, or an open circuit. The message names the server and what went wrong last; <see cref="Exception.InnerException"/> holds it.
/// </summary>
public sealed class Neo4jUnavailableException : StoreException
{
    public Neo4jUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
