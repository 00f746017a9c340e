using ClaimGraph.ExtractionScore.Labels;
using ClaimGraph.ExtractionScore.Pipeline;
using ClaimGraph.ExtractionScore.Scoring;
using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.ExtractionScore;

/// <summary>The outcome of a run: the scores, or the label problems that kept the dev set from being scored.</summary>
public sealed record ScoreRunResult(ScoreReport Report, IReadOnlyList<LabelProblem> Problems, IReadOnlyList<string> PipelineErrors);

/// <summary>Loads the catalog, runs the pipeline over the dev set and over the seed notes, and scores both.</summary>
public static class ScoreRun
{
    public static async Task<ScoreRunResult> RunAsync(ScoreOptions options, CancellationToken cancellationToken)
    {
        var catalog = await CatalogLoader.LoadAsync(options.Catalog, cancellationToken);
        var pipelineErrors = catalog.Errors.Select(e => e.ToString()).ToList();
        var problems = new List<LabelProblem>();
        DevSetScore? devSet = null;
        SeedsScore? seeds = null;

        if (options.ScoreDevSet)
        {
            var (gold, labelProblems) = await DevSet.LoadAsync(options.DevSet, catalog, cancellationToken);
            problems.AddRange(labelProblems);
            if (problems.Count == 0)
            {
                var notesFolder = Path.GetFullPath(Path.Combine(options.DevSet, DevSet.NotesFolderName));
                var (batches, errors) = await ExtractionPipeline.RunAsync(notesFolder, catalog, cancellationToken);
                pipelineErrors.AddRange(errors.Select(e => e.ToString()));
                var types = ExtractionPipeline.EntityTypes(catalog, batches);
                var predicted = batches.Select(b => ExtractionPipeline.Predicted(DevSet.NoteName(notesFolder, b.Note.SourcePath), b, types)).ToList();
                devSet = DevSetScorer.Score(gold, predicted);
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

        return new ScoreRunResult(new ScoreReport(devSet, seeds), problems, pipelineErrors.Distinct(StringComparer.Ordinal).ToList());
    }
}
