using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Directives Are Defined, and In Valid Locations: every directive exists and is allowed where it is applied.</summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.Directive;

    public override bool Enter(ValidationContext context, Node node)
    {
        var directive = (Directive)node;
        var definition = context.Schema.GetDirective(directive.Name);
        if (definition is null)
        {
            // A directive definition in the request is reported by ExecutableDefinitions; graphql-js then treats its
            // name as known, and so do we (its locations are not kept in our tree, so they are not checked).
            if (!IsDefinedInDocument(context.Document, directive.Name))
            {
                context.ReportError(ValidationErrors.At($"Unknown directive \"@{directive.Name}\".", directive));
            }
            return true;
        }
        if (LocationOf(context.Parent) is { } location && !definition.Locations.Contains(location))
        {
            context.ReportError(ValidationErrors.At(
                $"Directive \"@{directive.Name}\" may not be used on {DirectiveDefinition.LocationName(location)}.", directive));
        }
        return true;
    }

    internal static bool IsDefinedInDocument(Document document, string name)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeSystemDefinition { Kind: "directive", IsExtension: false } typeSystem
                && string.Equals(typeSystem.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static DirectiveLocation? LocationOf(Node? appliedTo) => appliedTo switch
    {
        OperationDefinition { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinition { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinition { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        Field => DirectiveLocation.Field,
        FragmentSpread => DirectiveLocation.FragmentSpread,
        InlineFragment => DirectiveLocation.InlineFragment,
        FragmentDefinition => DirectiveLocation.FragmentDefinition,
        VariableDefinition => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}
