using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness: no two operations share a name.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.OperationDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        var operation = (OperationDefinition)node;
        if (operation.Name is not { } name || !HasSeveral(context.Document))
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

    private static bool HasSeveral(Document document)
    {
        var count = 0;
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (document.Definitions[i] is OperationDefinition && ++count > 1)
            {
                return true;
            }
        }
        return false;
    }
}
