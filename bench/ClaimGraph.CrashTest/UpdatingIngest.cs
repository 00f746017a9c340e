using System.Globalization;
using System.Text;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.CrashTest;

/// <summary>The generated notes and the ingest run on them, in the child process and in process.</summary>
public static class UpdatingIngest
{
    /// <summary>Printed by the child once the store is open and the catalog loaded, just before the ingest starts.</summary>
    public const string ReadyLine = "ready";

    /// <summary>Writes note <paramref name="index"/>: its first version, or (retitled) a new title and one more claim.</summary>
    public static void WriteNote(string folder, int index, bool retitled)
    {
        var title = retitled ? $"Renamed topic {index:0000}" : $"Topic {index:0000}";
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"---\ntitle: {title}\n---\n\nFrom: [[crashtest]] <br/>\n\n## Part one\n\n")
            .Append(CultureInfo.InvariantCulture, $"OpenAI works with Microsoft on project {index}. Anthropic trains Claude for case {index}.\n\n")
            .Append(CultureInfo.InvariantCulture, $"Nvidia sells chips to Meta, note {index}.\n");
        if (retitled)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Part two\n\nGoogle answers OpenAI in round {index}.\n");
        }

        File.WriteAllText(Path.Combine(folder, $"note{index:0000}.md"), text.ToString());
    }

    public static async Task<IngestReport> IngestAsync(string notes, string database, Action? ready = null)
    {
        var catalogDirectory = CatalogLoader.FindDefaultDirectory(Environment.CurrentDirectory, AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("no catalog: run inside the ClaimGraph repository (its seeds/ is the catalog)");
        var catalog = await CatalogLoader.LoadAsync(catalogDirectory, CancellationToken.None);
        await using var store = await SqliteClaimGraphStore.OpenAsync(database, CancellationToken.None);
        ready?.Invoke();
        return await new NoteIngestor(store, store).IngestAsync([notes], catalog, new IngestOptions(), null, CancellationToken.None);
    }

    /// <summary>The child: one updating ingest, killed by the parent at some moment of it.</summary>
    public static async Task<int> RunChildAsync(string notes, string database)
    {
        var report = await IngestAsync(notes, database, () =>
        {
            Console.Out.WriteLine(ReadyLine);
            Console.Out.Flush();
        });
        return report.Succeeded ? 0 : 1;
    }

    /// <summary>The names of the file's indexes (the store is opened first, so an open that builds missing ones counts).</summary>
    public static async Task<SortedSet<string>> ReadIndexesAsync(string database)
    {
        await using (await SqliteClaimGraphStore.OpenAsync(database, CancellationToken.None))
        {
        }

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL;";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>Every stored note's id with its claim count, and how many notes share a source file with another.</summary>
    public static async Task<(SortedDictionary<string, int> ClaimsByNote, int NotesSharingAFile)> ReadStoreAsync(string database)
    {
        try
        {
            await using var store = await SqliteClaimGraphStore.OpenAsync(database, CancellationToken.None);
            var sources = await store.GetNoteSourcesAsync(CancellationToken.None);
            var ids = sources.Select(s => s.NoteId).ToList();
            var claims = await store.GetClaimsOfNotesAsync(ids, new ClaimGraph.Storage.PageRequest(1), CancellationToken.None);
            var claimsByNote = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                claimsByNote[id] = claims.TryGetValue(id, out var page) ? page.TotalCount : 0;
            }

            var sharing = sources.GroupBy(s => s.SourcePath, StringComparer.Ordinal).Where(g => g.Count() > 1).Sum(g => g.Count());
            return (claimsByNote, sharing);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
