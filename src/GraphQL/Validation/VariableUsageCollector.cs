using System.Runtime.CompilerServices;
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

    public VariableUsageCollector(Schema schema) => _typeInfo = new TypeInfo(schema);

    /// <summary>The usages in one definition; the collector can be reused (also for another schema) afterwards.</summary>
    public IReadOnlyList<VariableUsage> Collect(Schema schema, ExecutableDefinition definition)
    {
        _typeInfo.Clear();
        _typeInfo.Reset(schema);
        _usages = null;
        _typeInfo.Enter(definition);
        VisitDirectives(definition.Directives);
        VisitSelectionSet(definition.SelectionSet);
        _typeInfo.Leave(definition);
        IReadOnlyList<VariableUsage> usages = [];
        if (_usages is not null)
        {
            usages = _usages;
            _usages = null;
        }
        return usages;
    }

    private void VisitSelectionSet(SelectionSet selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
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
        RuntimeHelpers.EnsureSufficientExecutionStack();
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
