using ClaimGraph.ExtractionScore.Labels;
using ClaimGraph.ExtractionScore.Pipeline;
using ClaimGraph.ExtractionScore.Scoring;
using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.ExtractionScore;

/// <summary>The outcome of a run: the scores, or the label problems that kept the dev set from being scored.</summary>
public sealed record ScoreRunResult(ScoreReport Report, IReadOnlyList<LabelProblem> Problems, IReadOnlyList<string> PipelineErrors);

/// <summary>Loads the catalog, runs the pipeline over the dev set, the held-out sets and the seed notes, and scores each.</summary>
public static class ScoreRun
{
    public static async Task<ScoreRunResult> RunAsync(ScoreOptions options, CancellationToken cancellationToken)
    {
        var catalog = await CatalogLoader.LoadAsync(options.Catalog, cancellationToken);
        var pipelineErrors = catalog.Errors.Select(e => e.ToString()).ToList();
        var problems = new List<LabelProblem>();
        DevSetScore? devSet = null;
        SeedsScore? seeds = null;
        var heldOut = new Dictionary<string, DevSetScore?>(StringComparer.Ordinal);

        if (options.ScoreDevSet)
        {
            devSet = await ScoreLabelledSetAsync(options.DevSet, catalog, problems, pipelineErrors, cancellationToken);
        }

        foreach (var set in HeldOutSet.All)
        {
            if (options.HeldOut.TryGetValue(set.Name, out var heldOutFolder))
            {
                heldOut[set.Name] = await ScoreLabelledSetAsync(heldOutFolder, catalog, problems, pipelineErrors, cancellationToken);
            }
        }

        if (options.ScoreSeeds)
        {
            // Extraction alone: the same entities, no curated relations, so nothing but the extractor can state a relation.
            var withoutCurated = new EntityCatalog(catalog.Entities, [], catalog.Version, catalog.Errors);
            var notesFolder = Path.Combine(options.Catalog, CatalogLoader.NotesFolderName);
            var (batches, errors) = await ExtractionPipeline.RunAsync(notesFolder, withoutCurated, cancellationToken);
            pipelineErrors.AddRange(errors.Select(e => e.ToString()));
            var types = ExtractionPipeline.EntityTypes(catalog, batches);
            var predicted = batches.Select(b => ExtractionPipeline.Predicted(b.Note.FileName, b, types)).ToList();
            var curated = catalog.Relations
                .Select(r => new CuratedFact(r.NoteFile, r.Key.SubjectId, r.Key.Predicate, r.Key.ObjectId, r.Quote))
                .ToList();
            seeds = SeedsScorer.Score(curated, predicted);
        }

        var report = new ScoreReport(devSet, seeds, heldOut);
        return new ScoreRunResult(report, problems, pipelineErrors.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Scores one labelled folder (the dev set or a held-out set); null when its labels do not fit its notes.</summary>
    private static async Task<DevSetScore?> ScoreLabelledSetAsync(
        string folder, EntityCatalog catalog, List<LabelProblem> problems, List<string> pipelineErrors, CancellationToken cancellationToken)
    {
        var (gold, labelProblems) = await DevSet.LoadAsync(folder, catalog, cancellationToken);
        problems.AddRange(labelProblems);
        if (labelProblems.Count > 0)
        {
            return null;
        }

        var notesFolder = Path.GetFullPath(Path.Combine(folder, DevSet.NotesFolderName));
        var (batches, errors) = await ExtractionPipeline.RunAsync(notesFolder, catalog, cancellationToken);
        pipelineErrors.AddRange(errors.Select(e => e.ToString()));
        var types = ExtractionPipeline.EntityTypes(catalog, batches);
        var predicted = batches.Select(b => ExtractionPipeline.Predicted(DevSet.NoteName(notesFolder, b.Note.SourcePath), b, types)).ToList();
        return DevSetScorer.Score(gold, predicted);
    }
}
