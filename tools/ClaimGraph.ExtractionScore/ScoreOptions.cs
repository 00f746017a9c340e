using ClaimGraph.ExtractionScore.Labels;
using ClaimGraph.Ingest.Catalog;

namespace ClaimGraph.ExtractionScore;

/// <summary>
/// A held-out set: labelled like the dev set, scored by the same code path, in a section of its own. <see cref="Name"/>
/// is its <c>--only</c> value and, as <c>--&lt;name&gt; &lt;folder&gt;</c>, its option; <see cref="FolderName"/> its
/// default folder under tests/Core.Tests/Extraction.
/// </summary>
public sealed record HeldOutSet(string Name, string FolderName, string Title)
{
    public static HeldOutSet First { get; } = new("heldout", "HeldOut", "Held-out set");

    public static HeldOutSet Second { get; } = new("heldout2", "HeldOut2", "Second held-out set");

    public static HeldOutSet Third { get; } = new("heldout3", "HeldOut3", "Third held-out set");

    public static HeldOutSet Fourth { get; } = new("heldout4", "HeldOut4", "Fourth held-out set");

    public static HeldOutSet Fifth { get; } = new("heldout5", "HeldOut5", "Fifth held-out set");

    public static HeldOutSet Sixth { get; } = new("heldout6", "HeldOut6", "Sixth held-out set");

    public static HeldOutSet Seventh { get; } = new("heldout7", "HeldOut7", "Seventh held-out set");

    public static HeldOutSet Eighth { get; } = new("heldout8", "HeldOut8", "Eighth held-out set");

    public static HeldOutSet Ninth { get; } = new("heldout9", "HeldOut9", "Ninth held-out set");

    /// <summary>Every held-out set, in the order they are scored and reported.</summary>
    public static IReadOnlyList<HeldOutSet> All { get; } = [First, Second, Third, Fourth, Fifth, Sixth, Seventh, Eighth, Ninth];

    public string Option => "--" + Name;

    /// <summary>Its property in the JSON report: "heldOut", "heldOut2", ….</summary>
    public string JsonName => "heldOut" + Name["heldout".Length..];
}

/// <summary>Command-line settings of one scoring run.</summary>
public sealed record ScoreOptions
{
    public const string Usage = """
        ClaimGraph extraction scorer: runs the ingest pipeline over the labelled dev set, the labelled held-out sets and
        the catalog's seed notes (without its curated relations) and prints precision and recall of entity mentions,
        entities and typed relations.

        dotnet run -c Release --project tools/ClaimGraph.ExtractionScore -- [options]

          --devset <folder>    labelled dev set with notes/ and labels/ (default: tests/Core.Tests/Extraction/DevSet)
          --heldout <folder>   labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut)
          --heldout2 <folder>  second labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut2)
          --heldout3 <folder>  third labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut3)
          --heldout4 <folder>  fourth labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut4)
          --heldout5 <folder>  fifth labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut5)
          --heldout6 <folder>  sixth labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut6)
          --heldout7 <folder>  seventh labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut7)
          --heldout8 <folder>  eighth labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut8)
          --heldout9 <folder>  ninth labelled held-out set, same layout (default: tests/Core.Tests/Extraction/HeldOut9)
          --catalog <folder>   catalog: entities.yaml, relations.yaml, notes/ (default: the repository's seeds/)
          --only <set>         devset, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9 or seeds: score one set only
          --json               print one JSON object instead of the text report
          --totals             tables and counts only: no lists of misses and false positives, no per-note table
                               (for held-out sets, whose notes must not be read while rules are tuned)
          --mention-features <file.tsv>
                               also write every discovered mention of the scored labelled sets with its named features
                               (Scoring/MentionFeatures.cs) and how the scorer counted it (tools/mention-filter)

        dotnet run -c Release --project tools/ClaimGraph.ExtractionScore -- --check-labels <folder> [--channel <name>]
                               check a labelled set's label files against their notes and print what they hold,
                               without running the pipeline (for the annotators of a set that is still blind)
        """;

    public required string DevSet { get; init; }

    /// <summary>The held-out sets to score, by <see cref="HeldOutSet.Name"/>, each with its folder; a set not listed is not scored.</summary>
    public IReadOnlyDictionary<string, string> HeldOut { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public required string Catalog { get; init; }

    public bool ScoreDevSet { get; init; } = true;

    public bool ScoreSeeds { get; init; } = true;

    public bool Json { get; init; }

    /// <summary>Report aggregates only: each list of errors or notes is replaced by its count.</summary>
    public bool Totals { get; init; }

    /// <summary>Where to write the discovered mentions' features and outcomes (TSV), if anywhere.</summary>
    public string? MentionFeatures { get; init; }

    /// <summary>The options, or an error naming the bad argument.</summary>
    public static (ScoreOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? devSet = null, catalog = null, only = null, mentionFeatures = null;
        var heldOutArguments = new Dictionary<string, string>(StringComparer.Ordinal);
        bool json = false, totals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--json" or "--totals")
            {
                json |= name == "--json";
                totals |= name == "--totals";
                continue;
            }

            var heldOutSet = HeldOutSet.All.FirstOrDefault(s => s.Option == name);
            if (heldOutSet is null && name is not ("--devset" or "--catalog" or "--only" or "--mention-features"))
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
                case "--catalog": catalog = value; break;
                case "--only": only = value; break;
                case "--mention-features": mentionFeatures = value; break;
                default: heldOutArguments[heldOutSet!.Name] = value; break;
            }
        }

        var setNames = new[] { "devset" }.Concat(HeldOutSet.All.Select(s => s.Name)).Append("seeds").ToList();
        if (only is not null && !setNames.Contains(only))
        {
            return (null, $"--only: '{only}' is none of {string.Join(", ", setNames)}");
        }

        var repositorySeeds = CatalogLoader.FindDefaultDirectory(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        devSet ??= repositorySeeds is null ? null : Labels.DevSet.InRepository(repositorySeeds);
        catalog ??= repositorySeeds;
        var scoreDevSet = only is null or "devset";
        if (scoreDevSet && (devSet is null || !Directory.Exists(devSet)))
        {
            return (null, devSet is null ? "no dev set found above the current folder: pass --devset" : $"--devset: no such folder '{devSet}'");
        }

        var heldOut = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in HeldOutSet.All.Where(s => only is null || only == s.Name))
        {
            var folder = heldOutArguments.GetValueOrDefault(set.Name)
                ?? (repositorySeeds is null ? null : Labels.DevSet.ExtractionFolder(repositorySeeds, set.FolderName));
            if (folder is null || !Directory.Exists(folder))
            {
                return (null, folder is null
                    ? $"no {set.Title.ToLowerInvariant()} found above the current folder: pass {set.Option}"
                    : $"{set.Option}: no such folder '{folder}'");
            }

            heldOut[set.Name] = folder;
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
            ScoreSeeds = only is null or "seeds",
            Json = json,
            Totals = totals,
            MentionFeatures = mentionFeatures,
        }, null);
    }
}
