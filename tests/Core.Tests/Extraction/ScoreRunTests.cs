using System.Text.Json;
using ClaimGraph.Core.Tests.Ingest;
using ClaimGraph.ExtractionScore;
using ClaimGraph.ExtractionScore.Labels;
using ClaimGraph.ExtractionScore.Scoring;

namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>The scorer wired to the real pipeline: what reaches the scores is what ingest produces.</summary>
public sealed class ScoreRunTests
{
    [Fact]
    public async Task A_hand_made_dev_set_is_scored_through_the_ingest_pipeline()
    {
        using var devSet = new TemporaryDevSet();
        WriteRelease(devSet, "OpenAI released o3");

        var result = await ScoreRun.RunAsync(Options(devSet.Path, devSet: true), CancellationToken.None);

        result.Problems.Should().BeEmpty();
        var score = result.Report.DevSet!;
        score.Mentions.Should().Be(new PrecisionRecall(TruePositives: 2, FalsePositives: 0, FalseNegatives: 0), "the catalog names both");
        score.EntitiesByNote.Should().ContainSingle().Which.Should().Be(new NoteEntityScore("demo/release.md", 2, 2, 2));
        (score.Relations.TruePositives + score.Relations.FalseNegatives).Should().Be(1);
        result.Report.Seeds.Should().BeNull();
    }

    [Fact]
    public async Task The_seeds_curated_relations_are_the_reference_and_those_without_an_extraction_predicate_are_set_aside()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var scorable = catalog.Relations
            .Select(r => (r.NoteFile, Triple.Create(r.Key.SubjectId, r.Key.Predicate, r.Key.ObjectId)))
            .Where(r => r.Item2 is not null)
            .Distinct()
            .Count();

        var result = await ScoreRun.RunAsync(Options(SeedCatalog.RepositoryRoot, devSet: false), CancellationToken.None);

