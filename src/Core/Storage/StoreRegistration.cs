using ClaimGraph.Storage.Neo4j;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Storage;

public static class StoreRegistration
{
    /// <summary>
    /// Binds <see cref="StoreOptions"/> from the <c>Store</c> section and registers the configured store as one singleton
    /// serving both <see cref="IClaimGraphWriter"/> and <see cref="IClaimGraphQueries"/> (and <see cref="IStoreDataVersion"/> when the store
    /// can report one: SQLite does, Neo4j does not yet).
    /// A relative <c>Store:Sqlite:Path</c> resolves against <see cref="StoreLocation.BaseDirectory"/> (the repository root
    /// when run from inside the repository, else the working directory), so the API and the ingest CLI open the same file
    /// wherever each is started from; a value containing <c>=</c> is used as a SQLite connection string, e.g.
    /// <c>Data Source=tests;Mode=Memory;Cache=Shared</c> for an in-memory store. Callers run
    /// <see cref="IClaimGraphWriter.InitializeAsync"/> at start; the SQLite store also initializes itself on first use.
    /// A <see cref="StoreLocation"/> singleton says what was opened, for the programs' start-up log line.
    /// </summary>
    public static IHostApplicationBuilder AddClaimGraphStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StoreOptions>().Bind(builder.Configuration.GetSection(StoreOptions.SectionName));
        string baseDirectory = StoreLocation.BaseDirectory(builder.Environment.ContentRootPath, Environment.CurrentDirectory);

        string? provider = builder.Configuration[$"{StoreOptions.SectionName}:{nameof(StoreOptions.Provider)}"];
        StoreProvider? parsed = string.IsNullOrWhiteSpace(provider)
            ? StoreProvider.Sqlite
            : Enum.TryParse<StoreProvider>(provider, ignoreCase: true, out var named) && Enum.IsDefined(named) ? named : null;

        // One case per store; each registers its store as the singleton behind both interfaces.
        switch (parsed)
        {
            case StoreProvider.Sqlite:
                builder.Services.AddSingleton(services =>
                {
                    var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;
                    return new SqliteClaimGraphStore(ResolveSqliteLocation(options.Sqlite.Path, baseDirectory), options.Sqlite.BulkWriteMinNotes);
                });
                builder.Services.AddSingleton(services => new StoreLocation(
                    StoreProvider.Sqlite,
                    DescribeSqliteLocation(ResolveSqliteLocation(services.GetRequiredService<IOptions<StoreOptions>>().Value.Sqlite.Path, baseDirectory))));
                builder.Services.AddSingleton<IClaimGraphWriter>(services => services.GetRequiredService<SqliteClaimGraphStore>());
                builder.Services.AddSingleton<IClaimGraphQueries>(services => services.GetRequiredService<SqliteClaimGraphStore>());
                builder.Services.AddSingleton<IStoreDataVersion>(services => services.GetRequiredService<SqliteClaimGraphStore>());
                break;
            case StoreProvider.Neo4j:
                builder.Services.AddNeo4jClaimGraphStore();
                builder.Services.AddSingleton(services =>
                {
                    var neo4j = services.GetRequiredService<IOptions<StoreOptions>>().Value.Neo4j;
                    return new StoreLocation(StoreProvider.Neo4j, $"{neo4j.Uri} (database {neo4j.Database}, user {neo4j.User})");
                });
                break;
            default:
                throw new InvalidOperationException($"Unknown Store:Provider '{provider}'");
        }

        return builder;
    }

    /// <summary>A connection string as given; a relative file path made absolute against <paramref name="baseDirectory"/>.</summary>
    public static string ResolveSqliteLocation(string pathOrConnectionString, string baseDirectory)
    {
        if (string.IsNullOrWhiteSpace(pathOrConnectionString))
        {
            throw new InvalidOperationException("Store:Sqlite:Path is empty; set it to a file path such as data/claimgraph.db.");
        }

        return pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? pathOrConnectionString
            : Path.GetFullPath(pathOrConnectionString, baseDirectory);
    }

    /// <summary>A file path as it is; a connection string by its data source only, so no other setting reaches a log.</summary>
    private static string DescribeSqliteLocation(string resolved)
    {
        if (!resolved.Contains('=', StringComparison.Ordinal))
        {
            return resolved;
        }

        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(resolved).DataSource;
        return $"data source '{dataSource}' (connection string)";
    }
}
