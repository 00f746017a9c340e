using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation: an operation without a name must be the document's only operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.OperationDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        if (((OperationDefinition)node).Name is null && CountOperations(context.Document) > 1)
        {
            context.ReportError(ValidationErrors.At("This anonymous operation must be the only defined operation.", node));
        }
        return true;
    }

    private static int CountOperations(Document document)
    {
        var count = 0;
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is OperationDefinition)
            {
                count++;
            }
        }
        return count;
    }
}
