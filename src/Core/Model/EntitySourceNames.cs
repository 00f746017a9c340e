namespace ClaimGraph.Model;

/// <summary>The lower-case names of <see cref="EntitySource"/> used by the stores and the API (<c>catalog</c>, <c>discovered</c>).</summary>
public static class EntitySourceNames
{
    public static string Name(EntitySource source) => source switch
    {
        EntitySource.Catalog => "catalog",
        EntitySource.Discovered => "discovered",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static EntitySource? Parse(string value) => value.ToLowerInvariant() switch
    {
        "catalog" => EntitySource.Catalog,
        "discovered" => EntitySource.Discovered,
        _ => null,
    };
}
