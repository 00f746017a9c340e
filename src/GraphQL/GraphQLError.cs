using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL;

/// <summary>A position in the request document, 1-based as the specification's error format requires.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// The one error type of the engine: syntax, validation, limit, coercion and field errors all serialize
/// as the specification's error entry (message, locations, path, extensions). Resolvers may throw it to
/// control the message and extensions a client sees.
/// </summary>
public class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Where in the document the error applies; null when it concerns the request as a whole.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path (field names and list indices) of the field that raised a field error.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>An error located at the given syntax nodes, in the order given.</summary>
    public static GraphQLError AtNodes(string message, params IEnumerable<Node?> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node is null)
            {
                continue;
            }
            (locations ??= []).Add(node.Location.ToSourceLocation());
        }
        return new GraphQLError(message, locations);
    }

    internal GraphQLError WithPath(IReadOnlyList<object> path, IReadOnlyList<SourceLocation>? locations) =>
        new(Message, Locations ?? locations, path, Extensions, InnerException);
}
