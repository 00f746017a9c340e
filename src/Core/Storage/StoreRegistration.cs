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
    /// A relative <c>Store:Sqlite:Path</c> resolves against the host's content root (the current directory for
    /// <c>dotnet run</c> and the ingest CLI); a value containing <c>=</c> is used as a SQLite connection string, e.g.
    /// <c>Data Source=tests;Mode=Memory;Cache=Shared</c> for an in-memory store. Callers run
    /// <see cref="IClaimGraphWriter.InitializeAsync"/> at start; the SQLite store also initializes itself on first use.
    /// </summary>
    public static IHostApplicationBuilder AddClaimGraphStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StoreOptions>().Bind(builder.Configuration.GetSection(StoreOptions.SectionName));
        string contentRoot = builder.Environment.ContentRootPath;

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
                    return new SqliteClaimGraphStore(ResolveSqliteLocation(options.Sqlite.Path, contentRoot));
                });
                builder.Services.AddSingleton<IClaimGraphWriter>(services => services.GetRequiredService<SqliteClaimGraphStore>());
                builder.Services.AddSingleton<IClaimGraphQueries>(services => services.GetRequiredService<SqliteClaimGraphStore>());
                builder.Services.AddSingleton<IStoreDataVersion>(services => services.GetRequiredService<SqliteClaimGraphStore>());
                break;
            case StoreProvider.Neo4j:
                builder.Services.AddNeo4jClaimGraphStore();
                break;
            default:
                throw new InvalidOperationException($"Unknown Store:Provider '{provider}'");
        }

        return builder;
    }

    /// <summary>A connection string as given; a relative file path made absolute against <paramref name="contentRoot"/>.</summary>
    public static string ResolveSqliteLocation(string pathOrConnectionString, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(pathOrConnectionString))
        {
            throw new InvalidOperationException("Store:Sqlite:Path is empty; set it to a file path such as data/claimgraph.db.");
        }

        return pathOrConnectionString.Contains('=', StringComparison.Ordinal)
            ? pathOrConnectionString
            : Path.GetFullPath(pathOrConnectionString, contentRoot);
    }
}
