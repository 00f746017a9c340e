using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>The repository's <c>seeds/</c> catalog, loaded once per test run.</summary>
internal static class SeedCatalog
{
    public static readonly string CatalogDirectory =
        CatalogLoader.FindDefaultDirectory(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("seeds/ not found above " + AppContext.BaseDirectory);

    private static readonly Lazy<Task<EntityCatalog>> Catalog = new(() => CatalogLoader.LoadAsync(CatalogDirectory, CancellationToken.None));

    public static string RepositoryRoot => Path.GetDirectoryName(CatalogDirectory)!;

    public static string NotesDirectory => Path.Combine(CatalogDirectory, "notes");

    public static Task<EntityCatalog> LoadAsync() => Catalog.Value;
}
