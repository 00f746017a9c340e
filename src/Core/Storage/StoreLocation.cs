namespace ClaimGraph.Storage;

/// <summary>What a program opened: the provider and where (a SQLite file's absolute path, a Neo4j address and database).</summary>
public sealed record StoreLocation(StoreProvider Provider, string Where)
{
    public const string SolutionFileName = "ClaimGraph.sln";

    public override string ToString() => $"{Provider} store at {Where}";

    /// <summary>
    /// The folder a relative <c>Store:Sqlite:Path</c> resolves against, the same for the API and the ingest worker: the
    /// repository root (the nearest folder holding <c>ClaimGraph.sln</c>) above <paramref name="contentRoot"/>, else above
    /// <paramref name="workingDirectory"/>, else <paramref name="workingDirectory"/> itself.
    /// </summary>
    public static string BaseDirectory(string contentRoot, string workingDirectory) =>
        RepositoryRootAbove(contentRoot) ?? RepositoryRootAbove(workingDirectory) ?? Path.GetFullPath(workingDirectory);

    /// <summary>The nearest folder at or above <paramref name="start"/> holding <c>ClaimGraph.sln</c>; null when there is none.</summary>
    public static string? RepositoryRootAbove(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
