using System.Collections.Concurrent;

namespace ClaimGraph.Api;

/// <summary>A successful answer as it was sent: body, content type and (for REST) its ETag.</summary>
public sealed class CachedResponse(byte[] body, string contentType, string? entityTag, long generation)
{
    // Key and bookkeeping beside the body: a rough figure, so that many tiny answers still count against the budget.
    private const int OverheadBytes = 256;

    public byte[] Body { get; } = body;

    public string ContentType { get; } = contentType;

    public string? EntityTag { get; } = entityTag;

    public long Generation { get; } = generation;

    internal long LastUsed { get; set; } = Environment.TickCount64;

    internal long SizeFor(string key) => Body.LongLength + (2L * key.Length) + OverheadBytes;
}

/// <summary>
/// Answers computed from the store, kept until its data changes. Every entry belongs to a generation; <see cref="Invalidate"/>
/// starts a new one, so an answer computed from data read before a change can never be stored as current: it carries the
/// generation its request started in. Reads take no lock; the memory budget is enforced by evicting the least recently
/// used entries when an addition goes over it.
/// </summary>
public sealed class ServerResponseCache(long budgetBytes)
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private readonly Lock _evictionGate = new();
    private long _bytes;
    private long _generation;
    private volatile bool _active;

    /// <summary>Whether answers may be served and stored: off until the store's data version is known, and while it cannot be read.</summary>
    public bool IsActive => _active;

    public long Generation => Interlocked.Read(ref _generation);

    public int Count => _entries.Count;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>No single answer may take more than this share of the budget, so one huge page cannot flush everything else.</summary>
    public long MaxEntryBytes => budgetBytes / 8;

    public bool TryGet(string key, out CachedResponse response)
    {
        if (_active && _entries.TryGetValue(key, out var entry))
        {
            if (entry.Generation == Generation)
            {
                entry.LastUsed = Environment.TickCount64;
                response = entry;
                return true;
            }
            Remove(key, entry);
        }
        response = null!;
        return false;
    }

    /// <summary>Stores an answer computed by a request that started in <see cref="CachedResponse.Generation"/>; ignored when the data changed since.</summary>
    public void Add(string key, CachedResponse response)
    {
        var size = response.SizeFor(key);
        if (!_active || response.Generation != Generation || size > MaxEntryBytes)
        {
            return;
        }
        if (_entries.TryAdd(key, response) && Interlocked.Add(ref _bytes, size) > budgetBytes)
        {
            Evict();
        }
    }

    /// <summary>The store's data changed (or may have): drop everything and start a new generation.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        foreach (var (key, entry) in _entries)
        {
            Remove(key, entry);
        }
    }

    public void Activate() => _active = true;

    /// <summary>The data version cannot be read: nothing is served or stored until it can.</summary>
    public void Deactivate()
    {
        _active = false;
        Invalidate();
    }

    private void Remove(string key, CachedResponse entry)
    {
        if (_entries.TryRemove(new KeyValuePair<string, CachedResponse>(key, entry)))
        {
            Interlocked.Add(ref _bytes, -entry.SizeFor(key));
        }
    }

    private void Evict()
    {
        if (!_evictionGate.TryEnter())
        {
            return; // another request is already evicting
        }
        try
        {
            // Down to three quarters, so that a full cache does not evict on every addition.
            var target = budgetBytes / 4 * 3;
            if (Bytes <= budgetBytes)
            {
                return;
            }
            foreach (var (key, entry) in _entries.ToArray().OrderBy(pair => pair.Value.LastUsed))
            {
                if (Bytes <= target)
                {
                    break;
                }
                Remove(key, entry);
            }
        }
        finally
        {
            _evictionGate.Exit();
        }
    }
}
