using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation;

/// <summary>
/// Finds the variables an operation or fragment uses, each with the input type expected where it stands. Used for
/// fragments (an operation's own usages are recorded during the main walk), which may be defined after the
/// operations that spread them.
/// </summary>
internal sealed class VariableUsageCollector
{
    private readonly TypeInfo _typeInfo;
    private List<VariableUsage>? _usages;

    private VariableUsageCollector(Schema schema) => _typeInfo = new TypeInfo(schema);

    public static IReadOnlyList<VariableUsage> Collect(Schema schema, ExecutableDefinition definition)
    {
        var collector = new VariableUsageCollector(schema);
        collector._typeInfo.Enter(definition);
        collector.VisitDirectives(definition.Directives);
        collector.VisitSelectionSet(definition.SelectionSet);
        collector._typeInfo.Leave(definition);
        return collector._usages is null ? [] : collector._usages;
    }

    private void VisitSelectionSet(SelectionSet selectionSet)
    {
        _typeInfo.Enter(selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            _typeInfo.Enter(selection);
            switch (selection)
            {
                case Field field:
                    VisitArguments(field.Arguments);
                    VisitDirectives(field.Directives);
                    if (field.SelectionSet is { } child)
                    {
                        VisitSelectionSet(child);
                    }
                    break;
                case FragmentSpread spread:
                    VisitDirectives(spread.Directives);
                    break;
                case InlineFragment inline:
                    VisitDirectives(inline.Directives);
                    VisitSelectionSet(inline.SelectionSet);
                    break;
            }
            _typeInfo.Leave(selection);
        }
        _typeInfo.Leave(selectionSet);
    }

    private void VisitDirectives(IReadOnlyList<Directive> directives)
    {
        foreach (var directive in directives)
        {
            _typeInfo.Enter(directive);
            VisitArguments(directive.Arguments);
            _typeInfo.Leave(directive);
        }
    }

    private void VisitArguments(IReadOnlyList<Argument> arguments)
    {
        foreach (var argument in arguments)
        {
            _typeInfo.Enter(argument);
            VisitValue(argument.Value);
            _typeInfo.Leave(argument);
        }
    }

    private void VisitValue(Value value)
    {
        switch (value)
        {
            case VariableReference variable:
                (_usages ??= []).Add(new VariableUsage(variable, _typeInfo.InputType, _typeInfo.LocationHasDefaultValue, _typeInfo.ParentInputType));
                break;
            case ListValue list:
                _typeInfo.Enter(list);
                foreach (var item in list.Values)
                {
                    VisitValue(item);
                }
                _typeInfo.Leave(list);
                break;
            case ObjectValue obj:
                foreach (var field in obj.Fields)
                {
                    _typeInfo.Enter(field);
                    VisitValue(field.Value);
                    _typeInfo.Leave(field);
                }
                break;
        }
    }
}
