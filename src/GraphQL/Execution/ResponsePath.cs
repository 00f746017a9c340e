namespace ClaimGraph.GraphQL.Execution;

/// <summary>An immutable path into the response: field keys and list indices, linked back to the root.</summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

    /// <summary>Number of segments, this one included.</summary>
    public int Depth { get; }

    public static ResponsePath Root(string key) => new(null, key, 1);

    public ResponsePath Append(string key) => new(this, key, Depth + 1);

    public ResponsePath Append(int index) => new(this, index, Depth + 1);

    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        var current = this;
        for (var i = Depth - 1; i >= 0; i--)
        {
            segments[i] = current!.Key;
            current = current.Parent;
        }
        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
