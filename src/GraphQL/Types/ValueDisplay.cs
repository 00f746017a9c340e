using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimGraph.GraphQL.Types;

/// <summary>Formats runtime values for error messages the way graphql-js's <c>inspect</c> does.</summary>
public static class ValueDisplay
{
    public static string Of(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(JsonSerializer.Serialize(text));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case double number:
                builder.Append(FormatDouble(number));
                break;
            case float number:
                builder.Append(FormatDouble(number));
                break;
            case IFormattable formattable and (int or long or short or byte or sbyte or uint or ulong or ushort or decimal):
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IDictionary dictionary:
                if (depth > 2)
                {
                    builder.Append("[Object]");
                    break;
                }
                if (dictionary.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }
                builder.Append("{ ");
                var first = true;
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }
                    first = false;
                    builder.Append(entry.Key).Append(": ");
                    Write(builder, entry.Value, depth + 1);
                }
                builder.Append(" }");
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                Write(builder, pairs.ToDictionary(p => p.Key, p => p.Value), depth);
                break;
            case IEnumerable list:
                if (depth > 2)
                {
                    builder.Append("[Array]");
                    break;
                }
                builder.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        builder.Append(", ");
                    }
                    firstItem = false;
                    Write(builder, item, depth + 1);
                }
                builder.Append(']');
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Formats a double like JavaScript's Number#toString for the common cases (NaN, Infinity, integral values).</summary>
    public static string FormatDouble(double number) => number switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => number.ToString("R", CultureInfo.InvariantCulture),
    };
}
