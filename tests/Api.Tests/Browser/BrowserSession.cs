using ClaimGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.Browser;

/// <summary>
/// The real host on Kestrel at a free loopback port, seeded and ready, and a page in Debian's headless Chromium
/// (Playwright cannot download its own browser here, so it drives the system one).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    // Without the background-networking flags Chromium keeps dialling Google's hosts, which this closed network refuses.
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly ClaimGraphApiFactory _factory;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(ClaimGraphApiFactory factory, IPlaywright playwright, IBrowser browser, IPage page, string baseAddress)
    {
        _factory = factory;
        _playwright = playwright;
        _browser = browser;
        Page = page;
        BaseAddress = baseAddress;
    }

    public IPage Page { get; }

    /// <summary>The host's address, <c>http://127.0.0.1:port</c>.</summary>
    public string BaseAddress { get; }

    /// <summary>Starts the host and the browser; throws naming the first missing prerequisite (reached when CI demands them).</summary>
    public static async Task<BrowserSession> StartAsync(ViewportSize viewport, params Prerequisite[] alsoNeeded)
    {
        Prerequisites.Require([Prerequisite.Chromium, .. alsoNeeded]);

        var factory = new ClaimGraphApiFactory(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
        factory.UseKestrel();
        factory.StartServer();
        await factory.WaitUntilReadyAsync();
        var baseAddress = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Single(address => address.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = viewport });
        page.SetDefaultTimeout(30_000);
        return new BrowserSession(factory, playwright, browser, page, baseAddress);
    }

    /// <summary>Saves a screenshot under the test output's <c>TestResults/</c> and names it in the test output.</summary>
    public async Task SaveScreenshotAsync(string fileName, ITestOutputHelper output)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine($"Screenshot: {path}");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }
}
