using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness: no two fragments share a name.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.FragmentDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        var fragment = (FragmentDefinition)node;
        var known = context.GetRuleState<Dictionary<string, FragmentDefinition>>(this);
        if (known.TryGetValue(fragment.Name, out var first))
        {
            context.ReportError(ValidationErrors.At(
                $"There can be only one fragment named \"{fragment.Name}\".",
                ValidationErrors.NameLocation(first),
                ValidationErrors.NameLocation(fragment)));
        }
        else
        {
            known.Add(fragment.Name, fragment);
        }
        return false;
    }
}
