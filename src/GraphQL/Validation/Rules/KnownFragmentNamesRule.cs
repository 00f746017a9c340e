using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Target Defined: every spread names a fragment defined in the document.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.FragmentSpread;

    public override bool Enter(ValidationContext context, Node node)
    {
        var spread = (FragmentSpread)node;
        if (context.GetFragment(spread.Name) is null)
        {
            context.ReportError(new GraphQLError(
                $"Unknown fragment \"{spread.Name}\".", [ValidationErrors.NameLocation(spread).ToSourceLocation()]));
        }
        return true;
    }
}
