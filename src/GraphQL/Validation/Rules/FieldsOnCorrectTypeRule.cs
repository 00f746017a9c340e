using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Field Selections: every selected field is defined on the type it is selected on.</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.Field;

    public override bool Enter(ValidationContext context, Node node)
    {
        if (context.ParentType is not { } parentType || context.FieldDefinition is not null)
        {
            return true;
        }
        var field = (Field)node;
        var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, parentType, field.Name));
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(parentType is FieldContainerType container
                ? Suggestions.For(field.Name, container.Fields.Select(f => f.Name))
                : []);
        }
        context.ReportError(ValidationErrors.At($"Cannot query field \"{field.Name}\" on type \"{parentType.Name}\"." + suggestion, field));
        return true;
    }

    /// <summary>
    /// For an abstract type, the possible types and their interfaces that define the field: the most widely shared
    /// first, then interfaces before the types implementing them, then by name.
    /// </summary>
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }
        var suggested = new List<FieldContainerType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }
            if (!usageCount.ContainsKey(possibleType.Name))
            {
                suggested.Add(possibleType);
            }
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }
                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                }
                usageCount[possibleInterface.Name] = count + 1;
            }
        }
        suggested.Sort((a, b) =>
        {
            var difference = usageCount[b.Name] - usageCount[a.Name];
            if (difference != 0)
            {
                return difference;
            }
            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }
            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }
            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return suggested.ConvertAll(t => t.Name);
    }
}
