using ClaimGraph.GraphQL.Introspection;
using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Types;

/// <summary>
/// A validated schema: root operation types, every type reachable from them (plus any given explicitly, such as
/// implementations only reachable through an interface) and the directives. Construction validates the type system
/// and throws <see cref="InvalidSchemaException"/> listing every problem.
/// </summary>
public sealed class Schema
{
    private readonly List<NamedType> _types = [];
    private readonly Dictionary<string, NamedType> _typesByName = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, List<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<InterfaceType, List<InterfaceType>> _interfaceImplementations = [];
    private readonly List<string> _duplicateNames = [];

    public Schema(
        ObjectType query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = description;

        foreach (var directive in DirectiveDefinition.Specified.Concat(directives ?? []))
        {
            if (_directivesByName.TryAdd(directive.Name, directive))
            {
                _directives.Add(directive);
            }
        }

        Collect(query);
        if (mutation is not null)
        {
            Collect(mutation);
        }
        if (subscription is not null)
        {
            Collect(subscription);
        }
        foreach (var type in types ?? [])
        {
            Collect(type);
        }
        foreach (var directive in _directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.Named);
            }
        }
        Collect(IntrospectionTypes.Schema);

        foreach (var type in _types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    break;
                case ObjectType obj:
                    foreach (var implemented in obj.Interfaces)
                    {
                        PossibleTypesOf(implemented).Add(obj);
                    }
                    break;
                case InterfaceType iface:
                    foreach (var implemented in iface.Interfaces)
                    {
                        if (!_interfaceImplementations.TryGetValue(implemented, out var list))
                        {
                            _interfaceImplementations[implemented] = list = [];
                        }
                        list.Add(iface);
                    }
                    break;
            }
        }

        CompleteDefaultValues();
        var errors = SchemaValidator.Validate(this, _duplicateNames);
        if (errors.Count > 0)
        {
            throw new InvalidSchemaException(errors);
        }
    }

    public ObjectType Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    public string? Description { get; }

    /// <summary>Every named type, in the order introspection lists them and the SDL printer prints them.</summary>
    public IReadOnlyList<NamedType> Types => _types;

    public IReadOnlyList<DirectiveDefinition> Directives => _directives;

    public NamedType? GetType(string name) => _typesByName.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>The object types a value of an interface or union can have at runtime.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>The interfaces that declare they implement <paramref name="interfaceType"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType) =>
        _interfaceImplementations.TryGetValue(interfaceType, out var types) ? types : [];

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or an implementation of the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        if (abstractType is UnionType union)
        {
            return maybeSubType is ObjectType obj && union.Types.Contains(obj);
        }
        if (abstractType is InterfaceType iface)
        {
            return maybeSubType is FieldContainerType container && container.Interfaces.Contains(iface);
        }
        return false;
    }

    /// <summary>Whether values of <paramref name="maybeSubType"/> can stand where <paramref name="superType"/> is expected (covariance).</summary>
    public bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (GraphQLType.AreEqual(maybeSubType, superType))
        {
            return true;
        }
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType)
        {
            return false;
        }
        return superType is NamedType superNamed && superNamed.IsAbstractType && maybeSubType is NamedType subNamed
            && IsSubType(superNamed, subNamed);
    }

    /// <summary>The schema as SDL, as graphql-js's printSchema would print it.</summary>
    public string ToSdl() => SchemaPrinter.Print(this);

    // Default values are coerced values: an input object default gains its fields' own defaults, as a client that
    // rebuilds the schema from introspection would compute them.
    private void CompleteDefaultValues()
    {
        foreach (var type in _types)
        {
            switch (type)
            {
                case FieldContainerType container:
                    foreach (var field in container.Fields)
                    {
                        CompleteDefaults(field.Arguments);
                    }
                    break;
                case InputObjectType input:
                    CompleteDefaults(input.Fields);
                    break;
            }
        }
        foreach (var directive in _directives)
        {
            CompleteDefaults(directive.Arguments);
        }
    }

    private static void CompleteDefaults(IReadOnlyList<InputValueDefinition> values)
    {
        foreach (var value in values)
        {
            if (value.HasDefaultValue && value.Type.Named is InputObjectType)
            {
                value.DefaultValue = WithFieldDefaults(value.DefaultValue, value.Type);
            }
        }
    }

    private static object? WithFieldDefaults(object? value, GraphQLType type)
    {
        switch (type.Nullable)
        {
            case ListType list when value is System.Collections.IEnumerable items and not string and not IReadOnlyDictionary<string, object?>:
                var completed = new List<object?>();
                foreach (var item in items)
                {
                    completed.Add(WithFieldDefaults(item, list.OfType));
                }
                return completed;
            case ListType list:
                return WithFieldDefaults(value, list.OfType);
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue))
                    {
                        result[field.Name] = WithFieldDefaults(fieldValue, field.Type);
                    }
                    else if (field.HasDefaultValue)
                    {
                        result[field.Name] = WithFieldDefaults(field.DefaultValue, field.Type);
                    }
                }
                return result;
            default:
                return value;
        }
    }

    private List<ObjectType> PossibleTypesOf(InterfaceType iface)
    {
        if (!_possibleTypes.TryGetValue(iface, out var list))
        {
            _possibleTypes[iface] = list = [];
        }
        return list;
    }

    private void Collect(NamedType type)
    {
        if (_typesByName.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                _duplicateNames.Add(type.Name);
            }
            return;
        }
        _typesByName.Add(type.Name, type);
        _types.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member);
                }
                break;
            case FieldContainerType container:
                foreach (var iface in container.Interfaces)
                {
                    Collect(iface);
                }
                foreach (var field in container.Fields)
                {
                    Collect(field.Type.Named);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.Named);
                    }
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.Named);
                }
                break;
        }
    }
}

public sealed class InvalidSchemaException(IReadOnlyList<string> errors)
    : Exception("Invalid schema:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
