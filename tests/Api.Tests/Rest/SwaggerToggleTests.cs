using System.Net;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests.Rest;

public sealed class SwaggerToggleTests
{
    [Fact]
    public async Task Swagger_can_be_turned_off()
    {
        await using var factory = new ClaimGraphApiFactory(new Dictionary<string, string?> { ["Swagger:Enabled"] = "false" });
        using var client = factory.CreateClient();

        using var document = await client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        using var ui = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        document.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ui.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Swagger_is_on_by_default_and_the_root_leads_to_it()
    {
        await using var factory = new ClaimGraphApiFactory();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var ui = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));
        using var root = await client.GetAsync(new Uri("/", UriKind.Relative));

        ui.StatusCode.Should().Be(HttpStatusCode.OK);
        root.StatusCode.Should().Be(HttpStatusCode.Redirect);
        root.Headers.Location!.ToString().Should().Be("/swagger");
    }
}
