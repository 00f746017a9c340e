namespace ClaimGraph.Api;

/// <summary>
/// Bound from <c>HttpCaching</c>: how long clients may reuse a response before revalidating it with its ETag, and the
/// server's own cache of answers, which lives until the store's data changes.
/// </summary>
public sealed class HttpCachingOptions
{
    public const string SectionName = "HttpCaching";

    /// <summary>
    /// The data changes only when notes are ingested, which is rare and batch-like; a minute of staleness is harmless for
    /// dashboards, and after that a revalidation costs a 304 without a body.
    /// </summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// Keep successful REST answers and complete GraphQL query results in memory and serve them again until the store
    /// reports a change. Only stores that can report their data version (SQLite) are cached.
    /// </summary>
    public bool ServerCache { get; set; } = true;

    /// <summary>Memory the server cache may hold, answers and keys together; the least recently used go first.</summary>
    public int ServerCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// How often the store's data version is read. Another process (the ingest worker) committing notes is noticed within
    /// this interval; until then answers from before its commit may still be served.
    /// </summary>
    public TimeSpan DataVersionPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MaxAgeSeconds < 0)
        {
            problems.Add($"HttpCaching:MaxAgeSeconds must be 0 or more; got {MaxAgeSeconds}.");
        }
        if (ServerCacheMegabytes is < 1 or > 16_384)
        {
            problems.Add($"HttpCaching:ServerCacheMegabytes must be between 1 and 16384; got {ServerCacheMegabytes}.");
        }
        if (DataVersionPollInterval < TimeSpan.FromMilliseconds(10) || DataVersionPollInterval > TimeSpan.FromMinutes(5))
        {
            problems.Add($"HttpCaching:DataVersionPollInterval must be between 00:00:00.010 and 00:05:00; got {DataVersionPollInterval}.");
        }
        return problems;
    }
}
