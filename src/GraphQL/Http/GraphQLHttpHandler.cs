using System.Buffers;
using System.Text;
using System.Text.Json;
using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: reads the request parameters, negotiates <c>application/graphql-response+json</c> or
/// <c>application/json</c>, and picks status codes as the GraphQL-over-HTTP specification (and the graphql-http audit) expects.
/// </summary>
internal static class GraphQLHttpHandler
{
    private const string GraphQLResponseMediaType = "application/graphql-response+json";
    private const string JsonMediaType = "application/json";

    public static async Task HandleAsync(HttpContext context)
    {
        var executor = context.RequestServices.GetRequiredService<GraphQLExecutor>();
        var options = context.RequestServices.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var isGet = HttpMethods.IsGet(context.Request.Method);

        var mediaType = NegotiateMediaType(context.Request);
        if (options.BrowserRequestHandler is not null && GraphQLServerOptions.IsBrowserPageRequest(context.Request))
        {
            await options.BrowserRequestHandler(context);
            return;
        }
        if (mediaType is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, JsonMediaType,
                $"The Accept header allows neither {GraphQLResponseMediaType} nor {JsonMediaType}.");
            return;
        }

        var (request, problem, status) = isGet ? ReadGetRequest(context.Request, options.MaxJsonDepth) : await ReadPostRequestAsync(context.Request, options);
        if (request is null)
        {
            await WriteErrorAsync(context, status, mediaType, problem!);
            return;
        }

