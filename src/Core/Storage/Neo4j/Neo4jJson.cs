using System.Text.Json;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>Maps the Query API's plain JSON values to .NET: string, long, double, bool, null, lists and maps (nodes arrive as maps too).</summary>
public static class Neo4jJson
{
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToArray(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value), StringComparer.Ordinal),
        _ => throw new JsonException($"Unsupported JSON value kind {element.ValueKind}."),
    };
}
