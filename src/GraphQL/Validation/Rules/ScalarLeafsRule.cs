using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Leaf Field Selections: scalars and enums take no selection set; objects, interfaces and unions need a non-empty one.</summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.Field;

    public override bool Enter(ValidationContext context, Node node)
    {
        if (context.Type is not { } type)
        {
            return true;
        }
        var field = (Field)node;
        if (type.Named.IsLeafType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                context.ReportError(ValidationErrors.At(
                    $"Field \"{field.Name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet));
            }
        }
        else if (field.SelectionSet is null)
        {
            context.ReportError(ValidationErrors.At(
                $"Field \"{field.Name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name} {{ ... }}\"?", field));
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            context.ReportError(ValidationErrors.At($"Field \"{field.Name}\" of type \"{type}\" must have at least one field selected.", field));
        }
        return true;
    }
}
