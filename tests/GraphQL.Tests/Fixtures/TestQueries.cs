using System.Text.Json;
using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Tests.Fixtures;

public static class TestQueries
{
    public static async Task<string> RunAsync(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        GraphQLOptions? options = null)
    {
        var result = await GraphQLExecutor.ExecuteAsync(schema, new GraphQLRequest(query, operationName, variables), options: options);
        return result.ToJson();
    }

    /// <summary>Normalizes a JSON literal written in a test (single quotes allowed) to compact form for comparison.</summary>
    public static string Json(string json)
    {
        using var document = JsonDocument.Parse(json.Replace('\'', '"'));
        return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
