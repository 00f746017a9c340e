using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Fragments on Composite Types: a fragment's type condition is an object, interface or union.</summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.InlineFragment | ValidationNodeKinds.FragmentDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        switch (node)
        {
            case InlineFragment { TypeCondition: { } condition }:
                if (context.Schema.GetType(condition.Name) is { IsCompositeType: false })
                {
                    context.ReportError(ValidationErrors.At($"Fragment cannot condition on non composite type \"{condition.Name}\".", condition));
                }
                break;
            case FragmentDefinition fragment:
                if (context.Schema.GetType(fragment.TypeCondition.Name) is { IsCompositeType: false })
                {
                    context.ReportError(ValidationErrors.At(
                        $"Fragment \"{fragment.Name}\" cannot condition on non composite type \"{fragment.TypeCondition.Name}\".",
                        fragment.TypeCondition));
                }
                break;
        }
        return true;
    }
}
