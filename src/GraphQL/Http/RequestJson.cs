using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimGraph.GraphQL.Http;

/// <summary>
/// Reads the JSON of a GraphQL request (a POST body, or the <c>variables</c> and <c>extensions</c> of a GET) into the
/// plain CLR values input coercion expects: objects as dictionaries, arrays as lists, numbers as int, long or double.
/// One pass and no recursion, so no nesting can exhaust the stack; and what a client can get wrong is said precisely:
/// bytes that are not UTF-8, strings with an unpaired UTF-16 surrogate escape, numbers no double can hold, nesting
/// beyond the limit, malformed JSON.
/// </summary>
public static class RequestJson
{
    /// <summary>Reads <paramref name="utf8"/> as one JSON value nested at most <paramref name="maxDepth"/> levels.</summary>
    /// <returns>False with <paramref name="problem"/> saying what is wrong and where.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8, int maxDepth, out object? value, out string? problem)
    {
        value = null;
        maxDepth = Math.Clamp(maxDepth, 1, Language.ParserOptions.MaxDepthCeiling);
        if (FirstInvalidUtf8Offset(utf8) is { } offset)
        {
            problem = $"The JSON is not valid UTF-8: the byte 0x{utf8[offset]:X2} at offset {offset} does not begin a valid UTF-8 sequence.";
            return false;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var open = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        open[^1].PendingName = null;
                        if (!TryGetString(ref reader, open, out var name, out problem))
                        {
                            return false;
                        }
                        open[^1].PendingName = name;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (open.Count >= maxDepth)
                        {
                            problem = $"The JSON nests deeper than {maxDepth} levels at {PathOf(open)} (the nesting limit).";
                            return false;
                        }
                        object container = reader.TokenType == JsonTokenType.StartObject
                            ? new Dictionary<string, object?>(StringComparer.Ordinal)
                            : new List<object?>();
                        Add(open, ref value, container);
                        open.Add(new Frame(container));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.RemoveAt(open.Count - 1);
                        break;
                    case JsonTokenType.String:
                        if (!TryGetString(ref reader, open, out var text, out problem))
                        {
                            return false;
                        }
                        Add(open, ref value, text);
                        break;
                    case JsonTokenType.Number:
                        if (reader.TryGetInt32(out var int32))
                        {
                            Add(open, ref value, int32);
                        }
                        else if (reader.TryGetInt64(out var int64))
                        {
                            Add(open, ref value, int64);
                        }
                        else if (reader.TryGetDouble(out var number) && double.IsFinite(number))
                        {
                            Add(open, ref value, number);
                        }
                        else
                        {
                            problem = $"The JSON number {Encoding.UTF8.GetString(reader.ValueSpan)} at {PathOf(open)} is too large to be represented.";
                            return false;
                        }
                        break;
                    case JsonTokenType.True or JsonTokenType.False:
                        Add(open, ref value, reader.GetBoolean());
                        break;
                    case JsonTokenType.Null:
                        Add(open, ref value, null);
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            problem = $"The JSON is not valid: {exception.Message}";
            return false;
        }
        problem = null;
        return true;
    }

    /// <summary>The offset of the first byte that does not begin a valid UTF-8 sequence, or null when all are valid.</summary>
    public static int? FirstInvalidUtf8Offset(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return null;
        }
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return null;
    }

    private static bool TryGetString(ref Utf8JsonReader reader, List<Frame> open, out string text, out string? problem)
    {
        try
        {
            text = reader.GetString()!;
            problem = null;
            return true;
        }
        catch (InvalidOperationException)
        {
            // The bytes are valid UTF-8 (checked first), so what cannot be decoded is an escape such as "\ud800"
            // that names half of a surrogate pair.
            var what = reader.TokenType == JsonTokenType.PropertyName ? "a property name in the object" : "the string";
            text = "";
            problem = $"In the JSON, {what} at {PathOf(open)} contains an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF without its pair); strings must be valid Unicode.";
            return false;
        }
    }

    private static void Add(List<Frame> open, ref object? root, object? item)
    {
        if (open.Count == 0)
        {
            root = item;
            return;
        }
        var frame = open[^1];
        if (frame.Container is Dictionary<string, object?> map)
        {
            map[frame.PendingName!] = item;
        }
        else
        {
            ((List<object?>)frame.Container).Add(item);
        }
    }

    private static string PathOf(List<Frame> open)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < open.Count; i++)
        {
            var frame = open[i];
            if (frame.Container is List<object?> list)
            {
                // An enclosing list already holds the open item; the innermost is about to receive the next one.
                var index = i == open.Count - 1 ? list.Count : list.Count - 1;
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (frame.PendingName is { } name)
            {
                path.Append('.').Append(name.Length > 40 ? name[..40] + "…" : name);
            }
            if (path.Length > 200)
            {
                return path.ToString(0, 200) + "…";
            }
        }
        return path.ToString();
    }

    private sealed class Frame(object container)
    {
        public object Container { get; } = container;

        public string? PendingName { get; set; }
    }
}
