using System.Net;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>A build without npm has no GraphiQL assets: the page must say so plainly, with the fix, and the API must still work.</summary>
public sealed class GraphiQLWithoutAssetsTests : IAsyncLifetime
{
    private readonly DirectoryInfo _emptyWebRoot = Directory.CreateTempSubdirectory("claimgraph-empty-webroot-");
    private ClaimGraphApiFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new ClaimGraphApiFactory(new Dictionary<string, string?>
        {
            ["webroot"] = _emptyWebRoot.FullName,
            ["Seeding:Enabled"] = "false",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _emptyWebRoot.Delete(recursive: true);
    }

    [Fact]
    public async Task Page_names_the_missing_files_and_how_to_restore_them()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("GraphiQL is not installed on this server")
            .And.Contain("wwwroot/graphiql/graphiql.min.js")
            .And.Contain("Install Node.js")
            .And.Contain("dotnet build src/Api")
            .And.Contain("/graphql/schema.graphql");
        using var asset = await client.GetAsync(new Uri("/graphql/ide/graphiql.min.js", UriKind.Relative));
        asset.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
