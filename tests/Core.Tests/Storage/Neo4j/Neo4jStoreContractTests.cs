using System.Security.Cryptography;
using ClaimGraph.Core.Tests.Storage.Neo4j.Testcontainers;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Neo4j;
using DotNet.Testcontainers.Containers;

namespace ClaimGraph.Core.Tests.Storage.Neo4j;

/// <summary>
/// Where the Neo4j contract suite gets its database: a throwaway <c>neo4j:5.26</c> container (Testcontainers) whenever a
/// Docker engine is reachable; else the server named by <c>NEO4J_URI</c> (e.g. <c>http://localhost:7474</c>) and
/// <c>NEO4J_PASSWORD</c>, with optional <c>NEO4J_USER</c> and <c>NEO4J_DATABASE</c> (default <c>neo4j</c> both). Every
/// case deletes everything in that database first: point <c>NEO4J_URI</c> at a throwaway server, never at real data.
/// </summary>
public static class Neo4jContractTarget
{
    public static bool HasConfiguredServer =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI"))
        && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_PASSWORD"));

    /// <summary>Null when the suite can run; else why not, naming both ways to make it run.</summary>
    public static string? UnavailableReason() =>
        DockerEngine.Endpoint is not null || HasConfiguredServer
            ? null
            : "the Neo4j store contract needs a Docker engine (Testcontainers starts neo4j:5.26) or NEO4J_URI and NEO4J_PASSWORD "
              + $"naming a disposable Neo4j 5.26+; {DockerEngine.UnreachableReason()}, and NEO4J_URI/NEO4J_PASSWORD are not both set";
}

/// <summary>Stores over the database <see cref="Neo4jContractTarget"/> picks; the container, if any, lives as long as this fixture.</summary>
public sealed class Neo4jStoreFactory : IClaimGraphStoreFactory
{
    private static readonly CypherStatement DeleteEverything = new(nameof(DeleteEverything), "MATCH (n) DETACH DELETE n");

    private IContainer? _container;
    private Neo4jClaimGraphStore? _store;

    public async Task<(IClaimGraphWriter Writer, IClaimGraphQueries Queries)> CreateAsync()
    {
        // Connecting happens here, not in the constructor: xunit builds the fixture even when every case is skipped.
        _store ??= new Neo4jClaimGraphStore(new Neo4jQueryClient(await ConnectAsync()), ownsClient: true);
        await _store.Client.RunAsync(DeleteEverything.Bind(), Neo4jAccessMode.Write, CancellationToken.None);
        await _store.InitializeAsync(CancellationToken.None);
        return (_store, _store);
    }

    private async Task<Neo4jStoreOptions> ConnectAsync()
    {
        if (DockerEngine.Endpoint is { } docker)
        {
            var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _container = new Neo4jContainerBuilder().WithDockerEndpoint(docker).WithPassword(password).Build();
            await _container.StartAsync();
            return new Neo4jStoreOptions
            {
                Uri = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(Neo4jContainerBuilder.HttpPort)}"),
                User = Neo4jContainerBuilder.User,
                Password = password,
                Database = "neo4j",
            };
        }

        return new Neo4jStoreOptions
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
            User = Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j",
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
        };
    }

    public async ValueTask DisposeAsync()
    {
        _store?.Dispose();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}

[StoreAvailableWhen(typeof(Neo4jContractTarget))]
public sealed class Neo4jStoreContractTests(Neo4jStoreFactory factory)
    : ClaimGraphStoreContract<Neo4jStoreFactory>(factory);
