using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Single Root Field: a subscription selects exactly one root field, and not an introspection field.</summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.OperationDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        var operation = (OperationDefinition)node;
        if (operation.Operation != OperationType.Subscription || context.Schema.Subscription is not { } subscriptionType)
        {
            return true;
        }
        var fields = new Dictionary<string, List<Field>>(StringComparer.Ordinal);
        var order = new List<string>();
        CollectFields(context, subscriptionType, operation.SelectionSet, fields, order, new HashSet<string>(StringComparer.Ordinal));
        if (order.Count > 1)
        {
            var extra = new List<Node>();
            for (var i = 1; i < order.Count; i++)
            {
                extra.AddRange(fields[order[i]]);
            }
            context.ReportError(ValidationErrors.At(
                operation.Name is { } name
                    ? $"Subscription \"{name}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                extra));
        }
        foreach (var key in order)
        {
            var selected = fields[key];
            if (selected[0].Name.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(ValidationErrors.At(
                    operation.Name is { } name
                        ? $"Subscription \"{name}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    selected));
            }
        }
        return true;
    }

    /// <summary>The execution algorithm's CollectFields with no variables: literal @skip/@include decide, variables include.</summary>
    private static void CollectFields(
        ValidationContext context,
        ObjectType type,
        SelectionSet selectionSet,
        Dictionary<string, List<Field>> fields,
        List<string> order,
        HashSet<string> visitedFragments)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection.Directives))
            {
                continue;
            }
            switch (selection)
            {
                case Field field:
                    if (!fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        fields[field.ResponseKey] = list = [];
                        order.Add(field.ResponseKey);
                    }
                    list.Add(field);
                    break;
                case InlineFragment inline:
                    if (inline.TypeCondition is null || Applies(context.Schema, inline.TypeCondition.Name, type))
                    {
                        CollectFields(context, type, inline.SelectionSet, fields, order, visitedFragments);
                    }
                    break;
                case FragmentSpread spread:
                    if (visitedFragments.Add(spread.Name) && context.GetFragment(spread.Name) is { } fragment
                        && Applies(context.Schema, fragment.TypeCondition.Name, type))
                    {
                        CollectFields(context, type, fragment.SelectionSet, fields, order, visitedFragments);
                    }
                    break;
            }
        }
    }

    private static bool Applies(Schema schema, string typeCondition, ObjectType type) =>
        schema.GetType(typeCondition) is { } conditionType
        && (ReferenceEquals(conditionType, type) || (conditionType.IsAbstractType && schema.IsSubType(conditionType, type)));

    private static bool IsIncluded(IReadOnlyList<Directive> directives)
    {
        foreach (var directive in directives)
        {
            var literal = directive.Arguments.FirstOrDefault(a => a.Name == "if")?.Value as BooleanValue;
            if ((directive.Name == "skip" && literal?.Value == true) || (directive.Name == "include" && literal?.Value == false))
            {
                return false;
            }
        }
        return true;
    }
}
