using ClaimGraph.GraphQL.Execution;

namespace ClaimGraph.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    private object? _defaultValue;

    public string Name { get; } = name;

    public GraphQLType Type { get; } = type;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public bool HasDefaultValue { get; private set; }

    /// <summary>The default as an internal (already coerced) value; only meaningful when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        set
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    /// <summary>A required input: non-null and without a default.</summary>
    public bool IsRequired => Type is NonNullType && !HasDefaultValue;
}

/// <summary>A field of an object or interface type, with its resolver.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    private readonly List<InputValueDefinition> _arguments = [];

    public string Name { get; } = name;

    public GraphQLType Type { get; } = type;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>Produces the field's value; when null the default resolver reads the parent's property or dictionary entry.</summary>
    public Func<ResolveContext, ValueTask<object?>>? Resolver { get; set; }

    /// <summary>Relative cost of resolving this field once, used by the cost limit; 1 unless a field is known to be costly.</summary>
    public int Cost { get; set; } = 1;

    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in _arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument;
            }
        }
        return null;
    }

    public FieldDefinition Argument(string name, GraphQLType type, string? description = null, string? deprecationReason = null)
    {
        _arguments.Add(new InputValueDefinition(name, type) { Description = description, DeprecationReason = deprecationReason });
        return this;
    }

    /// <summary>
    /// An argument with a non-string default. A string default would bind to the description overload instead,
    /// so string defaults go through <see cref="ArgumentWithDefault"/>.
    /// </summary>
    public FieldDefinition Argument(string name, GraphQLType type, object? defaultValue, string? description = null, string? deprecationReason = null) =>
        defaultValue is string
            ? throw new ArgumentException($"Use {nameof(ArgumentWithDefault)} for the string default of argument \"{name}\".", nameof(defaultValue))
            : ArgumentWithDefault(name, type, defaultValue, description, deprecationReason);

    public FieldDefinition ArgumentWithDefault(string name, GraphQLType type, object? defaultValue, string? description = null, string? deprecationReason = null)
    {
        _arguments.Add(new InputValueDefinition(name, type)
        {
            Description = description,
            DeprecationReason = deprecationReason,
            DefaultValue = defaultValue,
        });
        return this;
    }

    public FieldDefinition Deprecated(string reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    public FieldDefinition Describe(string description)
    {
        Description = description;
        return this;
    }

    public FieldDefinition WithCost(int cost)
    {
        Cost = cost;
        return this;
    }

    /// <summary>
    /// Extra cost when an argument is given and not null, on top of <see cref="Cost"/>: a list that is cheap to page but
    /// expensive to filter by full text, say. The path names the argument and, through input objects, one of its fields
    /// (<c>filter.text</c>).
    /// </summary>
    public IReadOnlyDictionary<string, int> ArgumentCosts => _argumentCosts;

    private readonly Dictionary<string, int> _argumentCosts = new(StringComparer.Ordinal);

    public FieldDefinition WithArgumentCost(string argumentPath, int cost)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(argumentPath);
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        _argumentCosts[argumentPath] = cost;
        return this;
    }
}
