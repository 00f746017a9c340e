using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness: no two fragments share a name.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.FragmentDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        var fragment = (FragmentDefinition)node;
        if (!HasSeveral(context.Document))
        {
            return false;
        }
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

    private static bool HasSeveral(Document document)
    {
        var count = 0;
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (document.Definitions[i] is FragmentDefinition && ++count > 1)
            {
                return true;
            }
        }
        return false;
    }
}
