using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used: every fragment is reached, directly or through other fragments, from some operation.</summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.OperationDefinition | ValidationNodeKinds.FragmentDefinition;

    public override ValidationNodeKinds Leaves => ValidationNodeKinds.Document;

    public override bool Enter(ValidationContext context, Node node) => false;

    public override void Leave(ValidationContext context, Node node)
    {
        var document = (Document)node;
        if (!HasFragments(document))
        {
            return;
        }
        var operations = new List<OperationDefinition>();
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is OperationDefinition operation)
            {
                operations.Add(operation);
            }
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(operations))
        {
            used.Add(fragment.Name);
        }
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            if (definition is FragmentDefinition fragment && !used.Contains(fragment.Name))
            {
                context.ReportError(ValidationErrors.At($"Fragment \"{fragment.Name}\" is never used.", fragment));
            }
        }
    }

    private static bool HasFragments(Document document)
    {
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (document.Definitions[i] is FragmentDefinition)
            {
                return true;
            }
        }
        return false;
    }
}
