namespace ClaimGraph.Storage;

/// <summary>
/// A store that can tell cheaply whether anything it holds changed, whoever wrote it (this process or another, such as
/// the ingest worker). Readers that keep answers computed from the store use it to know when to drop them.
/// </summary>
public interface IStoreDataVersion
{
    /// <summary>
    /// A number that differs from the previous call's whenever a write was committed in between. Only equality means
    /// anything: the values are not ordered, and they are not comparable across store instances or restarts.
    /// </summary>
    ValueTask<long> ReadDataVersionAsync(CancellationToken cancellationToken);
}