        var seeds = result.Report.Seeds!;
        seeds.Notes.Should().Be(Directory.GetFiles(SeedCatalog.NotesDirectory).Length);
        seeds.CuratedRelations.Should().Be(catalog.Relations.Count);
        (seeds.Relations.TruePositives + seeds.Relations.FalseNegatives).Should().Be(scorable);
        seeds.Unscorable.Select(u => u.Predicate).Should().BeSubsetOf(["AUTHORED", "INVENTED", "ISSUES", "TESTED"]).And.NotBeEmpty();
        result.Report.DevSet.Should().BeNull();
    }

    [Fact]
    public async Task Only_heldout_scores_the_held_out_folder_through_the_dev_set_code_path()
    {
        var devSetFolder = RepositoryRoot.Combine("tests", "Core.Tests", "Extraction", "DevSet");
        var (options, error) = ScoreOptions.Parse(["--only", "heldout", "--heldout", devSetFolder, "--catalog", SeedCatalog.CatalogDirectory]);

        error.Should().BeNull();
        options!.Should().Match<ScoreOptions>(o => !o.ScoreDevSet && !o.ScoreSeeds && o.HeldOut.Count == 1 && o.HeldOut["heldout"] == devSetFolder);
        ScoreOptions.Parse(["--only", "heldout", "--heldout", "no-such-folder"]).Error.Should().Contain("--heldout");
        ScoreOptions.Parse(["--only", "tuning"]).Error.Should().Contain("devset, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, seeds");

        using var heldOut = new TemporaryDevSet();
        WriteRelease(heldOut);
        var result = await ScoreRun.RunAsync(options! with { HeldOut = new Dictionary<string, string> { ["heldout"] = heldOut.Path } }, CancellationToken.None);

        result.Problems.Should().BeEmpty();
        result.Report.ScoreOf(HeldOutSet.First)!.EntitiesByNote.Should().ContainSingle().Which.Note.Should().Be("demo/release.md");
        result.Report.ScoreOf(HeldOutSet.Second).Should().BeNull();
        result.Report.DevSet.Should().BeNull();
        result.Report.Seeds.Should().BeNull();
    }

    [Fact]
    public async Task Only_heldout2_scores_the_second_held_out_folder_in_a_section_of_its_own()
    {
        using var heldOut2 = new TemporaryDevSet();
        WriteRelease(heldOut2);

        var (options, error) = ScoreOptions.Parse(["--only", "heldout2", "--heldout2", heldOut2.Path, "--catalog", SeedCatalog.CatalogDirectory]);

        error.Should().BeNull();
        options!.Should().Match<ScoreOptions>(o => !o.ScoreDevSet && !o.ScoreSeeds && o.HeldOut.Count == 1 && o.HeldOut["heldout2"] == heldOut2.Path);
        ScoreOptions.Parse(["--only", "heldout2", "--heldout2", "no-such-folder"]).Error.Should().Contain("--heldout2: no such folder");
        ScoreOptions.Parse(["--heldout2"]).Error.Should().Contain("--heldout2 needs a value");

        var result = await ScoreRun.RunAsync(options!, CancellationToken.None);

        result.Problems.Should().BeEmpty();
        result.Report.ScoreOf(HeldOutSet.Second)!.EntitiesByNote.Should().ContainSingle().Which.Note.Should().Be("demo/release.md");
        result.Report.ScoreOf(HeldOutSet.First).Should().BeNull();
        result.Report.DevSet.Should().BeNull();
        using var json = JsonDocument.Parse(ReportWriter.ToJson(result.Report));
        json.RootElement.GetProperty("heldOut2").GetProperty("notes").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("heldOut").ValueKind.Should().Be(JsonValueKind.Null);
        ReportWriter.ToText(result.Report).Should().StartWith("## Second held-out set: 1 labelled notes");
    }

    [Fact]
    public async Task The_default_run_scores_every_held_out_set_in_order()
    {
        var (options, error) = ScoreOptions.Parse(["--catalog", SeedCatalog.CatalogDirectory]);

        error.Should().BeNull();
        options!.HeldOut.Keys.Should().BeEquivalentTo("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9");

        using var folder = new TemporaryDevSet();
        folder.Write("notes/demo/release.md", "OpenAI released o3 to developers.\n");
        folder.Write("labels/demo/release.yaml", """
            note: demo/release.md
            entities:
              - {name: OpenAI, type: Organization, surfaces: [OpenAI]}
            relations: []
            negatives: []
            """);
        var result = await ScoreRun.RunAsync(
            options with
            {
                ScoreDevSet = false,
                ScoreSeeds = false,
                HeldOut = HeldOutSet.All.Reverse().ToDictionary(set => set.Name, _ => folder.Path),
            },
            CancellationToken.None);

        var text = ReportWriter.ToText(result.Report);
        string[] titles = ["## Held-out set:", "## Second held-out set:", "## Third held-out set:", "## Fourth held-out set:", "## Fifth held-out set:", "## Sixth held-out set:", "## Seventh held-out set:"];
        titles.Select(title => text.IndexOf(title, StringComparison.Ordinal)).Should().NotContain(-1).And.BeInAscendingOrder();
        using var json = JsonDocument.Parse(ReportWriter.ToJson(result.Report));
        json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object).Select(p => p.Name)
            .Should().Equal("heldOut", "heldOut2", "heldOut3", "heldOut4", "heldOut5", "heldOut6", "heldOut7", "heldOut8", "heldOut9");
    }

    [Fact]
    public async Task Totals_report_the_tables_and_counts_but_no_note_claim_or_name_from_the_lists()
    {
        using var folder = new TemporaryDevSet();
        folder.Write("notes/demo/release.md", "OpenAI released o3 to developers. Zyphra praised Mistral.\n");
        folder.Write("labels/demo/release.yaml", """
            note: demo/release.md
            entities:
              - {name: OpenAI, type: Organization, surfaces: [OpenAI]}
              - {name: o3, type: Model, surfaces: [o3]}
              - {name: Zyphra, type: Organization, surfaces: [Zyphra]}
            relations:
              - {subject: Zyphra, predicate: OUTPERFORMS, object: OpenAI, kind: explicit, quote: Zyphra praised Mistral.}
            negatives: []
            """);
        var (options, error) = ScoreOptions.Parse(["--only", "heldout5", "--heldout5", folder.Path, "--catalog", SeedCatalog.CatalogDirectory, "--totals"]);
        error.Should().BeNull();
        options!.Totals.Should().BeTrue();

        var result = await ScoreRun.RunAsync(options, CancellationToken.None);

        var score = result.Report.ScoreOf(HeldOutSet.Fifth)!;
        score.RelationMisses.Should().NotBeEmpty("the labelled OUTPERFORMS is not stated, so it is missed");
        var text = ReportWriter.ToText(result.Report, totalsOnly: true);
        text.Should().StartWith("## Fifth held-out set: 1 labelled notes")
            .And.Contain($"Relation misses: {score.RelationMisses.Count}.")
            .And.Contain("| typed relations |")
            .And.NotContain("praised").And.NotContain("demo/release").And.NotContain("### ");
        ReportWriter.ToText(result.Report).Should().Contain("praised").And.Contain("### Relation misses");

        using var json = JsonDocument.Parse(ReportWriter.ToJson(result.Report, totalsOnly: true));
        var set = json.RootElement.GetProperty("heldOut5");
        set.GetProperty("relationMissesCount").GetInt32().Should().Be(score.RelationMisses.Count);
        set.GetProperty("entitiesByNoteCount").GetInt32().Should().Be(1);
        set.TryGetProperty("relationMisses", out _).Should().BeFalse();
        set.GetProperty("byPredicate").ValueKind.Should().Be(JsonValueKind.Array);
        json.RootElement.GetRawText().Should().NotContain("praised").And.NotContain("demo/release");
    }

    [Fact]
    public async Task A_labelled_symbol_language_matches_the_spelled_out_id_discovery_gives_it()
    {
        using var folder = new TemporaryDevSet();
        folder.Write("notes/demo/engine.md", "The engine is written in C++ and the tools in C#.\n");
        folder.Write("labels/demo/engine.yaml", """
            note: demo/engine.md
            entities:
              - {name: C++, type: Product, surfaces: [C++]}
              - {name: C#, type: Product, surfaces: [C#]}
            relations: []
            negatives: []
            """);
        var (options, _) = ScoreOptions.Parse(["--only", "heldout5", "--heldout5", folder.Path, "--catalog", SeedCatalog.CatalogDirectory]);

        var result = await ScoreRun.RunAsync(options!, CancellationToken.None);

        var score = result.Report.ScoreOf(HeldOutSet.Fifth)!;
        score.Mentions.Should().Be(new PrecisionRecall(2, 0, 0));
        score.Entities.Should().Be(new PrecisionRecall(2, 0, 0));
    }

    [Fact]
    public async Task Check_labels_reports_only_the_chosen_channels_problems_and_counts_and_never_runs_the_pipeline()
    {
        using var folder = new TemporaryDevSet();
        WriteRelease(folder, "OpenAI released o3 to developers.");
        folder.Write("notes/other/praise.md", "Zyphra praised Mistral.\n");
        folder.Write("labels/other/praise.yaml", """
            note: other/praise.md
            entities:
              - {name: Zyphra, type: Organization, surfaces: [Zyphra, Zyfra]}
            relations: []
            negatives: []
            """);
        var args = new[] { "--channel", "demo", "--catalog", SeedCatalog.CatalogDirectory };
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await LabelCheck.RunAsync(folder.Path, args, output, error);

        code.Should().Be(0);
        output.ToString().Should().Contain("demo/release.md: 2 entities (2 occurrences), 1 relations (1 explicit), 0 negatives")
            .And.Contain("labels OK").And.NotContain("other/");
        error.ToString().Should().BeEmpty();

        (output, error) = (new StringWriter(), new StringWriter());
        code = await LabelCheck.RunAsync(folder.Path, ["--channel", "other", "--catalog", SeedCatalog.CatalogDirectory], output, error);

        code.Should().Be(1);
        error.ToString().Should().Contain("labels/other/praise.yaml").And.Contain("Zyfra").And.NotContain("demo/");
        output.ToString().Should().Contain("1 label problem(s)");
        (await LabelCheck.RunAsync(folder.Path, ["--channel"], output, error)).Should().Be(2);
    }

    [Fact]
    public async Task Mention_features_lists_each_discovered_mention_with_its_features_and_how_it_was_scored()
    {
        using var folder = new TemporaryDevSet();
        folder.Write("notes/demo/hosting.md",
            "The team moved its hosting to Quintessa Labs last year. Engineers praised the Marblefrost Engine for its speed.\n");
        folder.Write("labels/demo/hosting.yaml", """
            note: demo/hosting.md
            entities:
              - {name: Quintessa Labs, type: Organization, surfaces: [Quintessa Labs]}
            relations: []
            negatives: []
            """);
        var file = Path.Combine(folder.Path, "features.tsv");
        var (options, error) = ScoreOptions.Parse(["--only", "devset", "--devset", folder.Path, "--catalog", SeedCatalog.CatalogDirectory, "--mention-features", file]);
        error.Should().BeNull();
        options!.MentionFeatures.Should().Be(file);

        await ScoreRun.RunAsync(options, CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(file);
        lines.Where(l => l.StartsWith("#\t", StringComparison.Ordinal)).Should().HaveCount(MentionFeatures.Columns.Count, "each feature's meaning comes first");
        var header = lines.Single(l => l.StartsWith("set\t", StringComparison.Ordinal)).Split('\t');
        header.Should().Equal(new[] { "set", "note", "entity", "text", "outcome" }.Concat(MentionFeatures.Columns.Select(c => c.Name)));
        var rows = lines.Where(l => l.StartsWith("devset\t", StringComparison.Ordinal)).Select(l => l.Split('\t')).ToList();
        string Feature(string[] row, string name) => row[Array.IndexOf(header, name)];

        var labelled = rows.Should().ContainSingle(r => r[3] == "Quintessa Labs").Subject;
        labelled[4].Should().Be("hit");
        labelled[1].Should().Be("demo/hosting.md");
        Feature(labelled, "prev_preposition").Should().Be("1", "\"to\" stands before it");
        Feature(labelled, "sentence_initial").Should().Be("0");
        Feature(labelled, "single_use").Should().Be("1");
        var unlabelled = rows.Should().ContainSingle(r => r[3] == "Marblefrost Engine").Subject;
        unlabelled[4].Should().Be(nameof(MentionErrorKind.NotLabelled));
        Feature(unlabelled, "prev_determiner").Should().Be("1", "\"the\" stands before it");
    }

    /// <summary>
    /// "OpenAI released o3 to developers." with both names labelled and, given a quote, the DEVELOPS it states.
    /// </summary>
    private static void WriteRelease(TemporaryDevSet set, string? developsQuote = null)
    {
        set.Write("notes/demo/release.md", "OpenAI released o3 to developers.\n");
        var relations = developsQuote is null
            ? " []"
            : $"\n  - {{subject: OpenAI, predicate: DEVELOPS, object: o3, kind: explicit, quote: {developsQuote}}}";
        set.Write("labels/demo/release.yaml", $$"""
            note: demo/release.md
            entities:
              - {name: OpenAI, type: Organization, surfaces: [OpenAI]}
              - {name: o3, type: Model, surfaces: [o3]}
            relations:{{relations}}
            negatives: []
            """);
    }

    private static ScoreOptions Options(string devSetFolder, bool devSet) => new()
    {
        DevSet = devSetFolder,
        Catalog = SeedCatalog.CatalogDirectory,
        ScoreDevSet = devSet,
        ScoreSeeds = !devSet,
    };
}
