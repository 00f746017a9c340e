using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClaimGraph.Api;

/// <summary>The problem bodies the REST handlers return themselves (the others come from the problem details service).</summary>
public static class ApiProblems
{
    /// <summary>
    /// A 404 problem naming the unknown id. A <see cref="ProblemHttpResult"/> rather than <c>NotFound&lt;ProblemDetails&gt;</c>,
    /// which would be written as <c>application/json</c>; endpoints declare it with <c>.ProducesProblem(404)</c>.
    /// </summary>
    public static ProblemHttpResult NotFound(HttpContext context, string kind, string id) =>
        TypedResults.Problem(WithRequestDetails(context, new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = $"{kind} not found.",
            Detail = IdSyntax.NotFoundDetail(kind, id),
        }));

    /// <summary>Fills <c>instance</c> and <c>traceId</c> the same way the problem details service does for every other error.</summary>
    public static ProblemDetails WithRequestDetails(HttpContext context, ProblemDetails problem)
    {
        problem.Instance ??= $"{context.Request.PathBase}{context.Request.Path}";
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.TraceIdentifier);
        return problem;
    }
}
