namespace ClaimGraph.Model;

public enum EntityType
{
    Organization,
    Person,
    Model,
    Product,
    Concept,
    Token,
    Publication,
    Place,
    Other,
}

/// <summary>Where an entity comes from: the curated catalog (the authority) or discovered in the notes' text.</summary>
public enum EntitySource
{
    Catalog,
    Discovered,
}

/// <summary>
/// An entity of the catalog or discovered in notes. <see cref="Id"/> is the lower-case kebab slug of <see cref="Name"/>
/// (<c>prime-intellect</c>).
/// </summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string Description,
    EntitySource Source = EntitySource.Catalog);
