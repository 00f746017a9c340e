using System.Runtime.CompilerServices;
using ClaimGraph.GraphQL.Introspection;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Limits;

/// <summary>
/// Checks an operation against <see cref="GraphQLLimits"/> before execution: selection depth, estimated cost (each
/// field's cost multiplied by the page sizes of the lists above it), page-size arguments, and whether introspection is
/// allowed. Fragments are expanded; the walk itself is bounded so a hostile document cannot make it expensive.
/// </summary>
public static class OperationLimitChecker
{
    private const int MaxVisitedSelections = 200_000;
    private const int MaxFragmentNesting = 100;

    public static IReadOnlyList<GraphQLError> Check(
        Schema schema,
        Document document,
        OperationDefinition operation,
        IReadOnlyDictionary<string, object?>? variables,
        GraphQLOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(options);
        var walk = new Walk(schema, document, variables, options);
        var root = schema.GetRootType(operation.Operation);
        if (root is null)
        {
            return [];
        }
        try
        {
            var cost = walk.CostOf(operation.SelectionSet, root, depth: 0, parentIsPaged: false, fragmentNesting: 0);
            if (cost > options.Limits.MaxCost)
            {
                walk.Errors.Add(GraphQLError.AtNodes(
                    $"Operation has an estimated cost of {cost}, above the maximum cost of {options.Limits.MaxCost} (MaxCost).", operation));
            }
        }
        catch (LimitExceeded)
        {
            // The walk stops at the first exceeded limit; its error is already recorded.
        }
        return walk.Errors;
    }

    private sealed class Walk(Schema schema, Document document, IReadOnlyDictionary<string, object?>? variables, GraphQLOptions options)
    {
        private readonly GraphQLLimits _limits = options.Limits;
        private readonly Dictionary<string, FragmentDefinition> _fragments = document.Definitions
            .OfType<FragmentDefinition>()
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        private readonly HashSet<string> _activeFragments = new(StringComparer.Ordinal);
        private int _visited;

        public List<GraphQLError> Errors { get; } = [];

