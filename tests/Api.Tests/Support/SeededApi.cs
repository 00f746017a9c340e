using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClaimGraph.Api.Tests.Support;

/// <summary>One seeded API host shared by every test in <see cref="SeededApiCollection"/>.</summary>
public sealed class SeededApi : IAsyncLifetime
{
    public ClaimGraphApiFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await Factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>GETs <paramref name="url"/>, asserts 200 and JSON, and returns the body.</summary>
    public async Task<JsonNode> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} answered {body}");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return JsonNode.Parse(body)!;
    }

    /// <summary>GETs <paramref name="url"/>, asserts the status and a problem+json body, and returns the body.</summary>
    public async Task<JsonNode> GetProblemAsync(string url, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, $"GET {url} answered {body}");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonNode.Parse(body)!;
        problem["status"]!.GetValue<int>().Should().Be((int)status);
        problem["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        return problem;
    }

    public async Task<T> GetAsync<T>(string url) =>
        (await GetJsonAsync(url)).Deserialize<T>(JsonSerializerOptions.Web)!;
}

[CollectionDefinition(Name)]
public sealed class SeededApiCollection : ICollectionFixture<SeededApi>
{
    public const string Name = "Seeded API";
}
