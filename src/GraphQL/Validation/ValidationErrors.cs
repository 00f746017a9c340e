using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation;

/// <summary>Builds validation errors located at nodes or at the names inside them.</summary>
internal static class ValidationErrors
{
    public static GraphQLError At(string message, Node node) => new(message, [node.Location.ToSourceLocation()]);

    public static GraphQLError At(string message, Location first, Location second) =>
        new(message, [first.ToSourceLocation(), second.ToSourceLocation()]);

    public static GraphQLError At(string message, IReadOnlyList<Node> nodes)
    {
        var locations = new SourceLocation[nodes.Count];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = nodes[i].Location.ToSourceLocation();
        }
        return new GraphQLError(message, locations);
    }

    public static GraphQLError At(string message, IReadOnlyList<Location> locations)
    {
        var sourceLocations = new SourceLocation[locations.Count];
        for (var i = 0; i < sourceLocations.Length; i++)
        {
            sourceLocations[i] = locations[i].ToSourceLocation();
        }
        return new GraphQLError(message, sourceLocations);
    }

    /// <summary>Where a node's name is written, falling back to the node itself for hand-built trees without name locations.</summary>
    public static Location NameLocation(OperationDefinition operation) => Or(operation.NameLocation, operation.Location);

    public static Location NameLocation(FragmentDefinition fragment) => Or(fragment.NameLocation, fragment.Location);

    public static Location NameLocation(FragmentSpread spread) => Or(spread.NameLocation, spread.Location);

    public static Location NameLocation(VariableReference variable) => Or(variable.NameLocation, variable.Location);

    private static Location Or(Location name, Location node) => name.Line == 0 ? node : name;
}
