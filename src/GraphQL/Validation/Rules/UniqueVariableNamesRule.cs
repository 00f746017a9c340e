using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness: an operation defines each variable once.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.OperationDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        var definitions = ((OperationDefinition)node).VariableDefinitions;
        if (definitions.Count < 2)
        {
            return true;
        }
        var groups = new Dictionary<string, List<Location>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var definition in definitions)
        {
            if (!groups.TryGetValue(definition.Name, out var locations))
            {
                groups[definition.Name] = locations = [];
                order.Add(definition.Name);
            }
            locations.Add(ValidationErrors.NameLocation(definition.Variable));
        }
        foreach (var name in order)
        {
            if (groups[name] is { Count: > 1 } locations)
            {
                context.ReportError(ValidationErrors.At($"There can be only one variable named \"${name}\".", locations));
            }
        }
        return true;
    }
}
