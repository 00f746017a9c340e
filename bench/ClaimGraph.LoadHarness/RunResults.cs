using System.Globalization;
using System.Text;

namespace ClaimGraph.LoadHarness;

public sealed record MachineInfo(int Cores, string Os, string Runtime, double[] LoadAverageAtStart, double[] LoadAverageAtEnd);

public sealed record RunSettings(
    string Corpus, bool Quick, int WarmupSeconds, int DurationSeconds, int Threads, int Connections,
    int PacedRate, int PacedSeconds, string EntityId, string PathFrom, string PathTo, int MaxHops);

public sealed record EndpointResult(
    string Name, string Server, string Request, int ResponseBytes,
    double RequestsPerSecond, long Requests, long NonSuccess, long SocketErrors, LatencyResult? Latency);

public sealed record GrowthPoint(int Scale, IngestFigures Ingest, LatencyResult? PathLatency);

public sealed record Figure(string Name, string Formula, double? Value, double? Target, string Comparison, string? Note, bool Judged = true)
{
    public bool? Met => !Judged || Value is null || Target is null
        ? null
        : Comparison == "<=" ? Value <= Target : Value >= Target;
}

public sealed record RunResult(
    DateTimeOffset StartedAt,
    MachineInfo Machine,
    RunSettings Settings,
    IngestFigures Ingest,
    ParseFloor ParseFloor,
    long? ApiPeakResidentBytes,
    ExportCounts? PeerExport,
    bool? PeerAnswersMatch,
    string? PeerSkipped,
    IReadOnlyList<EndpointResult> Endpoints,
    IReadOnlyList<GrowthPoint> Growth,
    double? GrowthExponent,
    IReadOnlyList<Figure> Figures,
    HostileLoadResult? Hostile = null)
{
    public string ToTable()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"ClaimGraph load run {StartedAt:yyyy-MM-dd HH:mm:ss}Z on {Machine.Cores} cores ({Machine.Os}, .NET {Machine.Runtime})");
        text.AppendLine(c, $"load average at start {string.Join(' ', Machine.LoadAverageAtStart)}, at end {string.Join(' ', Machine.LoadAverageAtEnd)}");
        text.AppendLine(c, $"corpus {Settings.Corpus}; wrk -t{Settings.Threads} -c{Settings.Connections}, {Settings.WarmupSeconds} s warm-up + {Settings.DurationSeconds} s; latency: harness paced client at {Settings.PacedRate} req/s for {Settings.PacedSeconds} s (open loop, from scheduled send time)");
        text.AppendLine();
        text.AppendLine(c, $"{"endpoint",-24} {"server",-10} {"request",-58} {"bytes",7} {"req/s",10} {"non-2xx",8} {"p50 ms",8} {"p99 ms",8}");
        foreach (var endpoint in Endpoints)
        {
            text.AppendLine(c, $"{endpoint.Name,-24} {endpoint.Server,-10} {Clip(endpoint.Request, 58),-58} {endpoint.ResponseBytes,7} {endpoint.RequestsPerSecond,10:F0} {endpoint.NonSuccess + endpoint.SocketErrors,8} {endpoint.Latency?.P50Ms,8:F2} {endpoint.Latency?.P99Ms,8:F2}");
        }
        text.AppendLine();
        text.AppendLine(c, $"ingest   {Ingest.Files} files, {Ingest.Bytes / 1e6:F1} MB in {Ingest.Seconds:F2} s: {Ingest.MegabytesPerSecond:F2} MB/s, {Ingest.ClaimsPerSecond:F0} claims/s, {Ingest.Claims} claims, {Ingest.NotesStored} notes stored, {Ingest.Rejected} rejected, peak RSS {Megabytes(Ingest.PeakResidentBytes)}");
        text.AppendLine(c, $"floor    read + decode + parse without storing: {ParseFloor.Seconds:F2} s, {ParseFloor.MegabytesPerSecond:F2} MB/s; linking the parsed notes (alias matching, evidence) took {ParseFloor.LinkSeconds:F2} s more, so storing is about {Math.Max(0, Ingest.Seconds - ParseFloor.Seconds - ParseFloor.LinkSeconds):F2} s of the ingest");
        text.AppendLine(c, $"API peak RSS after load {Megabytes(ApiPeakResidentBytes)}");
        if (PeerExport is { } export)
        {
            text.AppendLine(c, $"peer export {export.Entities} entities, {export.Relations} relations, {export.Claims} claims, {export.Notes} notes, {export.Bytes / 1e6:F1} MB; same data answered: {(PeerAnswersMatch == true ? "yes" : "NO")}");
        }
        else if (PeerSkipped is not null)
        {
            text.AppendLine(c, $"peer skipped: {PeerSkipped}");
        }
        foreach (var point in Growth)
        {
            text.AppendLine(c, $"growth {point.Scale}x  ingest {point.Ingest.Seconds:F2} s ({point.Ingest.Bytes / 1e6:F1} MB, {point.Ingest.Claims} claims, peak RSS {Megabytes(point.Ingest.PeakResidentBytes)}), path p50 {point.PathLatency?.P50Ms:F2} ms p99 {point.PathLatency?.P99Ms:F2} ms");
        }
        if (Hostile is { } h)
        {
            text.AppendLine(c, $"hostile  {h.NormalTarget} paced at {Settings.PacedRate} req/s: p50 {h.Quiet.P50Ms:F2} ms p99 {h.Quiet.P99Ms:F2} ms alone; p50 {h.UnderHostileStream.P50Ms:F2} ms p99 {h.UnderHostileStream.P99Ms:F2} ms beside {h.HostileRate} hostile req/s ({h.HostileSent} sent over {h.HostileKinds} kinds: 2xx {h.Hostile2xx}, 4xx {h.Hostile4xx}, 5xx {h.Hostile5xx}, failed {h.HostileFailed}, slowest {h.HostileSlowestMs:F0} ms)");
        }
        text.AppendLine();
        text.AppendLine(c, $"{"figure",-34} {"value",8} {"target",8}  met  formula");
        foreach (var figure in Figures)
        {
            var met = figure.Met switch { true => "yes", false => "NO", null => "-" };
            var target = figure.Target is null ? "-" : $"{figure.Comparison}{figure.Target.Value.ToString("0.0#", c)}";
            text.AppendLine(c, $"{figure.Name,-34} {figure.Value,8:F3} {target,8}  {met,-4} {figure.Formula}{(figure.Note is null ? "" : $" ({figure.Note})")}");
        }
        return text.ToString();
    }

    private static string Megabytes(long? bytes) => bytes is null ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{bytes.Value / 1048576.0:F0} MiB");

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
