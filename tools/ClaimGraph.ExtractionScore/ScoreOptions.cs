using ClaimGraph.ExtractionScore.Labels;
using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.ExtractionScore;

/// <summary>Command-line settings of one scoring run.</summary>
public sealed record ScoreOptions
{
    public const string Usage = """
        ClaimGraph extraction scorer: runs the ingest pipeline over the labelled dev set, the labelled held-out set and the
        catalog's seed notes (without its curated relations) and prints precision and recall of entity mentions, entities
        and typed relations.

        dotnet run -c Release --project tools/ClaimGraph.ExtractionScore -- [options]

          --devset <folder>   labelled dev set with notes/ and labels/ (default: tests/Core.Tests/Extraction/DevSet)
          --heldout <folder>  labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut)
          --catalog <folder>  catalog: entities.yaml, relations.yaml, notes/ (default: the repository's seeds/)
          --only <set>        devset, heldout or seeds: score one set only
          --json              print one JSON object instead of the text report
        """;

    public required string DevSet { get; init; }

    /// <summary>The held-out set's folder; when null the held-out set is not scored.</summary>
    public string? HeldOut { get; init; }

    public required string Catalog { get; init; }

    public bool ScoreDevSet { get; init; } = true;

    public bool ScoreHeldOut { get; init; } = true;

    public bool ScoreSeeds { get; init; } = true;

    public bool Json { get; init; }

    /// <summary>The options, or an error naming the bad argument.</summary>
    public static (ScoreOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? devSet = null, heldOut = null, catalog = null, only = null;
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--json")
            {
                json = true;
                continue;
            }

            if (name is not ("--devset" or "--heldout" or "--catalog" or "--only"))
            {
                return (null, $"unknown argument '{name}'");
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value");
            }

            var value = args[++i];
            switch (name)
            {
                case "--devset": devSet = value; break;
                case "--heldout": heldOut = value; break;
                case "--catalog": catalog = value; break;
                default: only = value; break;
            }
        }

        if (only is not (null or "devset" or "heldout" or "seeds"))
        {
            return (null, $"--only: '{only}' is none of devset, heldout, seeds");
        }

        var repositorySeeds = CatalogLoader.FindDefaultDirectory(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        devSet ??= repositorySeeds is null ? null : Labels.DevSet.InRepository(repositorySeeds);
        heldOut ??= repositorySeeds is null ? null : Labels.DevSet.HeldOutInRepository(repositorySeeds);
        catalog ??= repositorySeeds;
        var scoreDevSet = only is null or "devset";
        var scoreHeldOut = only is null or "heldout";
        if (scoreDevSet && (devSet is null || !Directory.Exists(devSet)))
        {
            return (null, devSet is null ? "no dev set found above the current folder: pass --devset" : $"--devset: no such folder '{devSet}'");
        }

        if (scoreHeldOut && (heldOut is null || !Directory.Exists(heldOut)))
        {
            return (null, heldOut is null ? "no held-out set found above the current folder: pass --heldout" : $"--heldout: no such folder '{heldOut}'");
        }

        if (catalog is null || !Directory.Exists(catalog))
        {
            return (null, catalog is null ? "no seeds/ found above the current folder: pass --catalog" : $"--catalog: no such folder '{catalog}'");
        }

        return (new ScoreOptions
        {
            DevSet = devSet ?? string.Empty,
            HeldOut = heldOut,
            Catalog = catalog,
            ScoreDevSet = scoreDevSet,
            ScoreHeldOut = scoreHeldOut,
            ScoreSeeds = only is null or "seeds",
            Json = json,
        }, null);
    }
}
