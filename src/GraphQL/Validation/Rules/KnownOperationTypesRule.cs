using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence (added in the September 2025 edition): the schema has a root type for the operation's
/// type. graphql-js 16 lacks this rule (its 17 has it, with this message); without it a mutation against a schema
/// with no mutation root would pass validation and fail only when executed.
/// </summary>
public sealed class KnownOperationTypesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.OperationDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        var operation = (OperationDefinition)node;
        if (context.Schema.GetRootType(operation.Operation) is null)
        {
            var name = operation.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            };
            context.ReportError(ValidationErrors.At($"The {name} operation is not supported by the schema.", node));
        }
        return true;
    }
}
