namespace ClaimGraph.GraphQL.Execution;

/// <summary>A loader whose pending keys the executor dispatches in one batch when resolvers stop making progress.</summary>
internal interface IBatchDispatchable
{
    bool HasPendingKeys { get; }

    Task DispatchAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The DataLoader pattern, per request: <see cref="LoadAsync"/> only records the key; the executor calls the batch
/// function once for all keys that sibling (and cousin) resolvers asked for before any of them could proceed.
/// Results are cached per key for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue> : IBatchDispatchable
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly BatchDispatcher _dispatcher;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private readonly Lock _gate = new();
    private Dictionary<TKey, TaskCompletionSource<TValue?>>? _pending;

    internal BatchLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch, BatchDispatcher dispatcher)
    {
        _fetch = fetch;
        _dispatcher = dispatcher;
    }

    /// <summary>How many times the batch function has been called in this request.</summary>
    public int BatchCount { get; private set; }

    public bool HasPendingKeys
    {
        get
        {
            lock (_gate)
            {
                return _pending is { Count: > 0 };
            }
        }
    }

    /// <summary>The value for <paramref name="key"/>, or default when the batch function returned none for it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        Task<TValue?> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
            var completion = new TaskCompletionSource<TValue?>();
            (_pending ??= []).Add(key, completion);
            task = completion.Task;
            _cache.Add(key, task);
        }
        _dispatcher.NotifyPending();
        return task;
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>>? batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = null;
        }
        if (batch is null || batch.Count == 0)
        {
            return;
        }
        BatchCount++;
        try
        {
            var results = await _fetch([.. batch.Keys], cancellationToken);
            // Completing the tasks runs the waiting resolvers' continuations right here, so the loads they make
            // next are queued before the executor looks for the next batch.
            foreach (var (key, completion) in batch)
            {
                completion.TrySetResult(results.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception exception)
        {
            foreach (var completion in batch.Values)
            {
                completion.TrySetException(exception);
            }
        }
    }
}

/// <summary>The per-request set of batch loaders and the signal that wakes the executor when keys are waiting.</summary>
public sealed class BatchDispatcher
{
    private readonly Dictionary<string, IBatchDispatchable> _loaders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private TaskCompletionSource? _pendingSignal;
    private long _keysQueued;

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as BatchLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"Batch loader \"{name}\" was registered with other key or value types.");
            }
            var loader = new BatchLoader<TKey, TValue>(fetch, this);
            _loaders.Add(name, loader);
            return loader;
        }
    }

    internal bool HasPendingKeys
    {
        get
        {
            IBatchDispatchable[] loaders;
            lock (_gate)
            {
                if (_loaders.Count == 0)
                {
                    return false;
                }
                loaders = [.. _loaders.Values];
            }
            foreach (var loader in loaders)
            {
                if (loader.HasPendingKeys)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>A task that completes when some loader next receives a key (immediately if keys are already waiting).</summary>
    internal Task WhenKeysPendingAsync()
    {
        lock (_gate)
        {
            _pendingSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var signal = _pendingSignal.Task;
            if (HasPendingKeysUnlocked())
            {
                _pendingSignal.TrySetResult();
                _pendingSignal = null;
            }
            return signal;
        }
    }

    /// <summary>How many keys have been queued so far; a change means some resolver is still queuing.</summary>
    internal long KeysQueued => Interlocked.Read(ref _keysQueued);

    internal void NotifyPending()
    {
        Interlocked.Increment(ref _keysQueued);
        TaskCompletionSource? signal;
        lock (_gate)
        {
            signal = _pendingSignal;
            _pendingSignal = null;
        }
        signal?.TrySetResult();
    }

    internal async Task DispatchAllAsync(CancellationToken cancellationToken)
    {
        IBatchDispatchable[] loaders;
        lock (_gate)
        {
            loaders = [.. _loaders.Values];
        }
        foreach (var loader in loaders)
        {
            if (loader.HasPendingKeys)
            {
                await loader.DispatchAsync(cancellationToken);
            }
        }
    }

    private bool HasPendingKeysUnlocked()
    {
        foreach (var loader in _loaders.Values)
        {
            if (loader.HasPendingKeys)
            {
                return true;
            }
        }
        return false;
    }
}
