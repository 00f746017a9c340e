namespace ClaimGraph.Api;

public enum StoreState
{
    /// <summary>The store is being opened and its schema created or migrated.</summary>
    Starting,

    /// <summary>The store was empty and the seed notes are being ingested.</summary>
    Seeding,

    /// <summary>The store is open (and seeded when seeding is enabled); the API serves requests.</summary>
    Ready,

    /// <summary>The store could not be opened or seeded; the startup task keeps retrying.</summary>
    Unavailable,
}

/// <summary>What the startup task last learned about the store: the API answers 503 until it is <see cref="StoreState.Ready"/>.</summary>
public sealed record StoreReadinessSnapshot(StoreState State, string Reason)
{
    public bool IsReady => State == StoreState.Ready;
}

/// <summary>Shared by the startup task (which writes it) and the readiness gate and health check (which read it).</summary>
public sealed class StoreReadiness
{
    private volatile StoreReadinessSnapshot _current = new(StoreState.Starting, "The store is being opened.");

    public StoreReadinessSnapshot Current => _current;

    public void Set(StoreState state, string reason) => _current = new StoreReadinessSnapshot(state, reason);
}
