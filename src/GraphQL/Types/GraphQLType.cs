namespace ClaimGraph.GraphQL.Types;

public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}

/// <summary>Any type of the type system: a named type or a list/non-null wrapper around one.</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The named type under all list and non-null wrappers.</summary>
    public abstract NamedType Named { get; }

    /// <summary>The type without an outer non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public bool IsInputType => Named.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    public bool IsOutputType => Named.Kind is not TypeKind.InputObject;

    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>The type as GraphQL writes it, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();

    public NonNullType NonNull() => this is NonNullType
        ? throw new InvalidOperationException($"{this} is already non-null.")
        : new NonNullType(this);

    public ListType List() => new(this);

    /// <summary>Whether two type references denote the same type (same names, same wrappers).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => a switch
    {
        NonNullType nn => b is NonNullType bn && AreEqual(nn.OfType, bn.OfType),
        ListType list => b is ListType bl && AreEqual(list.OfType, bl.OfType),
        NamedType named => b is NamedType bn2 && string.Equals(named.Name, bn2.Name, StringComparison.Ordinal),
        _ => false,
    };
}

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType(string name, string? description) : GraphQLType
{
    public string Name { get; } = name;

    public string? Description { get; set; } = description;

    public override NamedType Named => this;

    public override string ToString() => Name;
}

public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType Named => OfType.Named;

    public override string ToString() => "[" + OfType + "]";
}

public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Cannot wrap the non-null type {ofType} in another non-null.", nameof(ofType));
        }
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType Named => OfType.Named;

    public override string ToString() => OfType + "!";
}
