using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

[Collection(SeededApiCollection.Name)]
public sealed class OpenApiDocumentTests(SeededApi api)
{
    private const string RegenerateCommand = "UPDATE_OPENAPI=1 dotnet test tests/Api.Tests --filter FullyQualifiedName~OpenApiDocumentTests";

    [Fact]
    public async Task The_committed_document_matches_what_the_host_serves()
    {
        var served = await api.GetJsonAsync("/swagger/v1/swagger.json");
        var path = RepositoryFolders.OpenApiDocument;

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        File.Exists(path).Should().BeTrue($"docs/openapi.json must be committed; create it with: {RegenerateCommand}");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        JsonNode.DeepEquals(committed, served).Should().BeTrue(
            $"docs/openapi.json has drifted from the document the host generates ({FirstDifference(committed, served, "$")}). " +
            $"Regenerate it with: {RegenerateCommand}");
    }

    [Fact]
    public async Task Every_operation_is_documented()
    {
        var document = await api.GetJsonAsync("/swagger/v1/swagger.json");

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Path: path.Key, Operation: operation.Value!)))
            .ToList();
        operations.Where(operation => operation.Path.StartsWith("/api/", StringComparison.Ordinal)).Should().HaveCount(13);
        foreach (var (path, operation) in operations)
        {
            var because = $"{path} must be documented";
            operation["operationId"]?.GetValue<string>().Should().NotBeNullOrWhiteSpace(because);
            operation["summary"]?.GetValue<string>().Should().NotBeNullOrWhiteSpace(because);
            operation["description"]?.GetValue<string>().Should().NotBeNullOrWhiteSpace(because);

            var responses = operation["responses"]!.AsObject();
            if (path.StartsWith("/api/", StringComparison.Ordinal))
            {
                responses.Select(response => response.Key).Should().Contain(["200", "304", "429", "503"], because);
            }

            foreach (var (status, response) in responses.Where(response => response.Key[0] is '4' or '5'))
            {
                response!["content"]!.AsObject().Select(content => content.Key).Should().Equal(["application/problem+json"], $"{path} {status}");
            }

            var parameters = operation["parameters"]?.AsArray() ?? [];
            if (parameters.Count > 0)
            {
                responses.Select(response => response.Key).Should().Contain("400", because);
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                responses.Select(response => response.Key).Should().Contain("404", because);
            }

            foreach (var parameter in parameters)
            {
                var name = parameter!["name"]!.GetValue<string>();
                parameter["description"]?.GetValue<string>().Should().NotBeNullOrWhiteSpace($"{path} parameter {name}");
                if (name != "cursor")
                {
                    parameter["example"].Should().NotBeNull($"{path} parameter {name} needs an example");
                }
            }
        }
    }

    private static string FirstDifference(JsonNode? committed, JsonNode? served, string where)
    {
        switch (committed, served)
        {
            case (JsonObject left, JsonObject right):
                foreach (var key in left.Select(pair => pair.Key).Union(right.Select(pair => pair.Key)))
                {
                    if (!left.ContainsKey(key) || !right.ContainsKey(key) || !JsonNode.DeepEquals(left[key], right[key]))
                    {
                        return FirstDifference(left[key], right[key], $"{where}.{key}");
                    }
                }

                break;
            case (JsonArray left, JsonArray right) when left.Count == right.Count:
                for (var index = 0; index < left.Count; index++)
                {
                    if (!JsonNode.DeepEquals(left[index], right[index]))
                    {
                        return FirstDifference(left[index], right[index], $"{where}[{index}]");
                    }
                }

                break;
        }

        return $"first difference at {where}: committed {committed?.ToJsonString() ?? "nothing"}, served {served?.ToJsonString() ?? "nothing"}";
    }
}
