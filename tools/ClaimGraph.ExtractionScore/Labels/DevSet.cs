using ClaimGraph.ExtractionScore.Scoring;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.ExtractionScore.Labels;

/// <summary>
/// A labelled development set: <c>notes/</c> (the note files, by channel) and <c>labels/</c> (one YAML file per note).
/// Loading reads every label file, parses its note as ingest does, and reports every label that does not fit.
/// </summary>
public static class DevSet
{
    public const string NotesFolderName = "notes";
    public const string LabelsFolderName = "labels";

    /// <summary>The dev set committed in the repository whose <c>seeds/</c> folder is given.</summary>
    public static string InRepository(string seedsFolder) => ExtractionFolder(seedsFolder, "DevSet");

    /// <summary>
    /// A labelled set committed next to the dev set (same layout): <c>tests/Core.Tests/Extraction/&lt;name&gt;</c> of the
    /// repository whose <c>seeds/</c> folder is given.
    /// </summary>
    public static string ExtractionFolder(string seedsFolder, string name) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(seedsFolder))!, "tests", "Core.Tests", "Extraction", name);

    public static async Task<(IReadOnlyList<GoldNote> Notes, IReadOnlyList<LabelProblem> Problems)> LoadAsync(
        string folder, EntityCatalog catalog, CancellationToken cancellationToken)
    {
        var notesFolder = Path.GetFullPath(Path.Combine(folder, NotesFolderName));
        var labelsFolder = Path.GetFullPath(Path.Combine(folder, LabelsFolderName));
        var problems = new List<LabelProblem>();
        var notes = new List<GoldNote>();
        if (!Directory.Exists(labelsFolder))
        {
            problems.Add(new LabelProblem(labelsFolder, 0, "no labels folder"));
            return (notes, problems);
        }

        var parser = new NoteParser();
        foreach (var labelPath in Directory.EnumerateFiles(labelsFolder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, labelPath).Replace('\\', '/');
            LabelFile labels;
            try
            {
                labels = LabelFileReader.Parse(relative, await File.ReadAllTextAsync(labelPath, cancellationToken));
            }
            catch (LabelFileException e)
            {
                problems.Add(new LabelProblem(e.FilePath, e.Line, e.Reason));
                continue;
            }

            var expectedNote = Path.ChangeExtension(Path.GetRelativePath(labelsFolder, labelPath), ".md").Replace('\\', '/');
            if (labels.Note != expectedNote)
            {
                problems.Add(new LabelProblem(relative, 1, $"note: '{labels.Note}' should be '{expectedNote}' (a label file sits at its note's path)"));
            }

            var notePath = Path.Combine(notesFolder, labels.Note);
            if (!File.Exists(notePath))
            {
                problems.Add(new LabelProblem(relative, 1, $"note: {NotesFolderName}/{labels.Note} does not exist"));
                continue;
            }

            var file = await NoteFileReader.ReadAsync(notePath, IngestOptions.DefaultMaxFileBytes, cancellationToken);
            var parsed = parser.Parse(notePath, NoteFileReader.Decode(file.Bytes));
            notes.Add(GoldNoteBuilder.Build(labels, parsed, catalog.Entities, problems));
        }

        var (noteFiles, _) = NoteIngestor.FindNoteFiles([notesFolder]);
        var labelled = notes.Select(n => n.Note).ToHashSet(StringComparer.Ordinal);
        foreach (var noteFile in noteFiles.Select(f => NoteName(notesFolder, f)).Where(n => !labelled.Contains(n)))
        {
            problems.Add(new LabelProblem($"{NotesFolderName}/{noteFile}", 0, "note has no label file, so the scorer would ignore it"));
        }

        return (notes, problems);
    }

    /// <summary>A note's name as labels use it: its path under <c>notes/</c>, with forward slashes.</summary>
    public static string NoteName(string notesFolder, string notePath) =>
        Path.GetRelativePath(notesFolder, notePath).Replace('\\', '/');
}
