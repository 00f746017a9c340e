using System.Diagnostics;
using ClaimGraph.Abuse;

namespace ClaimGraph.LoadHarness;

/// <summary>Normal traffic's latency with and without a bounded stream of hostile requests beside it.</summary>
public sealed record HostileLoadResult(
    string NormalTarget, LatencyResult Quiet, LatencyResult UnderHostileStream,
    int HostileRate, int HostileKinds, int HostileSent, int Hostile2xx, int Hostile4xx, int Hostile5xx, int HostileFailed, double HostileSlowestMs);

/// <summary>
/// Sends the abuse suite's hostile requests (<see cref="HostileRequests"/>, every kind in turn) at a fixed rate, on a
/// client of its own, to the API on loopback while the paced client measures normal traffic; the same paced
/// measurement without the stream comes first, so both p99s are taken minutes apart on the same server.
/// </summary>
public static class HostileStream
{
    public static async Task<HostileLoadResult> MeasureAsync(
        HttpClient client, LoadTarget normal, Uri apiBase, int normalRate, int hostileRate, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (!apiBase.IsLoopback)
        {
            throw new InvalidOperationException($"the hostile stream is only sent to a loopback address, not {apiBase}");
        }
        var quiet = await PacedLatency.RunAsync(client, normal, normalRate, duration, cancellationToken);

        using var hostileClient = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16, UseProxy = false })
        {
            BaseAddress = apiBase,
            Timeout = TimeSpan.FromSeconds(30),
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tally = new Tally();
        var stream = SendAsync(hostileClient, hostileRate, tally, stop.Token);
        LatencyResult underStream;
        try
        {
            underStream = await PacedLatency.RunAsync(client, normal, normalRate, duration, cancellationToken);
        }
        finally
        {
            await stop.CancelAsync();
            await stream;
        }
        return new HostileLoadResult(
            normal.Name, quiet, underStream, hostileRate, HostileRequests.All.Count,
            tally.Sent, tally.Success, tally.ClientError, tally.ServerError, tally.Failed, tally.SlowestMs);
    }

    private static async Task SendAsync(HttpClient client, int rate, Tally tally, CancellationToken cancellationToken)
    {
        var pending = new List<Task>();
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var index = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var hostile = HostileRequests.All[index++ % HostileRequests.All.Count];
                pending.Add(SendOneAsync(client, hostile, tally, cancellationToken));
                await Task.Delay(interval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The measurement is over; the requests in flight finish below.
        }
        await Task.WhenAll(pending);
    }

    private static async Task SendOneAsync(HttpClient client, HostileRequest hostile, Tally tally, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref tally.Sent);
        var clock = Stopwatch.StartNew();
        try
        {
            using var request = hostile.Create();
            using var response = await client.SendAsync(request, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            switch ((int)response.StatusCode / 100)
            {
                case 2:
                    Interlocked.Increment(ref tally.Success);
                    break;
                case 4:
                    Interlocked.Increment(ref tally.ClientError);
                    break;
                default:
                    Interlocked.Increment(ref tally.ServerError);
                    break;
            }
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException or IOException)
        {
            Interlocked.Increment(ref tally.Failed);
        }
        tally.Observe(clock.Elapsed.TotalMilliseconds);
    }

    private sealed class Tally
    {
        public int Sent;
        public int Success;
        public int ClientError;
        public int ServerError;
        public int Failed;
        private readonly Lock _gate = new();

        public double SlowestMs { get; private set; }

        public void Observe(double milliseconds)
        {
            lock (_gate)
            {
                SlowestMs = Math.Max(SlowestMs, milliseconds);
            }
        }
    }
}
