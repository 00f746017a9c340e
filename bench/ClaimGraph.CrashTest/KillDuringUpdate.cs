using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.CrashTest;

/// <summary>
/// Kills an updating re-ingest (SIGKILL) at random moments and checks that the store never holds two notes for one file
/// and that it ends exactly where a clean ingest of the same files ends.
/// </summary>
public static class KillDuringUpdate
{
    public static async Task<int> RunAsync(CrashTestOptions options)
    {
        var work = Path.Combine(Path.GetTempPath(), "claimgraph-crash-" + Guid.NewGuid().ToString("N"));
        var notes = Path.Combine(work, "notes");
        Directory.CreateDirectory(notes);
        try
        {
            return await RunInAsync(options, work, notes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<int> RunInAsync(CrashTestOptions options, string work, string notes)
    {
        var total = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var retitled = Enumerable.Range(0, options.Notes)
            .OrderBy(_ => random.Next())
            .Take((int)Math.Round(options.Notes * options.RetitledShare))
            .ToHashSet();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Notes} notes, {retitled.Count} retitled, {options.Kills} kills (seed {options.Seed}); {Environment.ProcessorCount} cores, load {LoadAverage()}"));

        var bulkViolations = await KillBulkLoadsAsync(options, work, notes, retitled, random);

        // The clean result: the second versions ingested into a fresh store.
        WriteVersion(notes, options.Notes, retitled, second: true);
        var reference = Path.Combine(work, "reference.db");
        await UpdatingIngest.IngestAsync(notes, reference);
        var (expected, _) = await UpdatingIngest.ReadStoreAsync(reference);

        // The store under test starts from the first versions; each round runs the updating ingest towards the other version.
        var database = Path.Combine(work, "store.db");
        WriteVersion(notes, options.Notes, retitled, second: false);
        await UpdatingIngest.IngestAsync(notes, database);
        var second = true;
        WriteVersion(notes, options.Notes, retitled, second);

        // How long one updating run takes in process, so kills are spread over the whole of a child's run.
        var probe = Path.Combine(work, "probe.db");
        File.Copy(database, probe);
        var timer = Stopwatch.StartNew();
        await UpdatingIngest.IngestAsync(notes, probe);
        var updateTime = timer.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one updating run in process: {updateTime.TotalMilliseconds:0} ms"));
        Console.WriteLine("round  delay ms  outcome     notes  sharing a file");

        int kills = 0, rounds = 0, violations = 0;
        while (kills < options.Kills)
        {
            rounds++;
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * updateTime.TotalMilliseconds * 1.3);
            var killed = await RunChildAsync(notes, database, delay);
            var (stored, sharing) = await UpdatingIngest.ReadStoreAsync(database);
            var broken = sharing > 0 || stored.Count != options.Notes;
            violations += broken ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rounds,5}  {delay.TotalMilliseconds,8:0}  {(killed ? "killed" : "finished"),-10}  {stored.Count,5}  {sharing,14}{(broken ? "  <-- VIOLATION" : "")}"));
            if (killed)
            {
                kills++;
            }
            else
            {
                // The update completed before the kill: flip the retitled files so the next round updates again.
                second = !second;
                WriteVersion(notes, options.Notes, retitled, second);
            }
        }

        if (!second)
        {
            WriteVersion(notes, options.Notes, retitled, second: true);
        }

        await UpdatingIngest.IngestAsync(notes, database);
        var (final, finalSharing) = await UpdatingIngest.ReadStoreAsync(database);
        var missing = expected.Keys.Except(final.Keys).Count();
        var extra = final.Keys.Except(expected.Keys).Count();
        var claimDifferences = expected.Keys.Intersect(final.Keys).Count(id => expected[id] != final[id]);
        var converged = missing == 0 && extra == 0 && claimDifferences == 0 && finalSharing == 0;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            kills during an updating run: {kills} in {rounds} rounds
            rounds that left two notes for one file or a file without its note: {violations}
            final store vs clean ingest: {final.Count} vs {expected.Count} notes, {missing} missing, {extra} extra, {claimDifferences} with other claim counts, {final.Values.Sum()} vs {expected.Values.Sum()} claims
            result: {(converged && violations == 0 ? "PASS" : "FAIL")} in {total.Elapsed.TotalSeconds:0.0} s; load {LoadAverage()}
            """));
        return converged && violations == 0 && bulkViolations == 0 ? 0 : 1;
    }

    /// <summary>
    /// Kills the first ingest into an empty store, a bulk load, at random moments: each time the store must open with
    /// every index the clean store has, hold at most one note per file, and end where a clean ingest ends once a run
    /// finishes. Returns the rounds that broke one of these.
    /// </summary>
    private static async Task<int> KillBulkLoadsAsync(CrashTestOptions options, string work, string notes, HashSet<int> retitled, Random random)
    {
        if (options.BulkKills == 0)
        {
            return 0;
        }

        WriteVersion(notes, options.Notes, retitled, second: false);
        var reference = Path.Combine(work, "bulk-reference.db");
        var timer = Stopwatch.StartNew();
        await UpdatingIngest.IngestAsync(notes, reference);
        var loadTime = timer.Elapsed;
        var (expected, _) = await UpdatingIngest.ReadStoreAsync(reference);
        var expectedIndexes = await UpdatingIngest.ReadIndexesAsync(reference);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"one bulk load into an empty store in process: {loadTime.TotalMilliseconds:0} ms"));
        Console.WriteLine("round  delay ms  outcome     notes  sharing a file  indexes  after finishing");

        var database = Path.Combine(work, "bulk.db");
        int kills = 0, rounds = 0, violations = 0;
        while (kills < options.BulkKills)
        {
            rounds++;
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }

            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * loadTime.TotalMilliseconds * 1.3);
            var killed = await RunChildAsync(notes, database, delay);
            var indexes = await UpdatingIngest.ReadIndexesAsync(database);
            var (stored, sharing) = await UpdatingIngest.ReadStoreAsync(database);
            await UpdatingIngest.IngestAsync(notes, database);
            var (final, finalSharing) = await UpdatingIngest.ReadStoreAsync(database);
            var converged = finalSharing == 0 && final.SequenceEqual(expected) && (await UpdatingIngest.ReadIndexesAsync(database)).SetEquals(expectedIndexes);
            var broken = sharing > 0 || stored.Count > options.Notes || !indexes.SetEquals(expectedIndexes) || !converged;
            violations += broken ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rounds,5}  {delay.TotalMilliseconds,8:0}  {(killed ? "killed" : "finished"),-10}  {stored.Count,5}  {sharing,14}  {indexes.Count,7}  {(converged ? "equal" : "DIFFERENT")}{(broken ? "  <-- VIOLATION" : "")}"));
            kills += killed ? 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            kills during a bulk load: {kills} in {rounds} rounds; rounds that broke the store: {violations}

            """));
        return violations;
    }

    private static void WriteVersion(string notes, int count, HashSet<int> retitled, bool second)
    {
        for (var i = 0; i < count; i++)
        {
            if (second || retitled.Contains(i) || !File.Exists(Path.Combine(notes, $"note{i:0000}.md")))
            {
                UpdatingIngest.WriteNote(notes, i, second && retitled.Contains(i));
            }
        }
    }

    /// <summary>Runs one updating ingest in a child process and kills it <paramref name="delay"/> after it is ready; true when it was killed.</summary>
    private static async Task<bool> RunChildAsync(string notes, string database, TimeSpan delay)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's path");
        var start = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(KillDuringUpdate).Assembly.Location);
        }

        foreach (var argument in new[] { "--child", notes, database })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the child");
        _ = child.StandardError.ReadToEndAsync();
        var line = await child.StandardOutput.ReadLineAsync();
        if (line != UpdatingIngest.ReadyLine)
        {
            await child.WaitForExitAsync();
            throw new InvalidOperationException($"the child did not start its ingest (exit code {child.ExitCode}): {line}");
        }

        _ = child.StandardOutput.ReadToEndAsync();
        await Task.Delay(delay);
        if (child.HasExited)
        {
            return CheckFinished(child);
        }

        child.Kill(); // SIGKILL on Linux and macOS: no chance to finish the transaction.
        await child.WaitForExitAsync();
        return true;
    }

    private static bool CheckFinished(Process child) =>
        child.ExitCode == 0 ? false : throw new InvalidOperationException($"the child failed with exit code {child.ExitCode}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
