using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClaimGraph.GraphQL.Http;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.GraphQL.Tests.Http;

/// <summary>
/// Every body a client can send that is not a well-formed GraphQL-over-HTTP request is a 400 whose error says what is
/// wrong, whichever response media type is accepted; none is a 500.
/// </summary>
public sealed class MalformedRequestTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";
    private const string Hero = "{ hero { name } }";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQL(StarWarsSchema.Create(), options => options.MaxRequestBodyBytes = 8_000_000);
        _app = builder.Build();
        _app.MapGraphQL();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>Each hostile body (as raw bytes), and words its error message must contain.</summary>
    public static TheoryData<string, string, string> Bodies => new()
    {
        { "invalid UTF-8 byte", "{\"query\":\"{ hero { name } }\xFF\"}", "not valid UTF-8: the byte 0xFF at offset 27" },
        { "truncated UTF-8 sequence", "{\"query\":\"{ hero { name \xC3 } }\"}", "not valid UTF-8: the byte 0xC3" },
        { "overlong UTF-8 encoding", "{\"query\":\"\xC0\xAF\"}", "not valid UTF-8: the byte 0xC0 at offset 10" },
        { "UTF-8 encoded surrogate", "{\"query\":\"\xED\xA0\x80\"}", "not valid UTF-8: the byte 0xED at offset 10" },
        { "lone surrogate escape in query", "{\"query\":\"{ hero { name } } \\ud800\"}", "the string at $.query contains an unpaired UTF-16 surrogate" },
        { "lone low surrogate escape", "{\"query\":\"\\udc00{ hero { name } }\"}", "unpaired UTF-16 surrogate" },
        { "lone surrogate in a variable", "{\"query\":\"query($e: Episode) { hero(episode: $e) { name } }\",\"variables\":{\"e\":\"\\ud800\"}}", "the string at $.variables.e contains an unpaired" },
        { "lone surrogate in a variable name", "{\"query\":\"{ hero { name } }\",\"variables\":{\"\\udbff\":1}}", "a property name in the object at $.variables contains an unpaired" },
        { "lone surrogate in operationName", "{\"query\":\"{ hero { name } }\",\"operationName\":\"\\ud800\"}", "$.operationName" },
        { "lone surrogate in extensions", "{\"query\":\"{ hero { name } }\",\"extensions\":{\"a\":[\"\\ud800\"]}}", "$.extensions.a[0]" },
        { "JSON nested deeper than the limit", "{\"query\":\"{ hero { name } }\",\"variables\":{\"v\":" + new string('[', 70) + new string(']', 70) + "}}", "nests deeper than 64 levels" },
        { "number too large for a double", "{\"query\":\"{ hero { name } }\",\"variables\":{\"n\":1e400}}", "number 1e400 at $.variables.n is too large" },
        { "truncated JSON", "{\"query\":\"{ hero", "The JSON is not valid" },
        { "trailing garbage", "{\"query\":\"{ hero { name } }\"} x", "The JSON is not valid" },
        { "two JSON values", "{\"query\":\"{ hero { name } }\"}{}", "The JSON is not valid" },
        { "comment", "{\"query\":\"{ hero { name } }\" /* c */}", "The JSON is not valid" },
        { "bare string", "\"{ hero { name } }\"", "must be a JSON object" },
        { "null body", "null", "must be a JSON object" },
        { "query is a number", "{\"query\":5}", "query parameter is required and must be a string" },
        { "query is an object", "{\"query\":{\"obj\":\"ect\"}}", "must be a string" },
        { "query is null", "{\"query\":null}", "must be a string" },
        { "query is missing", "{\"variables\":{}}", "query parameter is required" },
        { "variables is a string", "{\"query\":\"{ hero { name } }\",\"variables\":\"{}\"}", "variables parameter must be a JSON object or null" },
        { "variables is an array", "{\"query\":\"{ hero { name } }\",\"variables\":[1]}", "variables parameter must be a JSON object or null" },
        { "operationName is a boolean", "{\"query\":\"{ hero { name } }\",\"operationName\":false}", "operationName parameter must be a string or null" },
        { "operationName is an array", "{\"query\":\"{ hero { name } }\",\"operationName\":[\"a\"]}", "operationName parameter must be a string or null" },
        { "extensions is a number", "{\"query\":\"{ hero { name } }\",\"extensions\":0}", "extensions parameter must be a JSON object or null" },
        { "empty body", "", "The request body is empty" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Malformed_bodies_are_400_naming_the_problem_with_either_media_type(string name, string body, string expected)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            using var response = await PostBytesAsync("/graphql", Latin1Bytes(body), accept);
            var text = await response.Content.ReadAsStringAsync();

            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{name} accepting {accept} answered {text}");
            response.Content.Headers.ContentType!.MediaType.Should().Be(accept);
            var error = JsonDocument.Parse(text).RootElement;
            error.TryGetProperty("data", out _).Should().BeFalse("a request error has no data entry");
            error.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain(expected, name);
        }
    }

    [Fact]
    public async Task Get_variables_with_a_lone_surrogate_or_too_deep_are_400()
    {
        var surrogate = await GetAsync("{\"e\":\"\\ud800\"}");
        var deep = await GetAsync(new string('[', 70).Insert(0, "{\"v\":") + new string(']', 70) + "}");

        surrogate.Status.Should().Be(HttpStatusCode.BadRequest);
        surrogate.Message.Should().Contain("variables parameter must be a JSON object").And.Contain("unpaired UTF-16 surrogate");
        deep.Status.Should().Be(HttpStatusCode.BadRequest);
        deep.Message.Should().Contain("nests deeper than 64 levels");
    }

    [Fact]
    public async Task A_million_deep_variables_JSON_with_the_limit_lifted_is_400_at_the_ceiling()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQL(StarWarsSchema.Create(), options =>
        {
            options.MaxRequestBodyBytes = int.MaxValue;
            options.MaxJsonDepth = int.MaxValue;
        });
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        using var client = app.GetTestClient();
        const int levels = 1_000_000;
        var body = "{\"query\":\"query($v: [Int]) { hero { name } }\",\"variables\":{\"v\":" + new string('[', levels) + new string(']', levels) + "}}";

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(Json);
        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain($"nests deeper than {ParserOptions.MaxDepthCeiling} levels");
    }

    [Fact]
    public async Task Well_formed_unicode_still_passes()
    {
        using var response = await PostBytesAsync("/graphql", Encoding.UTF8.GetBytes("{\"query\":\"{ hero { name } } # Run\\ud83c\\udfc3 é 🏊\"}"), Json);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("R2-D2");
    }

    private async Task<HttpResponseMessage> PostBytesAsync(string path, byte[] body, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(Json);
        request.Headers.Accept.ParseAdd(accept);
        return await _client.SendAsync(request);
    }

    private async Task<(HttpStatusCode Status, string Message)> GetAsync(string variables)
    {
        using var response = await _client.GetAsync(
            "/graphql?query=" + Uri.EscapeDataString(Hero) + "&variables=" + Uri.EscapeDataString(variables));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("errors")[0].GetProperty("message").GetString()!);
    }

    // The theory rows spell raw bytes as chars below U+0100, so invalid UTF-8 can be written in them.
    private static byte[] Latin1Bytes(string text) => Encoding.Latin1.GetBytes(text);
}
