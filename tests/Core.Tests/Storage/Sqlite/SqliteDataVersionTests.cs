using ClaimGraph.Model;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClaimGraph.Core.Tests.Storage.Sqlite;

/// <summary>The data version the API's cache relies on: it moves with every commit, from this store or another process's.</summary>
public sealed class SqliteDataVersionTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TemporaryStoreFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "claimgraph.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reading_alone_does_not_change_the_version()
    {
        await using var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);
        var first = await store.ReadDataVersionAsync(None);
        await store.GetStatsAsync(5, None);

        (await store.ReadDataVersionAsync(None)).Should().Be(first);
    }

    [Fact]
    public async Task A_write_through_the_same_store_changes_the_version()
    {
        await using var store = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);
        var before = await store.ReadDataVersionAsync(None);

        await store.UpsertEntitiesAsync([Entity("openai", "OpenAI")], None);

        (await store.ReadDataVersionAsync(None)).Should().NotBe(before);
    }

    [Fact]
    public async Task A_write_by_another_store_on_the_same_file_changes_the_version()
    {
        // Two store instances share no memory, like the API and the ingest worker in two processes.
        await using var reader = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);
        await using var writer = await SqliteClaimGraphStore.OpenAsync(DatabasePath, None);
        var before = await reader.ReadDataVersionAsync(None);

        await writer.UpsertEntitiesAsync([Entity("deepseek", "DeepSeek")], None);
        var afterFirst = await reader.ReadDataVersionAsync(None);
        await writer.UpsertEntitiesAsync([Entity("bittensor", "BitTensor")], None);
        var afterSecond = await reader.ReadDataVersionAsync(None);

        afterFirst.Should().NotBe(before);
        afterSecond.Should().NotBe(afterFirst);
    }

    [Fact]
    public async Task The_registered_sqlite_store_reports_its_data_version()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Sqlite:Path"] = DatabasePath });
        builder.AddClaimGraphStore();
        using var host = builder.Build();

        host.Services.GetRequiredService<IStoreDataVersion>()
            .Should().BeSameAs(host.Services.GetRequiredService<IClaimGraphQueries>());
    }

    private static Entity Entity(string id, string name) => new(id, name, EntityType.Organization, [name], $"{name}, for the data version tests.");
}
