using System.Net;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api.GraphQL;

/// <summary>
/// The browser IDE at GET /graphql: a page loading GraphiQL and React from this server (restored from npm at build time
/// into wwwroot/graphiql/, never a CDN). When the build could not restore them the page says so and how to fix it.
/// </summary>
public static class GraphiQLIde
{
    /// <summary>Where the build copies the assets, relative to the web root.</summary>
    public const string AssetFolder = "graphiql";

    public const string BootstrapScript = "start.js";

    private static readonly string[] Assets =
        ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"];

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private const string DefaultQuery = """
        # BitTensor's relations, each with its evidence:
        # the quote, the note's title and a YouTube deep link.
        # Ctrl+Enter runs it; the book icon opens the docs.
        query BitTensorRelations {
          entity(id: "bittensor") {
            name
            relations(first: 10) {
              totalCount
              edges {
                node {
                  predicate
                  origin
                  subject { name }
                  object { name }
                  evidence(first: 3) {
                    edges {
                      quote
                      node { text deepLink note { title } }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Maps <c>{endpoint}/ide/{file}</c>: the four restored assets and the page's bootstrap script.</summary>
    public static IEndpointConventionBuilder MapGraphiQLAssets(this IEndpointRouteBuilder endpoints, string endpointPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(endpointPattern.TrimEnd('/') + "/ide/{file}", ServeAsset)
            .ExcludeFromDescription();
    }

    /// <summary>Writes the IDE page (or, without the assets, the page explaining how to get them).</summary>
    public static async Task WritePageAsync(HttpContext context, string endpointPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var missing = MissingAssets(environment.WebRootFileProvider);
        var endpointUrl = context.Request.PathBase.Add(endpointPath).Value ?? endpointPath;

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        var html = missing.Count == 0 ? IdePage(endpointUrl, environment.WebRootFileProvider) : MissingAssetsPage(endpointUrl, missing);
        await response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>Asset files the build did not restore, by name; empty when the IDE can load.</summary>
    public static IReadOnlyList<string> MissingAssets(IFileProvider webRoot)
    {
        ArgumentNullException.ThrowIfNull(webRoot);
        return Assets.Where(asset => !webRoot.GetFileInfo($"{AssetFolder}/{asset}").Exists).ToList();
    }

    private static IResult ServeAsset(string file, HttpContext context)
    {
        var endpointUrl = context.Request.PathBase.Add(context.Request.Path).Value ?? "";
        endpointUrl = endpointUrl[..endpointUrl.LastIndexOf("/ide/", StringComparison.Ordinal)];
        if (string.Equals(file, BootstrapScript, StringComparison.Ordinal))
        {
            return Results.Text(Bootstrap(endpointUrl), "text/javascript; charset=utf-8", Encoding.UTF8);
        }
        if (!Assets.Contains(file, StringComparer.Ordinal))
        {
            return Results.NotFound();
        }
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var stored = environment.WebRootFileProvider.GetFileInfo($"{AssetFolder}/{file}");
        if (!stored.Exists)
        {
            return Results.NotFound();
        }

        // Served compressed from memory; the versioned URL the page uses may be cached for good, any other revalidates.
        var asset = GraphiQLAssetFiles.Get(stored);
        var (encoding, body) = asset.For(context.Request);
        var headers = context.Response.Headers;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.CacheControl = string.Equals(context.Request.Query["v"], asset.Version, StringComparison.Ordinal)
            ? GraphiQLAssetFiles.ImmutableCacheControl
            : "no-cache";
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        ContentTypes.TryGetContentType(file, out var contentType);
        return Results.Bytes(body, contentType ?? "application/octet-stream", lastModified: stored.LastModified, entityTag: asset.EntityTag(encoding));
    }

    private static string IdePage(string endpointUrl, IFileProvider webRoot)
    {
        var assets = WebUtility.HtmlEncode(endpointUrl + "/ide/");
        string Versioned(string asset) =>
            $"{asset}?v={GraphiQLAssetFiles.Get(webRoot.GetFileInfo($"{AssetFolder}/{asset}")).Version}";
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>ClaimGraph · GraphiQL</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="{{assets}}{{Versioned("graphiql.min.css")}}">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script src="{{assets}}{{Versioned("react.production.min.js")}}"></script>
              <script src="{{assets}}{{Versioned("react-dom.production.min.js")}}"></script>
              <script src="{{assets}}{{Versioned("graphiql.min.js")}}"></script>
              <script src="{{assets}}{{BootstrapScript}}"></script>
            </body>
            </html>
            """;
    }

    private static string Bootstrap(string endpointUrl) => $$"""
        // Renders GraphiQL against this server's GraphQL endpoint.
        const fetcher = GraphiQL.createFetcher({ url: new URL({{JavaScriptString(endpointUrl)}}, window.location.href).href });
        ReactDOM.createRoot(document.getElementById('graphiql')).render(
          React.createElement(GraphiQL, {
            fetcher,
            defaultQuery: {{JavaScriptString(DefaultQuery)}},
            defaultEditorToolbarTabs: 'variables',
            shouldPersistHeaders: false,
          }),
        );
        """;

    private static string MissingAssetsPage(string endpointUrl, IReadOnlyList<string> missing)
    {
        var endpoint = WebUtility.HtmlEncode(endpointUrl);
        var files = string.Join("", missing.Select(file => $"<li><code>wwwroot/{AssetFolder}/{WebUtility.HtmlEncode(file)}</code></li>"));
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>ClaimGraph · GraphiQL is not installed</title>
              <style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; } code, pre { background: #f3f3f3; padding: 0 .25rem; }</style>
            </head>
            <body>
              <h1>GraphiQL is not installed on this server</h1>
              <p>The GraphQL endpoint works: send queries with <code>POST {{endpoint}}</code> (JSON body <code>{"query": "…"}</code>)
                 or <code>GET {{endpoint}}?query=…</code>, and read the schema at <a href="{{endpoint}}/schema.graphql"><code>{{endpoint}}/schema.graphql</code></a>.</p>
              <p>The browser IDE needs files that the build restores from npm, and this build did not have them:</p>
              <ul>{{files}}</ul>
              <h2>How to fix it</h2>
              <ol>
                <li>Install Node.js 20+ with npm and make sure <code>npm</code> is on the PATH.</li>
                <li>Rebuild the API: <pre>dotnet build src/Api</pre> The build runs <code>npm ci</code> in <code>src/Api/graphiql</code> and copies GraphiQL and React into <code>src/Api/wwwroot/graphiql/</code>.</li>
                <li>Restart the server and reload this page.</li>
              </ol>
            </body>
            </html>
            """;
    }

    private static string JavaScriptString(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
