using System.Collections.Concurrent;
using ClaimGraph.Api.Tests.Browser;
using ClaimGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>
/// Opens /graphql in headless Chromium against the real host and does what a person does first: run the example
/// query. Everything the page loads must come from this server (no CDN).
/// </summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly ClaimGraphApiFactory _factory = new(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });

    public async Task InitializeAsync()
    {
        _factory.UseKestrel();
        _factory.StartServer();
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [RequiresBrowserFact]
    public async Task Running_the_example_query_shows_BitTensor_funding_Nous_Research()
    {
        File.Exists(RequiresBrowserFactAttribute.ChromiumPath).Should().BeTrue(
            $"CLAIMGRAPH_REQUIRE_BROWSER=1 but Chromium is missing at {RequiresBrowserFactAttribute.ChromiumPath}: apt-get install chromium");
        var baseAddress = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Single(address => address.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiresBrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.SetDefaultTimeout(30_000);
        var requested = new ConcurrentBag<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        var consoleErrors = new ConcurrentBag<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        await page.GotoAsync($"{baseAddress}/graphql");
        if (await page.GetByText("GraphiQL is not installed on this server").CountAsync() > 0)
        {
            throw new InvalidOperationException("The GraphiQL assets were not restored by the build: install Node.js (npm) and rebuild src/Api.");
        }
        // CodeMirror renders only the lines in view, so the full result is read from the wire and the screen shows its top.
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.Locator(".graphiql-execute-button").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/graphql", StringComparison.Ordinal)
                && (r.Request.PostData ?? "").Contains("BitTensorRelations", StringComparison.Ordinal));
        var body = await answer.TextAsync();
        await page.Locator(".graphiql-response").Filter(new() { HasText = "\"BitTensor\"" }).WaitForAsync();

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "graphiql-bittensor.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"Screenshot: {screenshot}");

        answer.Status.Should().Be(200);
        body.Should().Contain("\"predicate\":\"FUNDS\"").And.Contain("Nous Research")
            .And.Contain("Developments and challenges in opensource AI models")
            .And.Contain("https://www.youtube.com/watch?v=NtZTR1tpxZY&t=");
        requested.Should().NotBeEmpty().And.OnlyContain(url => url.StartsWith(baseAddress, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            "GraphiQL and React are served by this server, never a CDN");
        consoleErrors.Should().BeEmpty();
    }
}
