using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages Are Allowed: a variable's type fits every position it is used in (a nullable variable may
/// fill a non-null position only when the variable or the position has a default), and a variable filling a field of
/// a @oneOf input object is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.None;

    public override ValidationNodeKinds Leaves => ValidationNodeKinds.OperationDefinition;

    public override void Leave(ValidationContext context, Node node)
    {
        var operation = (OperationDefinition)node;
        if (operation.VariableDefinitions.Count == 0)
        {
            return;
        }
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            if (usage.Type is not { } locationType || FindDefinition(operation, usage.Node.Name) is not { } definition)
            {
                continue;
            }
            if (InputCoercion.TypeFromReference(context.Schema, definition.Type) is not { } variableType)
            {
                continue;
            }
            if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.LocationHasDefaultValue))
            {
                context.ReportError(ValidationErrors.At(
                    $"Variable \"${usage.Node.Name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    [definition, usage.Node]));
            }
            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.ReportError(ValidationErrors.At(
                    $"Variable \"${usage.Node.Name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    [definition, usage.Node]));
            }
        }
    }

    private static VariableDefinition? FindDefinition(OperationDefinition operation, string name)
    {
        VariableDefinition? found = null;
        foreach (var definition in operation.VariableDefinitions)
        {
            if (string.Equals(definition.Name, name, StringComparison.Ordinal))
            {
                found = definition;
            }
        }
        return found;
    }

    private static bool IsAllowed(Schema schema, GraphQLType variableType, Value? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValue;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }
            return schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }
        return schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
