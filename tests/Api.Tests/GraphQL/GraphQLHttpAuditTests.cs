using System.Net;
using System.Text.Json;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>
/// graphql-http's GraphQL-over-HTTP server audits (the reference conformance check) against the real host: Kestrel on
/// a loopback port, driven from Node. Every MUST audit has to pass; SHOULD audits that warn are listed.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [RequiresNodeFact]
    public async Task Every_MUST_audit_passes_against_the_running_server()
    {
        await using var factory = new ClaimGraphApiFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        await factory.WaitUntilReadyAsync();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Single();
        var endpoint = new Uri(new Uri(address), GraphQLHttp.Endpoint).ToString();

        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = await NodeScript.RunAsync("http-audit.mjs", [endpoint], null, cancellation.Token);

        var report = JsonDocument.Parse(stdout).RootElement;
        var results = report.GetProperty("results").EnumerateArray()
            .Select(r => new AuditOutcome(
                r.GetProperty("id").GetString()!,
                r.GetProperty("name").GetString()!,
                r.GetProperty("requirement").GetString()!,
                r.GetProperty("status").GetString()!,
                r.GetProperty("reason").GetString(),
                r.GetProperty("responseBody").GetString()))
            .ToList();
        var tally = results.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        output.WriteLine($"graphql-http {report.GetProperty("auditVersion").GetString()} audits against {endpoint}: {results.Count} run; "
            + $"ok {tally.GetValueOrDefault("ok")}, notice {tally.GetValueOrDefault("notice")}, warn {tally.GetValueOrDefault("warn")}, error {tally.GetValueOrDefault("error")}");
        foreach (var warning in results.Where(r => r.Status is "warn" or "notice"))
        {
            output.WriteLine($"  {warning.Status.ToUpperInvariant()} {warning.Id} {warning.Name}: {warning.Reason}");
        }
        var failures = results.Where(r => r.Status == "error").ToList();
        foreach (var failure in failures)
        {
            output.WriteLine($"  ERROR {failure.Id} {failure.Name}: {failure.Reason}\n    response: {failure.ResponseBody}");
        }

        results.Should().NotBeEmpty();
        results.Where(r => r.Requirement == "MUST").Should().OnlyContain(r => r.Status == "ok", "every MUST audit of graphql-http has to pass");
        failures.Should().BeEmpty("no audit may end in error");
    }

    private sealed record AuditOutcome(string Id, string Name, string Requirement, string Status, string? Reason, string? ResponseBody);
}
