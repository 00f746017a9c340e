using System.Diagnostics;
using System.Text.Json;
using ClaimGraph.GraphQL.Http;
using ClaimGraph.GraphQL.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.GraphQL.Tests.Http;

/// <summary>Runs graphql-http@1.23.1's server audits against the endpoint served by Kestrel on a free port.</summary>
public class GraphQLHttpAuditTests
{
    [RequiresNodeFact]
    public async Task Every_MUST_audit_passes_and_SHOULD_audits_pass_too()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQL(StarWarsSchema.Create());
        await using var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var start = new ProcessStartInfo(NodeEnvironment.RequireExecutable()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(NodeEnvironment.ScriptsDirectory, "http-audit.mjs"));
        start.ArgumentList.Add(address + "/graphql");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, await error);

        using var report = JsonDocument.Parse(await output);
        var results = report.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => (Id: r.GetProperty("id").GetString(), Name: r.GetProperty("name").GetString(), Status: r.GetProperty("status").GetString(),
                Reason: r.TryGetProperty("reason", out var reason) ? reason.ToString() : null))
            .ToList();
        results.Should().NotBeEmpty();
        results.Where(r => r.Status is "error" or "warn").Should().BeEmpty();
    }
}
