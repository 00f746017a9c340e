namespace ClaimGraph.Api;

/// <summary>Bound from <c>HttpCaching</c>: how long clients may reuse a response before revalidating it with its ETag.</summary>
public sealed class HttpCachingOptions
{
    public const string SectionName = "HttpCaching";

    /// <summary>
    /// The data changes only when notes are ingested, which is rare and batch-like; a minute of staleness is harmless for
    /// dashboards, and after that a revalidation costs a 304 without a body.
    /// </summary>
    public int MaxAgeSeconds { get; set; } = 60;
}
