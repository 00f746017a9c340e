using System.Diagnostics;
using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.LoadHarness;

/// <param name="CpuSeconds">Processor time of the whole harness process during the ingest (every thread, user and kernel).</param>
public sealed record IngestFigures(
    int Files, long Bytes, double Seconds, int NotesStored, int Rejected, int Claims, long? PeakResidentBytes, int Errors, double CpuSeconds)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;

    public double ClaimsPerSecond => Claims / Seconds;
}

/// <param name="Seconds">Reading, decoding and parsing: the floor.</param>
/// <param name="LinkSeconds">Building each parsed note's batch (alias matching, co-mention and curated evidence), measured apart and not part of the floor.</param>
public sealed record ParseFloor(int Files, long Bytes, double Seconds, int Claims, double LinkSeconds)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;
}

/// <summary>
/// Ingest into a fresh store (the same <see cref="NoteIngestor"/> the CLI runs), and the floor it is compared with:
/// reading, decoding and parsing (segmenting) the same files without linking entities or storing anything.
/// </summary>
public static class IngestMeasurement
{
    /// <summary>Reads every file once so both measurements start from the same warm page cache.</summary>
    public static async Task<(IReadOnlyList<string> Files, long Bytes)> WarmAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        var (files, errors) = NoteIngestor.FindNoteFiles(inputs);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.File}: {e.Message}")));
        }
        long bytes = 0;
        foreach (var file in files)
        {
            bytes += (await File.ReadAllBytesAsync(file, cancellationToken)).LongLength;
        }
        return (files, bytes);
    }

    public static async Task<ParseFloor> MeasureFloorAsync(IReadOnlyList<string> files, EntityCatalog catalog, CancellationToken cancellationToken)
    {
        var parser = new NoteParser();
        var builder = new NoteBatchBuilder(catalog);
        long bytes = 0;
        var claims = 0;
        var clock = new Stopwatch();
        var linkClock = new Stopwatch();
        foreach (var path in files)
        {
            clock.Start();
            var file = await NoteFileReader.ReadAsync(path, IngestOptions.DefaultMaxFileBytes, cancellationToken);
            bytes += file.Bytes.LongLength;
            try
            {
                var parsed = parser.Parse(path, NoteFileReader.Decode(file.Bytes));
                clock.Stop();
                claims += parsed.Claims.Count;
                linkClock.Start();
                builder.Build(parsed, parsed.Id, file.ContentHash, path);
                linkClock.Stop();
            }
            catch (InvalidInputException)
            {
                // Ingest rejects the same file and goes on; so does the floor.
                clock.Stop();
            }
        }
        return new ParseFloor(files.Count, bytes, clock.Elapsed.TotalSeconds, claims, linkClock.Elapsed.TotalSeconds);
    }

    public static async Task<IngestFigures> IngestAsync(
        IReadOnlyList<string> inputs, long bytes, int files, EntityCatalog catalog, string storePath, CancellationToken cancellationToken)
    {
        GC.Collect();
        var peakReset = ChildProcess.ResetOwnPeakResident();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        IngestReport report;
        await using (var store = await SqliteClaimGraphStore.OpenAsync(storePath, cancellationToken))
        {
            report = await new NoteIngestor(store, store).IngestAsync(inputs, catalog, new IngestOptions(), progress: null, cancellationToken);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds;
        var peak = peakReset ? ChildProcess.PeakResidentBytes(Environment.ProcessId) : null;
        return new IngestFigures(
            files, bytes, seconds, report.Notes.Added + report.Notes.Updated, report.Notes.Rejected, report.ClaimsWritten, peak, report.Errors.Count, cpuSeconds);
    }
}
