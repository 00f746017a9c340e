using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are Unique per Location: a non-repeatable directive appears at most once on a node.</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override ValidationNodeKinds Enters =>
        ValidationNodeKinds.OperationDefinition | ValidationNodeKinds.VariableDefinition | ValidationNodeKinds.FragmentDefinition
        | ValidationNodeKinds.Field | ValidationNodeKinds.FragmentSpread | ValidationNodeKinds.InlineFragment;

    public override bool Enter(ValidationContext context, Node node)
    {
        var directives = node switch
        {
            ExecutableDefinition definition => definition.Directives,
            Selection selection => selection.Directives,
            VariableDefinition variable => variable.Directives,
            _ => [],
        };
        for (var i = 1; i < directives.Count; i++)
        {
            var directive = directives[i];
            if (context.Schema.GetDirective(directive.Name) is not { IsRepeatable: false })
            {
                continue;
            }
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(directives[j].Name, directive.Name, StringComparison.Ordinal))
                {
                    context.ReportError(ValidationErrors.At(
                        $"The directive \"@{directive.Name}\" can only be used once at this location.", [directives[j], directive]));
                    break;
                }
            }
        }
        return true;
    }
}
