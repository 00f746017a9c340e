namespace ClaimGraph.Api;

/// <summary>Bound from <c>Seeding</c>: whether and from where an empty store is filled at start.</summary>
public sealed class SeedingOptions
{
    public const string SectionName = "Seeding";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The catalog folder (entities.yaml, relations.yaml, notes/). Relative paths resolve against the content root.
    /// When unset: the repository's <c>seeds/</c> (found by walking up to ClaimGraph.sln), else <c>seeds/</c> beside the app.
    /// </summary>
    public string? Path { get; set; }
}
