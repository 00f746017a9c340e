using System.Globalization;
using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Types;

/// <summary>
/// A leaf type with three coercions: result values to wire values (<see cref="Serialize"/>), variable values to
/// internal values (<see cref="ParseValue"/>) and literals to internal values (<see cref="ParseLiteral"/>).
/// Each throws <see cref="GraphQLError"/> when a value cannot be represented.
/// </summary>
public sealed class ScalarType(string name, string? description = null) : NamedType(name, description)
{
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>URL of the specification the scalar follows, shown by @specifiedBy and introspection.</summary>
    public string? SpecifiedByUrl { get; set; }

    public Func<object, object?> Serialize { get; init; } = static value => value;

    public Func<object, object?> ParseValue { get; init; } = static value => value;

    /// <summary>Coerces a literal (variables inside lists and objects are looked up in the given map).</summary>
    public Func<Value, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral { get; init; } = LiteralValues.ToUntypedValue;

    public static ScalarType Int { get; } = new("Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        Serialize = SerializeInt,
        ParseValue = ParseIntValue,
        ParseLiteral = static (node, _) => node is IntValue literal
            ? int.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
                ? result
                : throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {literal.Value}")
            : throw new GraphQLError($"Int cannot represent non-integer value: {DocumentPrinter.Print(node)}"),
    };

    public static ScalarType Float { get; } = new("Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        Serialize = SerializeFloat,
        ParseValue = ParseFloatValue,
        ParseLiteral = static (node, _) => node switch
        {
            IntValue i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            FloatValue f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"Float cannot represent non numeric value: {DocumentPrinter.Print(node)}"),
        },
    };

    public static ScalarType String { get; } = new("String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        Serialize = SerializeString,
        ParseValue = static value => value as string ?? throw new GraphQLError($"String cannot represent a non string value: {ValueDisplay.Of(value)}"),
        ParseLiteral = static (node, _) => node is StringValue s
            ? s.Value
            : throw new GraphQLError($"String cannot represent a non string value: {DocumentPrinter.Print(node)}"),
    };

    public static ScalarType Boolean { get; } = new("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        Serialize = SerializeBoolean,
        ParseValue = static value => value is bool b ? b : throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValueDisplay.Of(value)}"),
        ParseLiteral = static (node, _) => node is BooleanValue b
            ? b.Value
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {DocumentPrinter.Print(node)}"),
    };

    public static ScalarType ID { get; } = new("ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        Serialize = SerializeId,
        ParseValue = static value => value switch
        {
            string s => s,
            _ when TryGetInteger(value, out var integer) => integer.ToString(CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"ID cannot represent value: {ValueDisplay.Of(value)}"),
        },
        ParseLiteral = static (node, _) => node switch
        {
            StringValue s => s.Value,
            IntValue i => i.Value,
            _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {DocumentPrinter.Print(node)}"),
        },
    };

    /// <summary>The five scalars every schema knows, in the order the specification lists them.</summary>
    public static IReadOnlyList<ScalarType> BuiltIn { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(NamedType type) =>
        type is ScalarType scalar && (ReferenceEquals(scalar, String) || ReferenceEquals(scalar, Int) || ReferenceEquals(scalar, Float)
            || ReferenceEquals(scalar, Boolean) || ReferenceEquals(scalar, ID));

    private static object SerializeInt(object value)
    {
        switch (value)
        {
            case int i:
                return i;
            case bool b:
                return b ? 1 : 0;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return SerializeInt(parsed);
        }
        if (TryGetInteger(value, out var integer))
        {
            return integer is >= int.MinValue and <= int.MaxValue
                ? (int)integer
                : throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueDisplay.Of(value)}");
        }
        if (value is double or float or decimal)
        {
            var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (Math.Floor(number) == number && double.IsFinite(number))
            {
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueDisplay.Of(value)}");
            }
        }
        throw new GraphQLError($"Int cannot represent non-integer value: {ValueDisplay.Of(value)}");
    }

    private static object ParseIntValue(object value)
    {
        if (value is int i)
        {
            return i;
        }
        if (TryGetInteger(value, out var integer))
        {
            return integer is >= int.MinValue and <= int.MaxValue
                ? (int)integer
                : throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueDisplay.Of(value)}");
        }
        if (value is double or float or decimal)
        {
            var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (double.IsFinite(number) && Math.Floor(number) == number)
            {
                throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {ValueDisplay.Of(value)}");
            }
        }
        throw new GraphQLError($"Int cannot represent non-integer value: {ValueDisplay.Of(value)}");
    }

    private static object SerializeFloat(object value)
    {
        double number;
        switch (value)
        {
            case bool b:
                return b ? 1d : 0d;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                number = parsed;
                break;
            case double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                break;
            default:
                throw new GraphQLError($"Float cannot represent non numeric value: {ValueDisplay.Of(value)}");
        }
        return double.IsFinite(number) ? number : throw new GraphQLError($"Float cannot represent non numeric value: {ValueDisplay.Of(value)}");
    }

    private static object ParseFloatValue(object value)
    {
        if (value is double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort)
        {
            var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if (double.IsFinite(number))
            {
                return number;
            }
        }
        throw new GraphQLError($"Float cannot represent non numeric value: {ValueDisplay.Of(value)}");
    }

    private static object SerializeString(object value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        double d when double.IsFinite(d) => ValueDisplay.FormatDouble(d),
        float f when float.IsFinite(f) => ValueDisplay.FormatDouble(f),
        int or long or short or byte or sbyte or uint or ulong or ushort or decimal => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        Enum e => e.ToString(),
        Uri uri => uri.ToString(),
        _ => throw new GraphQLError($"String cannot represent value: {ValueDisplay.Of(value)}"),
    };

    private static object SerializeBoolean(object value) => value switch
    {
        bool b => b,
        double d when double.IsFinite(d) => d != 0,
        float f when float.IsFinite(f) => f != 0,
        int or long or short or byte or sbyte or uint or ulong or ushort or decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture) != 0,
        _ => throw new GraphQLError($"Boolean cannot represent a non boolean value: {ValueDisplay.Of(value)}"),
    };

    private static object SerializeId(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when TryGetInteger(value, out var integer) => integer.ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"ID cannot represent value: {ValueDisplay.Of(value)}"),
    };

    /// <summary>Integral CLR numbers, and doubles holding an integral value (JSON does not distinguish 1 from 1.0).</summary>
    internal static bool TryGetInteger(object? value, out long integer)
    {
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case sbyte sb: integer = sb; return true;
            case ushort us: integer = us; return true;
            case uint ui: integer = ui; return true;
            case ulong ul when ul <= long.MaxValue: integer = (long)ul; return true;
            case double d when double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) < 9.2e18: integer = (long)d; return true;
            case decimal m when decimal.Truncate(m) == m && m is >= long.MinValue and <= long.MaxValue: integer = (long)m; return true;
            default: integer = 0; return false;
        }
    }
}
