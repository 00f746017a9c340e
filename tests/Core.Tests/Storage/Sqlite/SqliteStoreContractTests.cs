using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Core.Tests.Storage.Sqlite;

/// <summary>Each contract case gets its own in-memory database, alive while the factory holds its store.</summary>
public sealed class InMemorySqliteStoreFactory : IClaimGraphStoreFactory
{
    private readonly List<SqliteClaimGraphStore> _stores = [];

    public async Task<(IClaimGraphWriter Writer, IClaimGraphQueries Queries)> CreateAsync()
    {
        var store = await SqliteClaimGraphStore.OpenAsync(
            $"Data Source=contract-{Guid.NewGuid():N};Mode=Memory;Cache=Shared", CancellationToken.None);
        lock (_stores)
        {
            _stores.Add(store);
        }

        return (store, store);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}

public sealed class SqliteStoreContractTests(InMemorySqliteStoreFactory factory)
    : ClaimGraphStoreContract<InMemorySqliteStoreFactory>(factory);
