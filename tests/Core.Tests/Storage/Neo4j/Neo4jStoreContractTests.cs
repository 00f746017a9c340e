using ClaimGraph.Storage;
using ClaimGraph.Storage.Neo4j;

namespace ClaimGraph.Core.Tests.Storage.Neo4j;

/// <summary>
/// Stores over a live Neo4j 5.26+ named by <c>NEO4J_URI</c> (e.g. <c>http://localhost:7474</c>), <c>NEO4J_PASSWORD</c>,
/// and optionally <c>NEO4J_USER</c> (default <c>neo4j</c>) and <c>NEO4J_DATABASE</c> (default <c>neo4j</c>).
/// Every case starts by deleting everything in that database: point it at a throwaway server, never at real data.
/// Where Docker exists, a Testcontainers fixture can replace this one by setting the same values from the container.
/// </summary>
public sealed class LiveNeo4jStoreFactory : IClaimGraphStoreFactory
{
    private static readonly CypherStatement DeleteEverything = new(nameof(DeleteEverything), "MATCH (n) DETACH DELETE n");

    private Neo4jClaimGraphStore? _store;

    public async Task<(IClaimGraphWriter Writer, IClaimGraphQueries Queries)> CreateAsync()
    {
        // Connecting happens here, not in the constructor: xunit builds the fixture even when every case is skipped.
        _store ??= new Neo4jClaimGraphStore(new Neo4jQueryClient(new Neo4jStoreOptions
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
        }), ownsClient: true);
        await _store.Client.RunAsync(DeleteEverything.Bind(), Neo4jAccessMode.Write, CancellationToken.None);
        await _store.InitializeAsync(CancellationToken.None);
        return (_store, _store);
    }

    public ValueTask DisposeAsync()
    {
        _store?.Dispose();
        return ValueTask.CompletedTask;
    }
}

[RequiresEnvironment("NEO4J_URI")]
[RequiresEnvironment("NEO4J_PASSWORD")]
public sealed class Neo4jStoreContractTests(LiveNeo4jStoreFactory factory)
    : ClaimGraphStoreContract<LiveNeo4jStoreFactory>(factory);
