using System.Globalization;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// A Query API result: <c>data.fields</c>, one <see cref="Neo4jRecord"/> per entry of <c>data.values</c>, the
/// <c>counters</c> when requested and the <c>bookmarks</c> of the transaction.
/// </summary>
public sealed record Neo4jQueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<Neo4jRecord> Records,
    IReadOnlyDictionary<string, object?> Counters,
    IReadOnlyList<string> Bookmarks)
{
    public static Neo4jQueryResult Empty { get; } = new([], [], new Dictionary<string, object?>(), []);

    /// <summary>A counter such as <c>nodesCreated</c>; 0 when absent.</summary>
    public long Counter(string name) => Counters.TryGetValue(name, out var value) && value is long count ? count : 0;

    public Neo4jRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"Expected exactly one row, got {Records.Count}.");
}

/// <summary>One row: values by field name. JSON strings, numbers, booleans, lists and maps arrive as .NET values (see <see cref="Neo4jJson"/>).</summary>
public sealed class Neo4jRecord
{
    private readonly IReadOnlyDictionary<string, int> _indexByField;
    private readonly IReadOnlyList<object?> _values;

    public Neo4jRecord(IReadOnlyDictionary<string, int> indexByField, IReadOnlyList<object?> values)
    {
        _indexByField = indexByField;
        _values = values;
    }

    public object? this[string field] => _indexByField.TryGetValue(field, out var index) && index < _values.Count
        ? _values[index]
        : throw new KeyNotFoundException($"The result has no field '{field}'.");

    public IReadOnlyList<object?> Values => _values;

    public string? GetString(string field) => Neo4jValue.AsString(this[field], field);

    public long GetInt64(string field) => Neo4jValue.AsInt64(this[field], field);

    public int GetInt32(string field) => checked((int)GetInt64(field));

    public double GetDouble(string field) => Neo4jValue.AsDouble(this[field], field);

    public IReadOnlyDictionary<string, object?> GetMap(string field) => Neo4jValue.AsMap(this[field], field);

    public IReadOnlyList<object?> GetList(string field) => Neo4jValue.AsList(this[field], field);
}

/// <summary>Typed reads of result values, with errors that name the field.</summary>
public static class Neo4jValue
{
    public static string? AsString(object? value, string field) => value switch
    {
        null => null,
        string text => text,
        _ => throw Mismatch(value, "a string", field),
    };

    public static string RequireString(IReadOnlyDictionary<string, object?> map, string key) =>
        AsString(Get(map, key), key) ?? throw new InvalidOperationException($"Neo4j returned null for required field '{key}'.");

    public static string? OptionalString(IReadOnlyDictionary<string, object?> map, string key) => AsString(Get(map, key), key);

    public static long AsInt64(object? value, string field) => value switch
    {
        long number => number,
        double number when number == Math.Floor(number) => (long)number,
        _ => throw Mismatch(value, "an integer", field),
    };

    public static long? OptionalInt64(IReadOnlyDictionary<string, object?> map, string key) =>
        Get(map, key) is { } value ? AsInt64(value, key) : null;

    /// <summary>False when absent or null (a property written before it existed).</summary>
    public static bool OptionalBoolean(IReadOnlyDictionary<string, object?> map, string key) => Get(map, key) switch
    {
        null => false,
        bool flag => flag,
        var value => throw Mismatch(value, "a boolean", key),
    };

    public static int RequireInt32(IReadOnlyDictionary<string, object?> map, string key) => checked((int)AsInt64(Get(map, key), key));

    public static double AsDouble(object? value, string field) => value switch
    {
        double number => number,
        long number => number,
        _ => throw Mismatch(value, "a number", field),
    };

    public static IReadOnlyDictionary<string, object?> AsMap(object? value, string field) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw Mismatch(value, "a map", field),
    };

    public static IReadOnlyDictionary<string, object?> RequireMap(IReadOnlyDictionary<string, object?> map, string key) =>
        AsMap(Get(map, key), key);

    public static IReadOnlyList<object?> AsList(object? value, string field) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        _ => throw Mismatch(value, "a list", field),
    };

    public static IReadOnlyList<object?> ListOf(IReadOnlyDictionary<string, object?> map, string key) => AsList(Get(map, key), key);

    public static IReadOnlyList<string> StringsOf(IReadOnlyDictionary<string, object?> map, string key) =>
        ListOf(map, key).Select(item => AsString(item, key) ?? "").ToArray();

    private static object? Get(IReadOnlyDictionary<string, object?> map, string key) => map.TryGetValue(key, out var value) ? value : null;

    private static InvalidOperationException Mismatch(object? value, string expected, string field) =>
        new($"Neo4j returned {Describe(value)} for '{field}', expected {expected}.");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"the string \"{text}\"",
        IFormattable number => $"the value {number.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"a {value.GetType().Name}",
    };
}
