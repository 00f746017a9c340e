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
        var featureRows = options.MentionFeatures is null ? null : new List<string>();

        if (options.ScoreDevSet)
        {
            devSet = await ScoreLabelledSetAsync("devset", options.DevSet, catalog, problems, pipelineErrors, featureRows, cancellationToken);
        }

        foreach (var set in HeldOutSet.All)
        {
            if (options.HeldOut.TryGetValue(set.Name, out var heldOutFolder))
            {
                heldOut[set.Name] = await ScoreLabelledSetAsync(set.Name, heldOutFolder, catalog, problems, pipelineErrors, featureRows, cancellationToken);
            }
        }

        if (options.MentionFeatures is not null && featureRows is not null)
        {
            var header = string.Join('\t', new[] { "set", "note", "entity", "text", "outcome" }.Concat(MentionFeatures.Columns.Select(c => c.Name)));
            var meanings = MentionFeatures.Columns.Select(c => $"#\t{c.Name}\t{c.Meaning}");
            await File.WriteAllLinesAsync(options.MentionFeatures, meanings.Append(header).Concat(featureRows), cancellationToken);
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
    private static async Task<DevSetScore?> ScoreLabelledSetAsync(string setName,
        string folder, EntityCatalog catalog, List<LabelProblem> problems, List<string> pipelineErrors, List<string>? featureRows,
        CancellationToken cancellationToken)
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
        if (featureRows is null)
        {
            return DevSetScorer.Score(gold, predicted);
        }

        var outcomes = new Dictionary<(string Note, int Index), string>();
        var score = DevSetScorer.Score(gold, predicted, (note, index, outcome) => outcomes[(note, index)] = outcome);
        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            var note = predicted[b].Note;
            // The note's own type of each entity, not the one resolved across the set: features depend on one note only.
            var discovered = batch.DiscoveredEntities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
            foreach (var (index, features) in MentionFeatures.All(batch, id => discovered.TryGetValue(id, out var type) ? type : null, discovered.ContainsKey))
            {
                var mention = batch.Mentions[index];
                featureRows.Add(string.Join('\t', new[]
                {
                    setName, MentionFeatures.Cell(note), mention.EntityId, MentionFeatures.Cell(mention.MatchedText),
                    outcomes.GetValueOrDefault((note, index), "unscored"),
                }.Concat(features.Select(MentionFeatures.Format))));
            }
        }

        return score;
    }
}
