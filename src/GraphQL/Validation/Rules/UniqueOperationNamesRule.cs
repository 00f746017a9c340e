using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness: no two operations share a name.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.OperationDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        var operation = (OperationDefinition)node;
        if (operation.Name is not { } name)
        {
            return false;
        }
        var known = context.GetRuleState<Dictionary<string, OperationDefinition>>(this);
        if (known.TryGetValue(name, out var first))
        {
            context.ReportError(ValidationErrors.At(
                $"There can be only one operation named \"{name}\".",
                ValidationErrors.NameLocation(first),
                ValidationErrors.NameLocation(operation)));
        }
        else
        {
            known.Add(name, operation);
        }
        return false;
    }
}
