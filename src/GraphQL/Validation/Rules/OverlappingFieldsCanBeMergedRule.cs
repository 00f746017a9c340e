using System.Text;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields that land under the same response key must be the same field with the same
/// arguments (unless their parents are different object types) and must return shapes that can merge — compared
/// through fragments and sub-selections.
/// <para>
/// The algorithm is the one the specification's reference implementation uses: each selection set is compared
/// "within" once, then only "between" sets; collected field sets, fragment pairs, field-pair verdicts and printed
/// argument values are cached; and all comparison work is charged to a budget, past which validation stops with
/// "Validation aborted." rather than spending unbounded time on a hostile document.
/// </para>
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    public override ValidationNodeKinds Enters => ValidationNodeKinds.SelectionSet;

    public override bool Enter(ValidationContext context, Node node)
    {
        var selectionSet = (SelectionSet)node;
        if (context.Parent is InlineFragment)
        {
            return true;
        }
        var selections = selectionSet.Selections;
        if (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragment))
        {
            return true;
        }
        if (HasOnlyFieldsWithDistinctKeys(selections))
        {
            return true;
        }
        var comparer = new Comparer(context, context.GetRuleState<State>(this));
        foreach (var conflict in comparer.FindConflictsWithin(context.ParentType, selectionSet))
        {
            context.ReportError(ValidationErrors.At(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]));
        }
        return true;
    }

    /// <summary>The common case — plain fields under distinct response keys — cannot conflict within the set.</summary>
    private static bool HasOnlyFieldsWithDistinctKeys(IReadOnlyList<Selection> selections)
    {
        if (selections.Count <= 8)
        {
            for (var i = 0; i < selections.Count; i++)
            {
                if (selections[i] is not Field field)
                {
                    return false;
                }
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(((Field)selections[j]).ResponseKey, field.ResponseKey, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }
            return true;
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selection in selections)
        {
            if (selection is not Field field || !keys.Add(field.ResponseKey))
            {
                return false;
            }
        }
        return true;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private sealed record Conflict(string ResponseName, string Reason, List<Field> Fields1, List<Field> Fields2);

    private sealed class FieldDetails(NamedType? parentType, Field node, FieldDefinition? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public Field Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>Verdicts of earlier comparisons with other fields: the reason they conflict, or null when they do not.</summary>
        public Dictionary<FieldDetails, string?>? Comparisons { get; set; }

        public Dictionary<string, Value>? ArgumentValues { get; set; }
    }

    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments already compared with these fields: false when compared as possibly overlapping, true when only as exclusive.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectedFields, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>>? Overlaps { get; set; }
    }

    private sealed class State
    {
        public Dictionary<(NamedType?, SelectionSet), CollectedFields> CollectedFields { get; } = [];

        /// <summary>Fragment pairs already compared, with whether that comparison assumed mutually exclusive parents.</summary>
        public Dictionary<(string, string), bool> ComparedFragmentPairs { get; } = [];

        public Dictionary<Value, string> PrintedValues { get; } = new(ReferenceEqualityComparer.Instance);

        public int RemainingBudget { get; set; } = ComplexityBudget;
    }

    private sealed class Comparer(ValidationContext context, State state)
    {
        public List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSet selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = Collect(parentType, selectionSet);
            foreach (var (responseName, fields) in collected.Fields)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
            var fragmentNames = collected.FragmentNames;
            if (fragmentNames.Count != 0 && (collected.Fields.Count != 0 || fragmentNames.Count > 1))
            {
                for (var i = 0; i < fragmentNames.Count; i++)
                {
                    CompareFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                    for (var j = i + 1; j < fragmentNames.Count; j++)
                    {
                        CompareFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                    }
                }
            }
            return conflicts;
        }

        private void CompareFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields collected, string fragmentName)
        {
            Spend(1);
            if (collected.Fields.Count == 0)
            {
                return;
            }
            collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (collected.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusively)
                && (!comparedExclusively || areMutuallyExclusive))
            {
                return;
            }
            collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }
            var fragmentFields = CollectFragment(fragment);
            if (ReferenceEquals(collected, fragmentFields))
            {
                return;
            }
            CompareBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
            foreach (var referenced in fragmentFields.FragmentNames)
            {
                CompareFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referenced);
            }
        }

        private void CompareFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            Spend(2);
            if (string.Equals(fragmentName1, fragmentName2, StringComparison.Ordinal))
            {
                return;
            }
            if (WasCompared(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }
            state.ComparedFragmentPairs[(fragmentName1, fragmentName2)] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }
            var fields1 = CollectFragment(fragment1);
            var fields2 = CollectFragment(fragment2);
            CompareBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var referenced in fields2.FragmentNames)
            {
                CompareFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced);
            }
            foreach (var referenced in fields1.FragmentNames)
            {
                CompareFragments(conflicts, areMutuallyExclusive, referenced, fragmentName2);
            }
        }

        // A comparison that assumed exclusive parents finds fewer conflicts, so it answers only for exclusive ones.
        private bool WasCompared(string a, string b, bool areMutuallyExclusive) =>
            (state.ComparedFragmentPairs.TryGetValue((a, b), out var exclusive) && (areMutuallyExclusive || !exclusive))
            || (state.ComparedFragmentPairs.TryGetValue((b, a), out exclusive) && (areMutuallyExclusive || !exclusive));

        private List<Conflict> FindConflictsBetweenSubSelections(
            bool areMutuallyExclusive,
            NamedType? parentType1,
            SelectionSet selectionSet1,
            NamedType? parentType2,
            SelectionSet selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = Collect(parentType1, selectionSet1);
            var fields2 = Collect(parentType2, selectionSet2);
            CompareBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var fragmentName in fields2.FragmentNames)
            {
                CompareFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName);
            }
            foreach (var fragmentName in fields1.FragmentNames)
            {
                CompareFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName);
            }
            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                foreach (var fragmentName2 in fields2.FragmentNames)
                {
                    CompareFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }
            return conflicts;
        }

        private void CompareBetween(List<Conflict> conflicts, bool parentsAreMutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
        {
            if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0)
            {
                return;
            }
            foreach (var (responseName, fields1, fields2) in Overlaps(collected1, collected2))
            {
                foreach (var field1 in fields1)
                {
                    foreach (var field2 in fields2)
                    {
                        if (FindConflict(parentsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> Overlaps(CollectedFields collected1, CollectedFields collected2)
        {
            collected1.Overlaps ??= new(ReferenceEqualityComparer.Instance);
            if (collected1.Overlaps.TryGetValue(collected2, out var cached))
            {
                return cached;
            }
            var overlaps = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, fields1) in collected1.Fields)
            {
                Spend(1);
                if (collected2.Fields.TryGetValue(responseName, out var fields2))
                {
                    overlaps.Add((responseName, fields1, fields2));
                }
            }
            collected1.Overlaps[collected2] = overlaps;
            return overlaps;
        }

        private Conflict? FindConflict(bool parentsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
        {
            // Fields on two different object types can never both apply to one value, so only their shapes must agree.
            var areMutuallyExclusive = parentsAreMutuallyExclusive
                || (!ReferenceEquals(details1.ParentType, details2.ParentType) && details1.ParentType is ObjectType && details2.ParentType is ObjectType);
            Spend(2);
            var type1 = details1.Definition?.Type;
            var type2 = details2.Definition?.Type;
            if (details1.IsSimpleLeaf && details2.IsSimpleLeaf
                && (type1 is null ? type2 is null : type2 is not null && GraphQLType.AreEqual(type1, type2))
                && string.Equals(details1.Node.Name, details2.Node.Name, StringComparison.Ordinal))
            {
                return null;
            }
            var node1 = details1.Node;
            var node2 = details2.Node;
            if (!areMutuallyExclusive)
            {
                details1.Comparisons ??= new(ReferenceEqualityComparer.Instance);
                if (!details1.Comparisons.TryGetValue(details2, out var reason))
                {
                    reason = !string.Equals(node1.Name, node2.Name, StringComparison.Ordinal)
                        ? $"\"{Abbreviate(node1.Name)}\" and \"{Abbreviate(node2.Name)}\" are different fields"
                        : SameArguments(details1, details2) ? null : "they have differing arguments";
                    details1.Comparisons[details2] = reason;
                }
                if (reason is not null)
                {
                    return new Conflict(responseName, reason, [node1], [node2]);
                }
            }
            if (type1 is not null && type2 is not null && TypesConflict(type1, type2))
            {
                return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
            }
            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelections(
                    areMutuallyExclusive, type1?.Named, selectionSet1, type2?.Named, selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }
            return null;
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, Field node1, Field node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }
            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0)
                {
                    message.Append(" and ");
                }
                message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }
            return new Conflict(
                responseName,
                Abbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, first: true),
                ConflictNodes(node2, conflicts, first: false));
        }

        // Locations start with the enclosing field and keep the innermost fields when there are too many.
        private static List<Field> ConflictNodes(Field node, List<Conflict> conflicts, bool first)
        {
            var nodes = new List<Field> { node };
            foreach (var conflict in conflicts)
            {
                var side = first ? conflict.Fields1 : conflict.Fields2;
                var remaining = MaxConflictNodes - nodes.Count;
                nodes.AddRange(side.Count > remaining ? side.GetRange(side.Count - remaining, remaining) : side);
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }
            return nodes;
        }

        private bool SameArguments(FieldDetails details1, FieldDetails details2)
        {
            var arguments1 = details1.Node.Arguments;
            var arguments2 = details2.Node.Arguments;
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }
            if (arguments1.Count == 0)
            {
                return true;
            }
            var values2 = details2.ArgumentValues ??= ArgumentValues(arguments2);
            foreach (var argument in arguments1)
            {
                Spend(1);
                if (!values2.TryGetValue(argument.Name, out var value2)
                    || !string.Equals(Print(argument.Value), Print(value2), StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return true;
        }

        private static Dictionary<string, Value> ArgumentValues(IReadOnlyList<Argument> arguments)
        {
            var values = new Dictionary<string, Value>(arguments.Count, StringComparer.Ordinal);
            foreach (var argument in arguments)
            {
                values[argument.Name] = argument.Value;
            }
            return values;
        }

        /// <summary>A canonical text of a value: equal texts for equal literals, with object fields in name order.</summary>
        private string Print(Value value)
        {
            if (!state.PrintedValues.TryGetValue(value, out var printed))
            {
                var builder = new StringBuilder();
                Canonical(builder, value);
                printed = builder.ToString();
                state.PrintedValues[value] = printed;
            }
            return printed;
        }

        private static void Canonical(StringBuilder builder, Value value)
        {
            switch (value)
            {
                case VariableReference variable:
                    builder.Append("$").Append(variable.Name);
                    break;
                case IntValue integer:
                    builder.Append("i:").Append(integer.Value);
                    break;
                case FloatValue number:
                    builder.Append("f:").Append(number.Value);
                    break;
                case StringValue text:
                    builder.Append(text.IsBlock ? "B" : "S").Append(System.Text.Json.JsonSerializer.Serialize(text.Value));
                    break;
                case BooleanValue boolean:
                    builder.Append(boolean.Value ? "true" : "false");
                    break;
                case NullValue:
                    builder.Append("null");
                    break;
                case EnumValue enumValue:
                    builder.Append("e:").Append(enumValue.Value);
                    break;
                case ListValue list:
                    builder.Append('[');
                    foreach (var item in list.Values)
                    {
                        Canonical(builder, item);
                        builder.Append(',');
                    }
                    builder.Append(']');
                    break;
                case ObjectValue obj:
                    builder.Append('{');
                    foreach (var field in obj.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
                    {
                        builder.Append(field.Name).Append(':');
                        Canonical(builder, field.Value);
                        builder.Append(',');
                    }
                    builder.Append('}');
                    break;
            }
        }

        /// <summary>Whether two return types cannot both describe one response value (different leaves, list vs not, null vs non-null).</summary>
        private bool TypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }
            Spend(1);
            if (type1 is ListType list1)
            {
                return type2 is not ListType list2 || TypesConflict(list1.OfType, list2.OfType);
            }
            if (type2 is ListType)
            {
                return true;
            }
            if (type1 is NonNullType nonNull1)
            {
                return type2 is not NonNullType nonNull2 || TypesConflict(nonNull1.OfType, nonNull2.OfType);
            }
            if (type2 is NonNullType)
            {
                return true;
            }
            if (type1.IsLeafType || type2.IsLeafType)
            {
                return !ReferenceEquals(type1, type2);
            }
            return false;
        }

        private CollectedFields CollectFragment(FragmentDefinition fragment) =>
            Collect(context.Schema.GetType(fragment.TypeCondition.Name), fragment.SelectionSet);

        private CollectedFields Collect(NamedType? parentType, SelectionSet selectionSet)
        {
            if (state.CollectedFields.TryGetValue((parentType, selectionSet), out var cached))
            {
                return cached;
            }
            var collected = new CollectedFields();
            var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
            Collect(parentType, selectionSet, collected, fragmentNames);
            state.CollectedFields[(parentType, selectionSet)] = collected;
            return collected;
        }

        private void Collect(NamedType? parentType, SelectionSet selectionSet, CollectedFields collected, HashSet<string> fragmentNames)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case Field field:
                        {
                            var definition = (parentType as FieldContainerType)?.GetField(field.Name);
                            if (!collected.Fields.TryGetValue(field.ResponseKey, out var list))
                            {
                                list = [];
                                collected.Fields.Add(field.ResponseKey, list);
                            }
                            list.Add(new FieldDetails(parentType, field, definition));
                            break;
                        }
                    case FragmentSpread spread:
                        if (fragmentNames.Add(spread.Name))
                        {
                            collected.FragmentNames.Add(spread.Name);
                        }
                        break;
                    case InlineFragment inline:
                        Collect(inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name) : parentType, inline.SelectionSet, collected, fragmentNames);
                        break;
                }
            }
        }

        private void Spend(int cost)
        {
            state.RemainingBudget -= cost;
            if (state.RemainingBudget < 0)
            {
                throw new ValidationAbortedException(addAbortError: true);
            }
            if ((state.RemainingBudget & 0xFFF) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
