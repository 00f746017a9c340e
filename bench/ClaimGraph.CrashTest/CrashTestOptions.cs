using System.Globalization;

namespace ClaimGraph.CrashTest;

public sealed record CrashTestOptions(int Notes, int Kills, double RetitledShare, int Seed, int BulkKills)
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/ClaimGraph.CrashTest -- [--notes 2000] [--kills 25] [--retitled 0.1] [--seed 1] [--bulk-kills 10]

        Generates --notes small notes, ingests them, retitles --retitled of them (a new title, so a new note id) and changes
        their text, then runs the updating re-ingest in a child process and kills it (SIGKILL) at a random moment, --kills
        times. After every kill the store must hold exactly one note per file; at the end a last run must leave exactly
        what a clean ingest of the same files leaves (note ids and claim counts). Exit code 0 when both hold, 1 otherwise.

        First, --bulk-kills times, it kills the first ingest into an empty store, which loads in bulk (the store drops its
        query indexes and builds them when the run ends): the store must then open with every index and hold at most one
        note per file, and a finishing run must leave what a clean ingest leaves.
        """;

    public static (CrashTestOptions? Options, string? Error) Parse(string[] args)
    {
        var options = new CrashTestOptions(Notes: 2000, Kills: 25, RetitledShare: 0.1, Seed: 1, BulkKills: 10);
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length)
            {
                return (null, $"{args[i]} needs a value");
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--notes" when int.TryParse(value, CultureInfo.InvariantCulture, out var notes) && notes >= 10:
                    options = options with { Notes = notes };
                    break;
                case "--kills" when int.TryParse(value, CultureInfo.InvariantCulture, out var kills) && kills >= 1:
                    options = options with { Kills = kills };
                    break;
                case "--retitled" when double.TryParse(value, CultureInfo.InvariantCulture, out var share) && share is > 0 and <= 1:
                    options = options with { RetitledShare = share };
                    break;
                case "--bulk-kills" when int.TryParse(value, CultureInfo.InvariantCulture, out var bulkKills) && bulkKills >= 0:
                    options = options with { BulkKills = bulkKills };
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                default:
                    return (null, $"unknown option or bad value: {args[i - 1]} {value}");
            }
        }

        return (options, null);
    }
}
