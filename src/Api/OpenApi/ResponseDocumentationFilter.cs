using System.Globalization;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimGraph.Api;

/// <summary>
/// Says what each status means for this API, which headers come with it, and that every error body is
/// <c>application/problem+json</c> (a typed <c>NotFound&lt;ProblemDetails&gt;</c> advertises plain JSON, but the
/// framework writes problem+json for a <c>ProblemDetails</c> body). Responses are listed in status order.
/// </summary>
public sealed class ResponseDocumentationFilter : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["200"] = "The requested data, with a strong ETag and Cache-Control.",
        ["304"] = "Not modified: the ETag sent in If-None-Match still matches; no body.",
        ["400"] = "A parameter is invalid; 'errors' lists the messages for each bad parameter.",
        ["404"] = "An id in the path or in a filter names nothing; 'detail' says which.",
        ["429"] = "Too many requests from this client; retry after the number of seconds in Retry-After.",
        ["503"] = "The store is opening, seeding or unreachable; retry after the number of seconds in Retry-After.",
        ["504"] = "The request ran past Rest:TimeoutSeconds and was stopped, its store work interrupted.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Responses is null)
        {
            return;
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (Descriptions.TryGetValue(status, out var description))
            {
                concrete.Description = description;
            }

            var code = int.Parse(status, CultureInfo.InvariantCulture);
            if (code >= 400 && concrete.Content is { } content && content.Remove("application/json", out var json))
            {
                content.TryAdd(ProblemJson, json);
            }

            switch (code)
            {
                case StatusCodes.Status200OK:
                    AddHeader(concrete, HeaderNames.ETag, "Strong validator of the body; send it back in If-None-Match to get a 304 when nothing changed.");
                    AddHeader(concrete, HeaderNames.CacheControl, "How long the response may be reused before revalidating (public, max-age, must-revalidate).");
                    break;
                case StatusCodes.Status304NotModified:
                    AddHeader(concrete, HeaderNames.ETag, "The validator that still matches.");
                    break;
                case StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable:
                    AddHeader(concrete, HeaderNames.RetryAfter, "Seconds to wait before retrying.", integer: true);
                    break;
            }
        }

        var ordered = operation.Responses.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in ordered)
        {
            operation.Responses.Add(status, response);
        }
    }

    private static void AddHeader(OpenApiResponse response, string name, string description, bool integer = false)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.OrdinalIgnoreCase);
        response.Headers[name] = new OpenApiHeader
        {
            Description = description,
            Schema = new OpenApiSchema { Type = integer ? JsonSchemaType.Integer : JsonSchemaType.String },
        };
    }
}
