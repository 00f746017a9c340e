using ClaimGraph.GraphQL.Execution;

namespace ClaimGraph.GraphQL.Types;

/// <summary>An object or interface type: a named set of fields, possibly implementing interfaces.</summary>
public abstract class FieldContainerType(string name, string? description) : NamedType(name, description)
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    public IReadOnlyList<FieldDefinition> Fields => _fields;

    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    public FieldDefinition AddField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fieldsByName.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"{Name}.{field.Name} is defined twice.", nameof(field));
        }
        _fields.Add(field);
        return field;
    }

    /// <summary>Adds a field whose value comes from an asynchronous resolver (or the default resolver when null).</summary>
    public FieldDefinition Field(string name, GraphQLType type, Func<ResolveContext, ValueTask<object?>>? resolve = null, string? description = null) =>
        AddField(new FieldDefinition(name, type) { Resolver = resolve, Description = description });

    /// <summary>Adds a field whose value is computed synchronously.</summary>
    public FieldDefinition Field(string name, GraphQLType type, Func<ResolveContext, object?> resolve, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return AddField(new FieldDefinition(name, type) { Resolver = context => new ValueTask<object?>(resolve(context)), Description = description });
    }

    public void Implements(params IEnumerable<InterfaceType> interfaces) => _interfaces.AddRange(interfaces);
}

public sealed class ObjectType(string name, string? description = null) : FieldContainerType(name, description)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Decides whether a runtime value belongs to this type when an abstract type has no <c>ResolveType</c>.</summary>
    public Func<object, bool>? IsTypeOf { get; set; }
}

public sealed class InterfaceType(string name, string? description = null) : FieldContainerType(name, description)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Picks the object type of a runtime value; when null each possible type's <c>IsTypeOf</c> is asked.</summary>
    public Func<object, ObjectType?>? ResolveType { get; set; }
}

public sealed class UnionType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<ObjectType> _types = [];

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => _types;

    public Func<object, ObjectType?>? ResolveType { get; set; }

    public UnionType AddTypes(params IEnumerable<ObjectType> types)
    {
        _types.AddRange(types);
        return this;
    }
}

/// <summary>One value of an enum type: its GraphQL name and the internal value resolvers see and return.</summary>
public sealed class EnumValueDefinition(string name, object? value)
{
    public string Name { get; } = name;

    public object? Value { get; } = value;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;
}

public sealed class InputObjectType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<InputValueDefinition> _fields = [];
    private readonly Dictionary<string, InputValueDefinition> _fieldsByName = new(StringComparer.Ordinal);

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>A @oneOf input object: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }

    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    public InputValueDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    public InputObjectType Field(string name, GraphQLType type, string? description = null, string? deprecationReason = null) =>
        AddField(new InputValueDefinition(name, type) { Description = description, DeprecationReason = deprecationReason });

    /// <summary>A field with a non-string default; string defaults go through <see cref="FieldWithDefault"/> (see <see cref="FieldDefinition.Argument(string, GraphQLType, object?, string?, string?)"/>).</summary>
    public InputObjectType Field(string name, GraphQLType type, object? defaultValue, string? description = null, string? deprecationReason = null) =>
        defaultValue is string
            ? throw new ArgumentException($"Use {nameof(FieldWithDefault)} for the string default of input field \"{name}\".", nameof(defaultValue))
            : FieldWithDefault(name, type, defaultValue, description, deprecationReason);

    public InputObjectType FieldWithDefault(string name, GraphQLType type, object? defaultValue, string? description = null, string? deprecationReason = null) =>
        AddField(new InputValueDefinition(name, type) { Description = description, DeprecationReason = deprecationReason, DefaultValue = defaultValue });

    public InputObjectType AddField(InputValueDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!_fieldsByName.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"{Name}.{field.Name} is defined twice.", nameof(field));
        }
        _fields.Add(field);
        return this;
    }
}
