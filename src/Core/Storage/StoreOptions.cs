using ClaimGraph.Storage.Neo4j;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Storage;

public enum StoreProvider
{
    Sqlite,
    Neo4j,
}

/// <summary>Bound from the <c>Store</c> configuration section (<c>Store__Provider=Neo4j</c> in the environment).</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    public SqliteStoreOptions Sqlite { get; set; } = new();

    public Neo4jStoreOptions Neo4j { get; set; } = new();
}

public sealed class SqliteStoreOptions
{
    public string Path { get; set; } = "data/claimgraph.db";

    /// <summary>
    /// An ingest of at least this many notes into a store that holds at most a quarter as many drops the store's query
    /// indexes and builds them once at the end; 0 turns it off.
    /// </summary>
    public int BulkWriteMinNotes { get; set; } = SqliteClaimGraphStore.DefaultBulkWriteMinNotes;
}

public sealed class Neo4jStoreOptions
{
    public Uri Uri { get; set; } = new("http://localhost:7474");

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "";

    public string Database { get; set; } = "neo4j";

    public Neo4jResilienceOptions Resilience { get; set; } = new();
}
