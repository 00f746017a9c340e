using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ClaimGraph.Api.Tests.GraphQL.Support;

/// <summary>A GraphQL response as it came over HTTP.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, JsonNode Body)
{
    public JsonNode? Data => Body["data"];

    public IReadOnlyList<string> ErrorMessages =>
        Body["errors"]?.AsArray().Select(error => error!["message"]!.GetValue<string>()).ToList() ?? [];

    /// <summary>The data, after asserting the request succeeded without any error.</summary>
    public JsonNode SuccessfulData()
    {
        ErrorMessages.Should().BeEmpty($"the query should succeed; the response was {Body.ToJsonString()}");
        Status.Should().Be(HttpStatusCode.OK);
        return Data!;
    }
}

public static class GraphQLHttp
{
    public const string Endpoint = "/graphql";

    /// <summary>POSTs a GraphQL request as JSON, accepting <c>application/graphql-response+json</c> as a modern client does.</summary>
    public static async Task<GraphQLHttpResponse> PostAsync(
        this HttpClient client, string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Endpoint, UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode parsed;
        try
        {
            parsed = JsonNode.Parse(body)!;
        }
        catch (System.Text.Json.JsonException)
        {
            throw new InvalidOperationException($"POST {Endpoint} answered {(int)response.StatusCode} with a body that is not JSON: {body[..Math.Min(body.Length, 500)]}");
        }
        return new GraphQLHttpResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, parsed);
    }
}
