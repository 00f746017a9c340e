using System.Collections.Concurrent;
using ClaimGraph.Api.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>
/// Opens /graphql in headless Chromium against the real host and does what a person does first: run the example
/// query. Everything the page loads must come from this server (no CDN).
/// </summary>
public sealed class GraphiQLBrowserTests(ITestOutputHelper output)
{
    [RequiresBrowserFact]
    public async Task Running_the_example_query_shows_BitTensor_funding_Nous_Research()
    {
        await using var session = await BrowserSession.StartAsync(new ViewportSize { Width = 1400, Height = 900 });
        var page = session.Page;
        var baseAddress = session.BaseAddress;
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
            throw new InvalidOperationException("The GraphiQL assets were not restored by the build: install Node.js 20+ with npm and rebuild src/Api.");
        }
        // CodeMirror renders only the lines in view, so the full result is read from the wire and the screen shows its top.
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.Locator(".graphiql-execute-button").ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/graphql", StringComparison.Ordinal)
                && (r.Request.PostData ?? "").Contains("BitTensorRelations", StringComparison.Ordinal));
        var body = await answer.TextAsync();
        await page.Locator(".graphiql-response").Filter(new() { HasText = "\"BitTensor\"" }).WaitForAsync();

        await session.SaveScreenshotAsync("graphiql-bittensor.png", output);

        answer.Status.Should().Be(200);
        body.Should().Contain("\"predicate\":\"FUNDS\"").And.Contain("Nous Research")
            .And.Contain("Developments and challenges in opensource AI models")
            .And.Contain("https://www.youtube.com/watch?v=NtZTR1tpxZY&t=");
        requested.Should().NotBeEmpty().And.OnlyContain(url => url.StartsWith(baseAddress, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal),
            "GraphiQL and React are served by this server, never a CDN");
        consoleErrors.Should().BeEmpty();
    }
}
