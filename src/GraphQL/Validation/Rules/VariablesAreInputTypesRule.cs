using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly wrapped).</summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.VariableDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        var definition = (VariableDefinition)node;
        if (InputCoercion.TypeFromReference(context.Schema, definition.Type) is { IsInputType: false })
        {
            context.ReportError(ValidationErrors.At(
                $"Variable \"${definition.Name}\" cannot be non-input type \"{DocumentPrinter.Print(definition.Type)}\".",
                definition.Type));
        }
        return true;
    }
}
