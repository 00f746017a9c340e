using System.Diagnostics;

namespace ClaimGraph.LoadHarness;

public sealed record LatencyResult(double TargetRate, double AchievedRate, int Requests, int Failures, double P50Ms, double P99Ms, double MaxMs);

/// <summary>
/// Latency at a fixed rate (open loop): requests are scheduled every 1/rate seconds whatever the server does, and each
/// latency is measured from its scheduled time, so a stall delays every request queued behind it (no coordinated
/// omission). This is the harness's own client, not wrk2, which Debian does not package.
/// </summary>
public static class PacedLatency
{
    public static async Task<LatencyResult> RunAsync(
        HttpClient client, LoadTarget target, int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var count = (int)Math.Max(1, rate * duration.TotalSeconds);
        var latencies = new double[count];
        var failures = 0;
        var sends = new List<Task>(count);
        var clock = Stopwatch.StartNew();
        var interval = 1.0 / rate;
        for (var i = 0; i < count; i++)
        {
            var scheduled = i * interval;
            var wait = scheduled - clock.Elapsed.TotalSeconds;
            if (wait > 0.002)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait), cancellationToken);
            }
            while (clock.Elapsed.TotalSeconds < scheduled)
            {
                Thread.SpinWait(50);
            }

            var index = i;
            sends.Add(Task.Run(async () =>
            {
                try
                {
                    using var request = target.CreateRequest();
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                latencies[index] = (clock.Elapsed.TotalSeconds - scheduled) * 1000;
            }, cancellationToken));
        }
        await Task.WhenAll(sends);
        var elapsed = clock.Elapsed.TotalSeconds;

        Array.Sort(latencies);
        return new LatencyResult(
            rate,
            count / elapsed,
            count,
            failures,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            latencies[^1]);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
