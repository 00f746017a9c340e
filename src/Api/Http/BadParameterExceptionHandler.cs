using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ClaimGraph.Api;

/// <summary>
/// Turns a query or route value that does not bind (<c>limit=abc</c>) into the same 400 validation problem the handlers
/// produce for out-of-range values, naming the parameter. Minimal APIs throw <see cref="BadHttpRequestException"/> for
/// these because <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on in every environment.
/// </summary>
public sealed partial class BadParameterExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        ProblemDetails problem;
        if (BindFailure().Match(badRequest.Message) is { Success: true } failure)
        {
            var parameter = CamelCase(failure.Groups["name"].Value);
            var message = failure.Groups["value"].Success
                ? $"'{failure.Groups["value"].Value}' is not {Describe(failure.Groups["type"].Value)}."
                : $"The parameter '{parameter}' is required.";
            problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [parameter] = [message] })
            {
                Title = "One or more parameters are invalid.",
                Detail = "See 'errors' for what is wrong with each parameter.",
            };
        }
        else
        {
            problem = new ProblemDetails { Title = "The request is invalid.", Detail = badRequest.Message };
        }

        problem.Status = badRequest.StatusCode;
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static string CamelCase(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);

    private static string Describe(string typeName) => UnwrapNullable(typeName) switch
    {
        "int" or "long" or "Int32" or "Int64" => "a whole number",
        "double" or "decimal" or "float" => "a number",
        "bool" or "Boolean" => "true or false",
        var other => $"a valid {other}",
    };

    private static string UnwrapNullable(string typeName) =>
        typeName.StartsWith("Nullable<", StringComparison.Ordinal) ? typeName["Nullable<".Length..^1] : typeName.TrimEnd('?');

    // The two messages RequestDelegateFactory produces: 'Failed to bind parameter "int? Limit" from "abc".' and
    // 'Required parameter "string from" was not provided from query string.'
    [GeneratedRegex("""^(?:Failed to bind parameter|Required parameter) "(?<type>[^"]+) (?<name>[^" ]+)"(?: from "(?<value>.*)"\.)?""")]
    private static partial Regex BindFailure();
}
