using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.Browser;

/// <summary>
/// Starts the real host on Kestrel (a free loopback port), opens Swagger UI in headless Chromium and does what a person
/// exploring the data does first: GET /api/entities/{id} → Try it out → prime-intellect → Execute.
/// </summary>
public sealed class SwaggerUiBrowserTests(ITestOutputHelper output)
{
    [RequiresBrowserFact]
    public async Task Try_it_out_on_get_entity_shows_Prime_Intellect()
    {
        await using var session = await BrowserSession.StartAsync(new ViewportSize { Width = 1280, Height = 1400 });
        var page = session.Page;

        await page.GotoAsync($"{session.BaseAddress}/swagger");
        var operation = page.Locator("#operations-Entities-GetEntity");
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        var idInput = operation.Locator("tr[data-param-name='id'] input");
        await idInput.FillAsync("prime-intellect");
        await operation.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();

        var response = operation.Locator(".live-responses-table .response").First;
        await response.Locator(".response-col_status").Filter(new() { HasText = "200" }).WaitForAsync();
        var body = await response.Locator(".response-col_description pre").First.InnerTextAsync();

        // Parameters at the top of the viewport: the picture shows the id typed in, the request URL and the 200 body.
        await operation.Locator(".parameters-container").EvaluateAsync("element => element.scrollIntoView({ block: 'start' })");
        await session.SaveScreenshotAsync("swagger-prime-intellect.png", output);

        body.Should().Contain("\"name\": \"Prime Intellect\"");
        (await operation.Locator(".request-url pre").InnerTextAsync()).Should().EndWith("/api/entities/prime-intellect");
    }
}
