using ClaimGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.Browser;

/// <summary>
/// Starts the real host on Kestrel (a free loopback port), opens Swagger UI in headless Chromium and does what a person
/// exploring the data does first: GET /api/entities/{id} → Try it out → prime-intellect → Execute.
/// </summary>
public sealed class SwaggerUiBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly ClaimGraphApiFactory _factory = new(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });

    public async Task InitializeAsync()
    {
        _factory.UseKestrel();
        _factory.StartServer();
        await _factory.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [RequiresBrowserFact]
    public async Task Try_it_out_on_get_entity_shows_Prime_Intellect()
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
            Args = ChromiumArguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1400 } });
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync($"{baseAddress}/swagger");
        var operation = page.Locator("#operations-Entities-GetEntity");
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        var idInput = operation.Locator("tr[data-param-name='id'] input");
        await idInput.FillAsync("prime-intellect");
        await operation.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();

        var response = operation.Locator(".live-responses-table .response").First;
        await response.Locator(".response-col_status").Filter(new() { HasText = "200" }).WaitForAsync();
        var body = await response.Locator(".response-col_description pre").First.InnerTextAsync();

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "swagger-prime-intellect.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        // Parameters at the top of the viewport: the picture shows the id typed in, the request URL and the 200 body.
        await operation.Locator(".parameters-container").EvaluateAsync("element => element.scrollIntoView({ block: 'start' })");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"Screenshot: {screenshot}");

        body.Should().Contain("\"name\": \"Prime Intellect\"");
        (await operation.Locator(".request-url pre").InnerTextAsync()).Should().EndWith("/api/entities/prime-intellect");
    }
}
