using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>All Variable Uses Defined: every variable an operation uses, also inside the fragments it spreads, is defined by it.</summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.None;

    public override ValidationNodeKinds Leaves => ValidationNodeKinds.OperationDefinition;

    public override void Leave(ValidationContext context, Node node)
    {
        var operation = (OperationDefinition)node;
        var usages = context.GetRecursiveVariableUsages(operation);
        for (var i = 0; i < usages.Count; i++)
        {
            var usage = usages[i];
            var name = usage.Node.Name;
            if (!IsDefined(operation, name))
            {
                context.ReportError(ValidationErrors.At(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName}\"."
                        : $"Variable \"${name}\" is not defined.",
                    [usage.Node, operation]));
            }
        }
    }

    private static bool IsDefined(OperationDefinition operation, string name)
    {
        for (var definitionIndex = 0; definitionIndex < operation.VariableDefinitions.Count; definitionIndex++)
        {
            var definition = operation.VariableDefinitions[definitionIndex];
            if (string.Equals(definition.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
