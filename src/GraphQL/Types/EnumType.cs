using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Types;

/// <summary>An enum type: a fixed set of names, each mapped to an internal value (the name itself unless given).</summary>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _valuesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _valuesByValue = [];

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _valuesByName.GetValueOrDefault(name);

    public EnumType Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        var definition = new EnumValueDefinition(name, value ?? name) { Description = description, DeprecationReason = deprecationReason };
        if (!_valuesByName.TryAdd(name, definition))
        {
            throw new ArgumentException($"{Name}.{name} is defined twice.", nameof(name));
        }
        _values.Add(definition);
        _valuesByValue.TryAdd(definition.Value!, definition);
        return this;
    }

    /// <summary>An enum whose values are the members of a CLR enum, named in upper snake case (e.g. <c>NewHope</c> → <c>NEW_HOPE</c>).</summary>
    public static EnumType FromClrEnum<TEnum>(string name, string? description = null)
        where TEnum : struct, Enum
    {
        var type = new EnumType(name, description);
        foreach (var member in Enum.GetValues<TEnum>())
        {
            type.Value(ToUpperSnakeCase(member.ToString()), member);
        }
        return type;
    }

    /// <summary>The name of an internal value, for results.</summary>
    public string Serialize(object value) =>
        _valuesByValue.TryGetValue(value, out var definition)
            ? definition.Name
            : value is string text && _valuesByName.ContainsKey(text)
                ? text
                : throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {ValueDisplay.Of(value)}");

    public object? ParseValue(object value)
    {
        if (value is not string text)
        {
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {ValueDisplay.Of(value)}.");
        }
        return _valuesByName.TryGetValue(text, out var definition)
            ? definition.Value
            : throw new GraphQLError($"Value {ValueDisplay.Of(text)} does not exist in \"{Name}\" enum.");
    }

    public object? ParseLiteral(Value node)
    {
        if (node is not EnumValue literal)
        {
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {DocumentPrinter.Print(node)}.");
        }
        return _valuesByName.TryGetValue(literal.Value, out var definition)
            ? definition.Value
            : throw new GraphQLError($"Value \"{literal.Value}\" does not exist in \"{Name}\" enum.");
    }

    private static string ToUpperSnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }
}
