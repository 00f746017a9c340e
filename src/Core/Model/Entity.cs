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
}

/// <summary>A catalog entity. <see cref="Id"/> is the lower-case kebab slug of <see cref="Name"/> (<c>prime-intellect</c>).</summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string Description);
