using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Types;

/// <summary>Conversions between literals and runtime values that do not depend on an input type's coercion rules.</summary>
public static partial class LiteralValues
{
    /// <summary>A literal as a plain value (numbers, strings, lists, dictionaries) — the default for custom scalars.</summary>
    public static object? ToUntypedValue(Value node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValue => null,
        IntValue i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValue f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValue s => s.Value,
        EnumValue e => e.Value,
        BooleanValue b => b.Value,
        ListValue list => list.Values.Select(item => ToUntypedValue(item, variables)).ToList(),
        ObjectValue obj => obj.Fields.ToDictionary(field => field.Name, field => ToUntypedValue(field.Value, variables), StringComparer.Ordinal),
        VariableReference variable => variables?.GetValueOrDefault(variable.Name),
        _ => throw new ArgumentException($"Unknown value node {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>
    /// The literal for an internal value of an input type (graphql-js <c>astFromValue</c>): used to print default values
    /// in SDL and introspection. Returns null when the value cannot be represented (e.g. null for a non-null type).
    /// </summary>
    public static Value? FromValue(object? value, GraphQLType type)
    {
        var nowhere = new Location(0, 0, 0, 0);
        if (type is NonNullType nonNull)
        {
            var inner = FromValue(value, nonNull.OfType);
            return inner is NullValue ? null : inner;
        }
        if (value is null)
        {
            return new NullValue(nowhere);
        }
        if (type is ListType list)
        {
            if (value is IEnumerable items and not string && value is not IDictionary)
            {
                var nodes = new List<Value>();
                foreach (var item in items)
                {
                    var node = FromValue(item, list.OfType);
                    if (node is not null)
                    {
                        nodes.Add(node);
                    }
                }
                return new ListValue(nowhere, nodes);
            }
            return FromValue(value, list.OfType);
        }
        if (type is InputObjectType inputObject)
        {
            var fields = new List<ObjectField>();
            foreach (var field in inputObject.Fields)
            {
                if (!TryGetMember(value, field.Name, out var fieldValue))
                {
                    continue;
                }
                var node = FromValue(fieldValue, field.Type);
                if (node is not null)
                {
                    fields.Add(new ObjectField(nowhere, field.Name, node));
                }
            }
            return new ObjectValue(nowhere, fields);
        }
        object? serialized = type switch
        {
            ScalarType scalar => scalar.Serialize(value),
            EnumType enumType => enumType.Serialize(value),
            _ => throw new ArgumentException($"{type} is not an input type.", nameof(type)),
        };
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValue(nowhere, b);
            case string s when type is EnumType:
                return new EnumValue(nowhere, s);
            case string s when ReferenceEquals(type, ScalarType.ID) && IntegerPattern().IsMatch(s):
                return new IntValue(nowhere, s);
            case string s:
                return new StringValue(nowhere, s, isBlock: false);
            case double or float or decimal:
                var text = ValueDisplay.FormatDouble(Convert.ToDouble(serialized, CultureInfo.InvariantCulture));
                return IntegerPattern().IsMatch(text) ? new IntValue(nowhere, text) : new FloatValue(nowhere, text);
            case IFormattable integer and (int or long or short or byte or sbyte or uint or ulong or ushort):
                return new IntValue(nowhere, integer.ToString(null, CultureInfo.InvariantCulture));
            default:
                throw new GraphQLError($"Cannot convert value to AST: {ValueDisplay.Of(serialized)}.");
        }
    }

    internal static bool TryGetMember(object value, string name, out object? member)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out member);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out member);
            case IDictionary untyped when untyped.Contains(name):
                member = untyped[name];
                return true;
            default:
                member = null;
                return false;
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
