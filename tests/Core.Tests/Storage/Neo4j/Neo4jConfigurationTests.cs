using ClaimGraph.Storage;
using ClaimGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClaimGraph.Core.Tests.Storage.Neo4j;

public sealed class Neo4jConfigurationTests
{
    [Fact]
    public void Store_Neo4j_settings_bind_from_configuration_and_keep_their_defaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Provider"] = "Neo4j",
            ["Store:Neo4j:Uri"] = "https://abc123.databases.neo4j.io",
            ["Store:Neo4j:Password"] = "pw-from-env",
            ["Store:Neo4j:Resilience:MaxRetryAttempts"] = "2",
            ["Store:Neo4j:Resilience:BreakerBreakDuration"] = "00:00:30",
        }).Build();

        var options = configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>()!;

        options.Provider.Should().Be(StoreProvider.Neo4j);
        options.Neo4j.Uri.Should().Be(new Uri("https://abc123.databases.neo4j.io"));
        options.Neo4j.User.Should().Be("neo4j");
        options.Neo4j.Database.Should().Be("neo4j");
        options.Neo4j.Resilience.MaxRetryAttempts.Should().Be(2);
        options.Neo4j.Resilience.BreakerBreakDuration.Should().Be(TimeSpan.FromSeconds(30));
        options.Neo4j.Resilience.TotalTimeout.Should().Be(TimeSpan.FromSeconds(20));
        options.Neo4j.Resilience.StatusProbeTimeout.Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void The_default_budget_fails_a_dead_server_well_inside_30_seconds()
    {
        var defaults = new Neo4jResilienceOptions();

        defaults.TotalTimeout.Should().BeLessThan(TimeSpan.FromSeconds(30), "the ingest worker must give up within 30 s");
        defaults.AttemptTimeout.Should().BeLessThan(defaults.TotalTimeout);
        defaults.ConnectTimeout.Should().BeLessThan(defaults.AttemptTimeout);
        defaults.BreakerMinimumThroughput.Should().BeLessThanOrEqualTo(defaults.MaxRetryAttempts + 1,
            "one operation's attempts against a dead server are enough to open the circuit");
    }

    [Fact]
    public void Store_Provider_Neo4j_registers_the_Neo4j_store_behind_both_interfaces()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Provider"] = "neo4j" });
        builder.AddClaimGraphStore();
        using var host = builder.Build();

        var writer = host.Services.GetRequiredService<IClaimGraphWriter>();
        var queries = host.Services.GetRequiredService<IClaimGraphQueries>();

        writer.Should().BeOfType<Neo4jClaimGraphStore>().And.BeSameAs(queries);
        host.Services.GetRequiredService<Neo4jQueryClient>().ServerUri.Should().Be(new Uri("http://localhost:7474"));
    }
}
