using Microsoft.Data.Sqlite;

namespace ClaimGraph.Core.Tests.Storage.Sqlite;

/// <summary>
/// A new folder under the temp directory for one test's store files. Disposing it first clears SQLite's connection
/// pools, which would otherwise keep the files open, then deletes the folder.
/// </summary>
internal sealed class TemporaryStoreFolder : IDisposable
{
    public TemporaryStoreFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimgraph-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The path of a store file named <paramref name="name"/> in this folder.</summary>
    public string StoreFile(string name) => System.IO.Path.Combine(Path, name + ".db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
