using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>All Variables Used: every variable an operation defines is used in it or in a fragment it reaches.</summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.None;

    public override ValidationNodeKinds Leaves => ValidationNodeKinds.OperationDefinition;

    public override void Leave(ValidationContext context, Node node)
    {
        var operation = (OperationDefinition)node;
        if (operation.VariableDefinitions.Count == 0)
        {
            return;
        }
        var usages = context.GetRecursiveVariableUsages(operation);
        for (var definitionIndex = 0; definitionIndex < operation.VariableDefinitions.Count; definitionIndex++)
        {
            var definition = operation.VariableDefinitions[definitionIndex];
            if (!IsUsed(usages, definition.Name))
            {
                context.ReportError(ValidationErrors.At(
                    operation.Name is { } operationName
                        ? $"Variable \"${definition.Name}\" is never used in operation \"{operationName}\"."
                        : $"Variable \"${definition.Name}\" is never used.",
                    definition));
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var usageIndex = 0; usageIndex < usages.Count; usageIndex++)
        {
            var usage = usages[usageIndex];
            if (string.Equals(usage.Node.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
