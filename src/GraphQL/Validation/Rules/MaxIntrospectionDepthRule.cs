using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>
/// Not a specification rule but one graphql-js runs by default (a "recommended" rule): an introspection query may
/// nest the list fields of <c>__Type</c> (fields, interfaces, possibleTypes, inputFields) at most three deep, since
/// each level multiplies the response by the size of the schema.
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListDepth = 3;

    public override ValidationNodeKinds Enters => ValidationNodeKinds.Field;

    public override bool Enter(ValidationContext context, Node node)
    {
        var field = (Field)node;
        if (field.Name is not ("__schema" or "__type"))
        {
            return true;
        }
        var state = context.GetRuleState<State>(this);
        if (Exceeds(context, state, field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.ReportError(ValidationErrors.At("Maximum introspection depth exceeded", field));
            return false;
        }
        return true;
    }

    private static bool Exceeds(ValidationContext context, State state, Selection selection, Dictionary<string, int> visited, int depth)
    {
        context.EnsureSufficientStack();
        SelectionSet? selectionSet;
        switch (selection)
        {
            case FragmentSpread spread:
                {
                    var name = spread.Name;
                    // A fragment that went too deep from some entry depth goes too deep from any deeper one; one that
                    // stayed within the limit from some depth stays within it from any shallower one.
                    if (state.Exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
                    {
                        return true;
                    }
                    if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                        || (state.Checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
                    {
                        return false;
                    }
                    if (context.GetFragment(name) is not { } fragment)
                    {
                        return false;
                    }
                    visited[name] = depth;
                    if (ExceedsWithin(context, state, fragment.SelectionSet, visited, depth))
                    {
                        state.Exceeded[name] = depth;
                        return true;
                    }
                    state.Checked[name] = depth;
                    return false;
                }
            case Field field:
                if (field.Name is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListDepth)
                {
                    return true;
                }
                selectionSet = field.SelectionSet;
                break;
            case InlineFragment inline:
                selectionSet = inline.SelectionSet;
                break;
            default:
                return false;
        }
        return selectionSet is not null && ExceedsWithin(context, state, selectionSet, visited, depth);
    }

    private static bool ExceedsWithin(ValidationContext context, State state, SelectionSet selectionSet, Dictionary<string, int> visited, int depth)
    {
        foreach (var child in selectionSet.Selections)
        {
            if (Exceeds(context, state, child, visited, depth))
            {
                return true;
            }
        }
        return false;
    }

    private sealed class State
    {
        public Dictionary<string, int> Checked { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Exceeded { get; } = new(StringComparer.Ordinal);
    }
}
