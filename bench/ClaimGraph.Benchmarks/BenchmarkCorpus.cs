using ClaimGraph.Ingest;

namespace ClaimGraph.Benchmarks;

public sealed record CorpusFile(string Path, string Text, long Bytes);

/// <summary>
/// The notes the benchmarks read: the folder named by <c>CLAIMGRAPH_CORPUS</c>, or the repository's <c>seeds/notes</c>
/// so a fresh clone runs without setup. The entity catalog always comes from <c>seeds/</c>.
/// </summary>
public static class BenchmarkCorpus
{
    public const string EnvironmentVariable = "CLAIMGRAPH_CORPUS";

    private static readonly Lazy<IReadOnlyList<CorpusFile>> LoadedFiles = new(LoadFiles);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string CatalogFolder => Path.Combine(RepositoryRoot, "seeds");

    public static string NotesFolder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (string.IsNullOrWhiteSpace(configured))
            {
                return Path.Combine(RepositoryRoot, "seeds", "notes");
            }
            var full = Path.GetFullPath(configured);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"{EnvironmentVariable}={configured}: no such folder.");
        }
    }

    public static IReadOnlyList<CorpusFile> Files => LoadedFiles.Value;

    public static long TotalBytes => Files.Sum(f => f.Bytes);

    public static string QueryText(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "queries", fileName));

    private static List<CorpusFile> LoadFiles()
    {
        var (paths, errors) = NoteIngestor.FindNoteFiles([NotesFolder]);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.File}: {e.Message}")));
        }
        return paths.Select(path =>
        {
            var bytes = File.ReadAllBytes(path);
            return new CorpusFile(path, NoteFileReader.Decode(bytes), bytes.LongLength);
        }).ToList();
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClaimGraph.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No ClaimGraph.sln above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }
}
