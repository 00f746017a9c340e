using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.Api;

public static class SeedsLocator
{
    /// <summary>
    /// The configured folder when <paramref name="configuredPath"/> is set (relative to <paramref name="contentRoot"/>);
    /// otherwise the repository's <c>seeds/</c> above the content root or the app, or <c>seeds/</c> beside the app
    /// (a container image). Null when there is no catalog there.
    /// </summary>
    public static string? Find(string? configuredPath, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var configured = Path.GetFullPath(configuredPath, contentRoot);
            return Directory.Exists(configured) ? configured : null;
        }

        var repositorySeeds = CatalogLoader.FindDefaultDirectory(contentRoot, AppContext.BaseDirectory);
        if (repositorySeeds is not null)
        {
            return repositorySeeds;
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, "seeds");
        return File.Exists(Path.Combine(besideApp, CatalogLoader.EntitiesFileName)) ? besideApp : null;
    }
}
