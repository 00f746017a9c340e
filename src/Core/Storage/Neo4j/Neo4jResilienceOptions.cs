namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// Bound from <c>Store:Neo4j:Resilience</c>. The defaults keep an interactive request within a few seconds of the
/// truth and make a dead server fail a whole operation in well under 30 seconds, so the ingest worker exits instead of hanging.
/// </summary>
public sealed class Neo4jResilienceOptions
{
    /// <summary>
    /// Budget for one operation including every retry and backoff. 20 s: long enough to ride out a leader election or a
    /// rolling restart (typically a few seconds), short enough that a caller learns about an outage before its own timeout.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Budget for one attempt (one request, or one whole per-note transaction). 10 s: our heaviest statement (one note's
    /// claims) runs in milliseconds on a healthy server; anything slower is a stall worth abandoning and replaying.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>TCP connect timeout. 3 s: a reachable server accepts in milliseconds; a black-holed address would otherwise wait for the OS (minutes).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries after the first attempt. 4 with exponential backoff covers about 5 s of trouble, then the total timeout decides.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubled each retry and jittered so many clients do not retry in lock step.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Cap on one backoff delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// Share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens the circuit. 0.5 with at least
    /// <see cref="BreakerMinimumThroughput"/> attempts: a dead server opens it after a handful of attempts, an occasional
    /// transient error never does.
    /// </summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    public int BreakerMinimumThroughput { get; set; } = 5;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the circuit stays open before one trial request is let through (half-open). 10 s: callers fail fast
    /// instead of queueing on a dead server, and a recovered server is noticed within 10 s without a restart.
    /// </summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Budget for the readiness probe: one attempt, no retry, so <c>/health/ready</c> answers within seconds during an outage.</summary>
    public TimeSpan StatusProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
