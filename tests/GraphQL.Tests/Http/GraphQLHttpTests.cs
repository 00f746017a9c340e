using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClaimGraph.GraphQL.Http;
using ClaimGraph.GraphQL.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.GraphQL.Tests.Http;

public sealed class GraphQLHttpTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQL(StarWarsSchema.Create(), options =>
        {
            options.MaxRequestBodyBytes = 10_000;
            options.BrowserRequestHandler = context => context.Response.WriteAsync("<html>IDE</html>");
        });
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

    private async Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }
        return await _client.SendAsync(request);
    }

    private static string Body(string query, object? variables = null) => JsonSerializer.Serialize(new { query, variables });

    [Fact]
    public async Task Post_with_json_returns_200_and_application_json()
    {
        using var response = await PostAsync(Body("{ hero { name } }"));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"data\":{\"hero\":{\"name\":\"R2-D2\"}}}");
    }

    [Fact]
    public async Task Graphql_response_json_is_used_when_accepted()
    {
        using var response = await PostAsync(Body("{ hero { name } }"), accept: GraphQLResponse);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(GraphQLResponse);
    }

    [Theory]
    [InlineData("{ hero { name }", GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("{ hero { name }", "application/json", HttpStatusCode.OK)]
    public async Task Parse_errors_are_request_errors_with_status_by_media_type(string query, string accept, HttpStatusCode status)
    {
        using var response = await PostAsync(Body(query), accept);
        response.StatusCode.Should().Be(status);
        var json = await response.Content.ReadAsStringAsync();
        json.Should().Be("{\"errors\":[{\"message\":\"Syntax Error: Expected Name, found <EOF>.\",\"locations\":[{\"line\":1,\"column\":16}]}]}");
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_with_graphql_response_json()
    {
        using var response = await PostAsync(Body("query Q($id: String!) { human(id: $id) { name } }", new { id = (string?)null }), GraphQLResponse);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("\"data\"");
    }

    [Fact]
    public async Task Field_errors_keep_status_200()
    {
        using var response = await PostAsync(Body("{ hero { secretBackstory } }"), GraphQLResponse);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"data\":{\"hero\":{\"secretBackstory\":null}}");
    }

    [Fact]
    public async Task Get_executes_queries_with_json_variables()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query Q($id: String!) { human(id: $id) { name } }")
            + "&variables=" + Uri.EscapeDataString("{\"id\":\"1000\"}");
        using var response = await _client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"data\":{\"human\":{\"name\":\"Luke Skywalker\"}}}");
    }

    [Fact]
    public async Task Mutations_over_get_are_refused_with_405_and_allow_post()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { hero { name } }"));
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
    }

    [Theory]
    [InlineData("{ \"not a JSON", HttpStatusCode.BadRequest)]
    [InlineData("[1]", HttpStatusCode.BadRequest)]
    [InlineData("{\"notquery\":\"{ hero { name } }\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\":5}", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\":\"{ hero { name } }\",\"variables\":\"string\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\":\"{ hero { name } }\",\"extensions\":[1]}", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\":\"{ hero { name } }\",\"operationName\":false}", HttpStatusCode.BadRequest)]
    [InlineData("{\"query\":\"{ hero { name } }\",\"variables\":null,\"operationName\":null,\"extensions\":{\"a\":1}}", HttpStatusCode.OK)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task Request_parameters_are_checked(string body, HttpStatusCode status)
    {
        using var response = await PostAsync(body, GraphQLResponse);
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be(GraphQLResponse);
    }

    [Fact]
    public async Task Unsupported_media_types_get_415()
    {
        using var response = await PostAsync("query { hero { name } }", contentType: "application/graphql");
        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Oversized_bodies_get_413_naming_the_limit()
    {
        using var response = await PostAsync(Body("{ hero { name } }" + new string(' ', 20_000)));
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("limit of 10000 bytes (MaxRequestBodyBytes)");
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        using var response = await _client.PutAsync("/graphql", new StringContent("{}"));
        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Unacceptable_accept_headers_get_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Body("{ hero { name } }"), Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/plain");
        using var response = await _client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Browsers_without_a_query_reach_the_browser_handler()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _client.SendAsync(request);
        (await response.Content.ReadAsStringAsync()).Should().Be("<html>IDE</html>");
    }

    [Fact]
    public async Task Parsed_documents_are_cached_by_query_text()
    {
        var executor = _app.Services.GetRequiredService<GraphQLExecutor>();
        var before = executor.CachedDocumentCount;
        (await PostAsync(Body("{ cached: hero { id } }"))).Dispose();
        (await PostAsync(Body("{ cached: hero { id } }"))).Dispose();
        executor.CachedDocumentCount.Should().Be(before + 1);
        executor.Prepare("{ cached: hero { id } }").Should().BeSameAs(executor.Prepare("{ cached: hero { id } }"));
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_for_the_endpoint()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddGraphQL(StarWarsSchema.Create(), options => options.Engine = GraphQLOptions.Default with { EnableIntrospection = false });
        await using var app = builder.Build();
        app.MapGraphQL("/api/graphql");
        await app.StartAsync();
        using var client = app.GetTestClient();
        using var response = await client.PostAsync("/api/graphql", new StringContent(Body("{ __schema { types { name } } }"), Encoding.UTF8, "application/json"));
        (await response.Content.ReadAsStringAsync()).Should().Contain("introspection is disabled");
    }
}
