using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>
/// GraphiQL's files are served compressed, under versioned URLs that may be cached for a year. A web root of stand-in
/// files makes this independent of whether the build could restore the real ones from npm.
/// </summary>
public sealed partial class GraphiQLAssetDeliveryTests : IAsyncLifetime
{
    private static readonly string[] Assets = ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"];

    private readonly DirectoryInfo _webRoot = Directory.CreateTempSubdirectory("claimgraph-graphiql-webroot-");
    private ClaimGraphApiFactory _factory = null!;

    public Task InitializeAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_webRoot.FullName, "graphiql"));
        foreach (var asset in Assets)
        {
            File.WriteAllText(Path.Combine(folder.FullName, asset), string.Concat(Enumerable.Repeat($"/* {asset} */ window.x = 1;\n", 2000)));
        }

        _factory = new ClaimGraphApiFactory(new Dictionary<string, string?>
        {
            ["webroot"] = _webRoot.FullName,
            ["Seeding:Enabled"] = "false",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _webRoot.Delete(recursive: true);
    }

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip;q=0, br", "br")]
    [InlineData(null, null)]
    public async Task The_page_links_versioned_assets_served_compressed_and_immutable(string? acceptEncoding, string? expectedEncoding)
    {
        using var client = _factory.CreateClient();
        var urls = await AssetUrlsAsync(client);
        urls.Keys.Should().BeEquivalentTo(Assets);

        foreach (var (asset, url) in urls)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            if (acceptEncoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            }

            using var response = await client.SendAsync(request);

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Headers.CacheControl!.ToString().Should().Be("public, max-age=31536000, immutable");
            response.Headers.Vary.Should().Contain("Accept-Encoding");
            response.Content.Headers.ContentEncoding.Should().Equal(expectedEncoding is null ? [] : [expectedEncoding]);
            var body = await response.Content.ReadAsByteArrayAsync();
            var original = await File.ReadAllBytesAsync(Path.Combine(_webRoot.FullName, "graphiql", asset));
            Decode(body, expectedEncoding).Should().Equal(original);
            if (expectedEncoding is not null)
            {
                body.Length.Should().BeLessThan(original.Length / 4, $"{asset} compresses well");
            }
        }
    }

    [Fact]
    public async Task An_unversioned_or_stale_url_is_revalidated_not_cached_for_good()
    {
        using var client = _factory.CreateClient();

        using var unversioned = await client.GetAsync(new Uri("/graphql/ide/graphiql.min.js", UriKind.Relative));
        using var stale = await client.GetAsync(new Uri("/graphql/ide/graphiql.min.js?v=0000000000000000", UriKind.Relative));

        unversioned.StatusCode.Should().Be(HttpStatusCode.OK);
        unversioned.Headers.CacheControl!.NoCache.Should().BeTrue();
        stale.Headers.CacheControl!.NoCache.Should().BeTrue();

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql/ide/graphiql.min.js", UriKind.Relative));
        revalidation.Headers.IfNoneMatch.Add(unversioned.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidation);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    private static async Task<Dictionary<string, string>> AssetUrlsAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return AssetUrl().Matches(html).ToDictionary(match => match.Groups["file"].Value, match => match.Value);
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoding = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoding.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex(@"/graphql/ide/(?<file>[a-z.-]+\.(?:js|css))\?v=[0-9a-f]{16}")]
    private static partial Regex AssetUrl();
}
