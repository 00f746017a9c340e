namespace ClaimGraph.Api.Tests.Support;

/// <summary>Folders of the checkout the tests run from: the nearest folder above the test binaries holding <c>ClaimGraph.sln</c>.</summary>
public static class RepositoryFolders
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string OpenApiDocument => Path.Combine(Root, "docs", "openapi.json");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClaimGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder holding ClaimGraph.sln above {AppContext.BaseDirectory}.");
    }
}