        public long CostOf(SelectionSet selectionSet, NamedType parentType, int depth, bool parentIsPaged, int fragmentNesting)
        {
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                Fail(GraphQLError.AtNodes("Operation is nested too deeply to analyse. Analysis aborted.", selectionSet));
            }
            long cost = 0;
            foreach (var selection in selectionSet.Selections)
            {
                if (++_visited > MaxVisitedSelections)
                {
                    Fail(new GraphQLError($"Operation is too complex to analyse: it expands to more than {MaxVisitedSelections} selections."));
                }
                switch (selection)
                {
                    case Field field:
                        cost += FieldCost(field, parentType, depth, parentIsPaged, fragmentNesting);
                        break;
                    case FragmentSpread spread:
                        if (!_fragments.TryGetValue(spread.Name, out var fragment) || !_activeFragments.Add(spread.Name))
                        {
                            break;
                        }
                        if (fragmentNesting + 1 > MaxFragmentNesting)
                        {
                            Fail(GraphQLError.AtNodes($"Fragment spreads nest deeper than {MaxFragmentNesting}.", spread));
                        }
                        cost += CostOf(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name) ?? parentType, depth, parentIsPaged, fragmentNesting + 1);
                        _activeFragments.Remove(spread.Name);
                        break;
                    case InlineFragment inline:
                        var type = inline.TypeCondition is null ? parentType : schema.GetType(inline.TypeCondition.Name) ?? parentType;
                        cost += CostOf(inline.SelectionSet, type, depth, parentIsPaged, fragmentNesting);
                        break;
                }
            }
            return cost;
        }

        private long FieldCost(Field field, NamedType parentType, int depth, bool parentIsPaged, int fragmentNesting)
        {
            if (field.Name == "__typename")
            {
                return 0;
            }
            if (!options.EnableIntrospection && field.Name is "__schema" or "__type")
            {
                Fail(GraphQLError.AtNodes(
                    $"GraphQL introspection is disabled on this server (EnableIntrospection = false), so \"{field.Name}\" cannot be queried.", field));
            }
            var definition = IntrospectionTypes.GetFieldDefinition(schema, parentType, field.Name);
            if (definition is null)
            {
                return 0;
            }
            var fieldDepth = depth + 1;
            if (fieldDepth > _limits.MaxDepth)
            {
                Fail(GraphQLError.AtNodes(
                    $"Operation selects fields nested {fieldDepth} deep, deeper than the maximum depth of {_limits.MaxDepth} (MaxDepth).", field));
            }
            var pageSize = PageSize(field, parentType, definition);
            long multiplier = pageSize ?? (definition.Type.Nullable is ListType && !parentIsPaged ? _limits.DefaultListSize : 1);
            long childCost = field.SelectionSet is null
                ? 0
                : CostOf(field.SelectionSet, definition.Type.Named, fieldDepth, pageSize is not null, fragmentNesting);
            var cost = definition.Cost + ArgumentCost(field, definition) + (multiplier * childCost);
            if (cost > _limits.MaxCost)
            {
                Fail(GraphQLError.AtNodes(
                    $"Operation has an estimated cost of at least {cost}, above the maximum cost of {_limits.MaxCost} (MaxCost).", field));
            }
            return cost;
        }

        private long ArgumentCost(Field field, FieldDefinition definition)
        {
            long cost = 0;
            foreach (var (path, argumentCost) in definition.ArgumentCosts)
            {
                if (IsGiven(field, path))
                {
                    cost += argumentCost;
                }
            }
            return cost;
        }

        /// <summary>Whether the argument at <paramref name="path"/> (<c>filter.text</c>) has a non-null value, literal or from a variable.</summary>
        private bool IsGiven(Field field, string path)
        {
            var names = path.Split('.');
            var argument = field.Arguments.FirstOrDefault(a => string.Equals(a.Name, names[0], StringComparison.Ordinal));
            object? value = argument is null ? null : ToPlainValue(argument.Value);
            for (var i = 1; i < names.Length && value is not null; i++)
            {
                value = value is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(names[i]) : null;
            }
            return value is not null;
        }

        private object? ToPlainValue(Value value) => value switch
        {
            NullValue => null,
            VariableReference variable => variables?.GetValueOrDefault(variable.Name),
            ObjectValue literal => ToPlainObject(literal),
            _ => value,
        };

        private Dictionary<string, object?> ToPlainObject(ObjectValue literal)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var objectField in literal.Fields)
            {
                map[objectField.Name] = ToPlainValue(objectField.Value);
            }
            return map;
        }

        private int? PageSize(Field field, NamedType parentType, FieldDefinition definition)
        {
            foreach (var argument in field.Arguments)
            {
                if (!_limits.PageSizeArguments.Contains(argument.Name, StringComparer.Ordinal))
                {
                    continue;
                }
                object? value = argument.Value switch
                {
                    IntValue literal => long.TryParse(literal.Value, out var parsed) ? parsed : long.MaxValue,
                    VariableReference variable => variables?.GetValueOrDefault(variable.Name),
                    _ => null,
                };
                if (!ScalarType.TryGetInteger(value, out var size))
                {
                    continue;
                }
                var maxPageSize = parentType is FieldContainerType container
                    ? _limits.MaxPageSizeForField?.Invoke(container, definition) ?? _limits.MaxPageSize
                    : _limits.MaxPageSize;
                if (size > maxPageSize)
                {
                    Fail(GraphQLError.AtNodes(
                        $"Argument \"{argument.Name}\" of {parentType.Name}.{definition.Name} is {size}, above the maximum page size of {maxPageSize} (MaxPageSize).", argument));
                }
                return (int)Math.Max(0, size);
            }
            return null;
        }

        private void Fail(GraphQLError error)
        {
            Errors.Add(error);
            throw new LimitExceeded();
        }
    }

    private sealed class LimitExceeded : Exception;
}
