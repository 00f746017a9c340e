using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness: an input object literal gives each field once.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.ObjectField;

    public override bool Enter(ValidationContext context, Node node)
    {
        var field = (ObjectField)node;
        if (context.Parent is not ObjectValue parent)
        {
            return true;
        }
        for (var earlierIndex = 0; earlierIndex < parent.Fields.Count; earlierIndex++)
        {
            var earlier = parent.Fields[earlierIndex];
            if (ReferenceEquals(earlier, field))
            {
                break;
            }
            if (string.Equals(earlier.Name, field.Name, StringComparison.Ordinal))
            {
                context.ReportError(ValidationErrors.At($"There can be only one input field named \"{field.Name}\".", [earlier, field]));
                break;
            }
        }
        return true;
    }
}
