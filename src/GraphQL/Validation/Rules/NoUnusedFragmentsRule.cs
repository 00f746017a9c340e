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
        var operations = new List<OperationDefinition>();
        var hasFragments = false;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinition operation:
                    operations.Add(operation);
                    break;
                case FragmentDefinition:
                    hasFragments = true;
                    break;
            }
        }
        if (!hasFragments)
        {
            return;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fragment in context.GetRecursivelyReferencedFragments(operations))
        {
            used.Add(fragment.Name);
        }
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinition fragment && !used.Contains(fragment.Name))
            {
                context.ReportError(ValidationErrors.At($"Fragment \"{fragment.Name}\" is never used.", fragment));
            }
        }
    }
}
