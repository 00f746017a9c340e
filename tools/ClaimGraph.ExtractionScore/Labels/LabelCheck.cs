using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.ExtractionScore.Labels;

/// <summary>
/// <c>--check-labels &lt;folder&gt; [--channel &lt;name&gt;] [--catalog &lt;folder&gt;]</c>: checks a labelled set's label
/// files against their notes, as the label tests do, without running the pipeline. It prints each problem and, per
/// note, what its labels hold, and never any extractor output, so annotators can check their work while the set is
/// still blind. <c>--channel</c> keeps to one channel's notes, so annotators working side by side see only their own.
/// </summary>
public static class LabelCheck
{
    public const string Usage = "--check-labels <folder> [--channel <name>] [--catalog <folder>]";

    public static async Task<int> RunAsync(string folder, IReadOnlyList<string> rest, TextWriter output, TextWriter error)
    {
        string? channel = null, catalogFolder = null;
        for (var i = 0; i < rest.Count; i += 2)
        {
            if (i + 1 >= rest.Count || rest[i] is not ("--channel" or "--catalog"))
            {
                error.WriteLine($"error: unknown or incomplete argument '{rest[i]}'\n\nusage: {Usage}");
                return 2;
            }

            if (rest[i] == "--channel") channel = rest[i + 1]; else catalogFolder = rest[i + 1];
        }

        catalogFolder ??= CatalogLoader.FindDefaultDirectory(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (!Directory.Exists(folder) || catalogFolder is null || !Directory.Exists(catalogFolder))
        {
            error.WriteLine(Directory.Exists(folder) ? "error: no seeds/ found above the current folder: pass --catalog" : $"error: no such folder '{folder}'");
            return 2;
        }

        var catalog = await CatalogLoader.LoadAsync(catalogFolder, CancellationToken.None);
        var (notes, problems) = await DevSet.LoadAsync(folder, catalog, CancellationToken.None);
        bool InChannel(string path) => channel is null || path.Replace('\\', '/').Split('/').Contains(channel);

        var shown = problems.Where(p => InChannel(p.File)).ToList();
        foreach (var problem in shown)
        {
            error.WriteLine($"label problem: {problem}");
        }

        foreach (var note in notes.Where(n => InChannel(n.Note)))
        {
            var occurrences = note.Entities.Sum(e => e.Occurrences.Count);
            var explicitCount = note.Relations.Count(r => r.Explicit);
            output.WriteLine($"{note.Note}: {note.Entities.Count} entities ({occurrences} occurrences), "
                + $"{note.Relations.Count} relations ({explicitCount} explicit), {note.Negatives.Count} negatives");
        }

        output.WriteLine(shown.Count == 0 ? "labels OK" : $"{shown.Count} label problem(s)");
        return shown.Count == 0 ? 0 : 1;
    }
}