        var prepared = executor.Prepare(request.Query, context.RequestAborted);
        var operation = prepared.Document is null ? null : Executor.GetOperation(prepared.Document, request.OperationName, out _);
        if (isGet)
        {
            if (operation is not null && operation.Operation != OperationType.Query)
            {
                context.Response.Headers.Allow = HttpMethods.Post;
                await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                    $"Only query operations can be executed over GET; send {operation.Operation.ToString().ToLowerInvariant()} operations with POST.");
                return;
            }
        }

        var result = await executor.ExecuteAsync(prepared, request, context.RequestServices, context.RequestAborted);
        result = UnexpectedErrors.Report(context, result, request.OperationName ?? operation?.Name);
        context.Features.Set(new GraphQLExecutionFeature(operation?.Operation, result.Errors is { Count: > 0 }));
        var statusCode = mediaType == GraphQLResponseMediaType && result.IsRequestError
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteResultAsync(context, statusCode, mediaType, result);
    }

    private static string? NegotiateMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0)
        {
            return JsonMediaType;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return JsonMediaType;
        }
        string? chosen = null;
        double chosenQuality = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1;
            if (quality <= chosenQuality)
            {
                continue;
            }
            var type = value.MediaType.Value;
            string? candidate = type switch
            {
                _ when string.Equals(type, GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase) => GraphQLResponseMediaType,
                _ when string.Equals(type, JsonMediaType, StringComparison.OrdinalIgnoreCase) => JsonMediaType,
                "*/*" or "application/*" => JsonMediaType,
                _ => null,
            };
            if (candidate is not null)
            {
                chosen = candidate;
                chosenQuality = quality;
            }
        }
        return chosen;
    }

    private static (GraphQLRequest? Request, string? Problem, int Status) ReadGetRequest(HttpRequest http, int maxJsonDepth)
    {
        var query = http.Query["query"];
        if (query.Count != 1 || string.IsNullOrEmpty(query[0]))
        {
            return (null, "The query parameter is required and must be given once.", StatusCodes.Status400BadRequest);
        }
        var operationName = http.Query["operationName"];
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        if (http.Query.TryGetValue("variables", out var variablesText) && !string.IsNullOrEmpty(variablesText[0]))
        {
            if (!TryParseJsonObject(variablesText[0]!, maxJsonDepth, out variables, out var problem))
            {
                return (null, "The variables parameter must be a JSON object. " + problem, StatusCodes.Status400BadRequest);
            }
        }
        if (http.Query.TryGetValue("extensions", out var extensionsText) && !string.IsNullOrEmpty(extensionsText[0]))
        {
            if (!TryParseJsonObject(extensionsText[0]!, maxJsonDepth, out extensions, out var problem))
            {
                return (null, "The extensions parameter must be a JSON object. " + problem, StatusCodes.Status400BadRequest);
            }
        }
        var name = operationName.Count > 0 && !string.IsNullOrEmpty(operationName[0]) ? operationName[0] : null;
        return (new GraphQLRequest(query[0]!, name, variables, extensions), null, 0);
    }

    private static async Task<(GraphQLRequest? Request, string? Problem, int Status)> ReadPostRequestAsync(HttpRequest http, GraphQLServerOptions options)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType)
            || !(string.Equals(contentType.MediaType.Value, JsonMediaType, StringComparison.OrdinalIgnoreCase)
                || string.Equals(contentType.MediaType.Value, "application/graphql+json", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, $"POST requests must have Content-Type {JsonMediaType}.", StatusCodes.Status415UnsupportedMediaType);
        }
        if (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Only utf-8 request bodies are supported.", StatusCodes.Status415UnsupportedMediaType);
        }
        if (http.ContentLength > options.MaxRequestBodyBytes)
        {
            return (null, $"The request body exceeds the limit of {options.MaxRequestBodyBytes} bytes (MaxRequestBodyBytes).", StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(http, options.MaxRequestBodyBytes);
        if (body is null)
        {
            return (null, $"The request body exceeds the limit of {options.MaxRequestBodyBytes} bytes (MaxRequestBodyBytes).", StatusCodes.Status413PayloadTooLarge);
        }
        if (body.Length == 0)
        {
            return (null, "The request body is empty; expected a JSON object with a query.", StatusCodes.Status400BadRequest);
        }

        if (!RequestJson.TryRead(body, options.MaxJsonDepth, out var json, out var problem))
        {
            return (null, "The request body is malformed. " + problem, StatusCodes.Status400BadRequest);
        }
        if (json is not Dictionary<string, object?> root)
        {
            return (null, "The request body must be a JSON object.", StatusCodes.Status400BadRequest);
        }
        if (!root.TryGetValue("query", out var query) || query is not string queryText)
        {
            return (null, "The query parameter is required and must be a string.", StatusCodes.Status400BadRequest);
        }
        string? operationName = null;
        if (root.TryGetValue("operationName", out var name) && name is not null)
        {
            if (name is not string nameText)
            {
                return (null, "The operationName parameter must be a string or null.", StatusCodes.Status400BadRequest);
            }
            operationName = nameText;
        }
        IReadOnlyDictionary<string, object?>? variables = null;
        if (root.TryGetValue("variables", out var variablesValue) && variablesValue is not null)
        {
            if (variablesValue is not Dictionary<string, object?> variablesMap)
            {
                return (null, "The variables parameter must be a JSON object or null.", StatusCodes.Status400BadRequest);
            }
            variables = variablesMap;
        }
        IReadOnlyDictionary<string, object?>? extensions = null;
        if (root.TryGetValue("extensions", out var extensionsValue) && extensionsValue is not null)
        {
            if (extensionsValue is not Dictionary<string, object?> extensionsMap)
            {
                return (null, "The extensions parameter must be a JSON object or null.", StatusCodes.Status400BadRequest);
            }
            extensions = extensionsMap;
        }
        return (new GraphQLRequest(queryText, operationName, variables, extensions), null, 0);
    }

    /// <summary>The body as bytes, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest http, int limit)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await http.Body.ReadAsync(memory, http.HttpContext.RequestAborted);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    private static bool TryParseJsonObject(string text, int maxDepth, out IReadOnlyDictionary<string, object?>? value, out string? problem)
    {
        value = null;
        if (!RequestJson.TryRead(Encoding.UTF8.GetBytes(text), maxDepth, out var parsed, out problem))
        {
            return false;
        }
        if (parsed is null)
        {
            return true;
        }
        if (parsed is not Dictionary<string, object?> map)
        {
            problem = "It is not a JSON object.";
            return false;
        }
        value = map;
        return true;
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string mediaType, string message) =>
        WriteResultAsync(context, status, mediaType, ExecutionResult.RequestError(new GraphQLError(message)));

    private static async Task WriteResultAsync(HttpContext context, int status, string mediaType, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, ExecutionResult.WriterOptions()))
        {
            result.WriteTo(writer);
        }
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}

/// <summary>Converts JSON request values (variables, extensions) to the plain CLR values input coercion expects.</summary>
public static class JsonValues
{
    public static object? ToClr(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = ToClr(property.Value);
                }
                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToClr(item));
                }
                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                {
                    return i;
                }
                if (element.TryGetInt64(out var l))
                {
                    return l;
                }
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
