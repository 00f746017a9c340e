using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation;

/// <summary>
/// The single walk of a document: visits nodes in graphql-js's visiting order, keeps <see cref="TypeInfo"/> in step,
/// and calls the rules that asked for each node kind. A rule whose <c>Enter</c> returns false is not called again
/// until the walk leaves that node (graphql-js's parallel-visitor "skip").
/// </summary>
internal sealed class DocumentWalker(ValidationContext context)
{
    private const int DocumentKind = 0;
    private const int OperationKind = 1;
    private const int VariableDefinitionKind = 2;
    private const int FragmentDefinitionKind = 3;
    private const int SelectionSetKind = 4;
    private const int FieldKind = 5;
    private const int FragmentSpreadKind = 6;
    private const int InlineFragmentKind = 7;
    private const int DirectiveKind = 8;
    private const int ArgumentKind = 9;
    private const int VariableKind = 10;
    private const int ListValueKind = 11;
    private const int ObjectValueKind = 12;
    private const int ObjectFieldKind = 13;
    private const int NullValueKind = 14;
    private const int ScalarValueKind = 15;
    private const int NamedTypeKind = 16;
    private const int TypeSystemDefinitionKind = 17;

    private readonly ValidationContext _context = context;
    private readonly TypeInfo _typeInfo = context.TypeInfo;
    private IValidationRule[] _rules = [];
    private int[][] _enterRules = [];
    private int[][] _leaveRules = [];
    private Node?[]? _skipping;
    private int _skippingCount;
    private OperationDefinition? _operation;
    private bool _operationHasSpreads;
    private bool _inVariableDefinition;
    private List<VariableUsage>? _operationVariableUsages;

    public ValidationContext Context => _context;

    public void Walk(Document document, RuleSet rules)
    {
        _rules = rules.Rules;
        _enterRules = rules.EnterRules;
        _leaveRules = rules.LeaveRules;
        if (_skipping is not null && _skipping.Length != _rules.Length)
        {
            _skipping = null;
        }
        Enter(DocumentKind, document);
        for (var definitionIndex = 0; definitionIndex < document.Definitions.Count; definitionIndex++)
        {
            var definition = document.Definitions[definitionIndex];
            switch (definition)
            {
                case OperationDefinition operation:
                    VisitOperation(operation);
                    break;
                case FragmentDefinition fragment:
                    VisitFragmentDefinition(fragment);
                    break;
                default:
                    Enter(TypeSystemDefinitionKind, definition);
                    Leave(TypeSystemDefinitionKind, definition);
                    break;
            }
        }
        Leave(DocumentKind, document);
    }

    /// <summary>Forgets the last walk (also one that was aborted half-way) so the walker can be pooled.</summary>
    public void Clear()
    {
        _rules = [];
        _enterRules = [];
        _leaveRules = [];
        if (_skipping is not null)
        {
            Array.Clear(_skipping);
        }
        _skippingCount = 0;
        _operation = null;
        _operationHasSpreads = false;
        _inVariableDefinition = false;
        _operationVariableUsages = null;
        _context.Clear();
    }

    private void VisitOperation(OperationDefinition operation)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        _operation = operation;
        _operationHasSpreads = false;
        _operationVariableUsages = null;
        Enter(OperationKind, operation);
        for (var variableIndex = 0; variableIndex < operation.VariableDefinitions.Count; variableIndex++)
        {
            var variable = operation.VariableDefinitions[variableIndex];
            VisitVariableDefinition(variable);
        }
        VisitDirectives(operation.Directives);
        VisitSelectionSet(operation.SelectionSet);
        IReadOnlyList<VariableUsage> usages = [];
        if (_operationVariableUsages is not null)
        {
            usages = _operationVariableUsages;
        }
        _context.RecordWalkedOperation(operation, usages, _operationHasSpreads);
        _operation = null;
        Leave(OperationKind, operation);
    }

    private void VisitFragmentDefinition(FragmentDefinition fragment)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        Enter(FragmentDefinitionKind, fragment);
        VisitNamedType(fragment.TypeCondition);
        VisitDirectives(fragment.Directives);
        VisitSelectionSet(fragment.SelectionSet);
        Leave(FragmentDefinitionKind, fragment);
    }

    private void VisitVariableDefinition(VariableDefinition definition)
    {
        Enter(VariableDefinitionKind, definition);
        _inVariableDefinition = true;
        VisitValue(definition.Variable);
        VisitType(definition.Type);
        if (definition.DefaultValue is { } defaultValue)
        {
            VisitValue(defaultValue);
        }
        _inVariableDefinition = false;
        VisitDirectives(definition.Directives);
        Leave(VariableDefinitionKind, definition);
    }

    private void VisitType(TypeReference type)
    {
        switch (type)
        {
            case NamedTypeReference named:
                VisitNamedType(named);
                break;
            case ListTypeReference list:
                VisitType(list.OfType);
                break;
            case NonNullTypeReference nonNull:
                VisitType(nonNull.OfType);
                break;
        }
    }

    private void VisitNamedType(NamedTypeReference named)
    {
        Enter(NamedTypeKind, named);
        Leave(NamedTypeKind, named);
    }

    private void VisitSelectionSet(SelectionSet selectionSet)
    {
        _context.EnsureSufficientStack();
        Enter(SelectionSetKind, selectionSet);
        for (var selectionIndex = 0; selectionIndex < selectionSet.Selections.Count; selectionIndex++)
        {
            var selection = selectionSet.Selections[selectionIndex];
            switch (selection)
            {
                case Field field:
                    Enter(FieldKind, field);
                    VisitArguments(field.Arguments);
                    VisitDirectives(field.Directives);
                    if (field.SelectionSet is { } child)
                    {
                        VisitSelectionSet(child);
                    }
                    Leave(FieldKind, field);
                    break;
                case FragmentSpread spread:
                    _operationHasSpreads = true;
                    Enter(FragmentSpreadKind, spread);
                    VisitDirectives(spread.Directives);
                    Leave(FragmentSpreadKind, spread);
                    break;
                case InlineFragment inline:
                    Enter(InlineFragmentKind, inline);
                    if (inline.TypeCondition is { } condition)
                    {
                        VisitNamedType(condition);
                    }
                    VisitDirectives(inline.Directives);
                    VisitSelectionSet(inline.SelectionSet);
                    Leave(InlineFragmentKind, inline);
                    break;
            }
        }
        Leave(SelectionSetKind, selectionSet);
    }

    private void VisitDirectives(IReadOnlyList<Directive> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            Enter(DirectiveKind, directive);
            VisitArguments(directive.Arguments);
            Leave(DirectiveKind, directive);
        }
    }

    private void VisitArguments(IReadOnlyList<Argument> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            Enter(ArgumentKind, argument);
            VisitValue(argument.Value);
            Leave(ArgumentKind, argument);
        }
    }

    private void VisitValue(Value value)
    {
        switch (value)
        {
            case VariableReference variable:
                if (_operation is not null && !_inVariableDefinition)
                {
                    (_operationVariableUsages ??= []).Add(
                        new VariableUsage(variable, _typeInfo.InputType, _typeInfo.LocationHasDefaultValue, _typeInfo.ParentInputType));
                }
                Enter(VariableKind, variable);
                Leave(VariableKind, variable);
                break;
            case ListValue list:
                _context.EnsureSufficientStack();
                Enter(ListValueKind, list);
                for (var itemIndex = 0; itemIndex < list.Values.Count; itemIndex++)
                {
                    var item = list.Values[itemIndex];
                    VisitValue(item);
                }
                Leave(ListValueKind, list);
                break;
            case ObjectValue obj:
                _context.EnsureSufficientStack();
                Enter(ObjectValueKind, obj);
                for (var fieldIndex = 0; fieldIndex < obj.Fields.Count; fieldIndex++)
                {
                    var field = obj.Fields[fieldIndex];
                    Enter(ObjectFieldKind, field);
                    VisitValue(field.Value);
                    Leave(ObjectFieldKind, field);
                }
                Leave(ObjectValueKind, obj);
                break;
            case NullValue:
                Enter(NullValueKind, value);
                Leave(NullValueKind, value);
                break;
            default:
                Enter(ScalarValueKind, value);
                Leave(ScalarValueKind, value);
                break;
        }
    }

    private void Enter(int kind, Node node)
    {
        _context.PushAncestor(node);
        _typeInfo.Enter(node);
        var indices = _enterRules[kind];
        for (var i = 0; i < indices.Length; i++)
        {
            var index = indices[i];
            if (_skippingCount > 0 && _skipping![index] is not null)
            {
                continue;
            }
            if (!_rules[index].Enter(_context, node))
            {
                _skipping ??= new Node?[_rules.Length];
                _skipping[index] = node;
                _skippingCount++;
            }
        }
    }

    private void Leave(int kind, Node node)
    {
        var indices = _leaveRules[kind];
        for (var i = 0; i < indices.Length; i++)
        {
            var index = indices[i];
            if (_skippingCount > 0 && _skipping![index] is not null)
            {
                continue;
            }
            _rules[index].Leave(_context, node);
        }
        if (_skippingCount > 0)
        {
            for (var i = 0; i < _skipping!.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _skippingCount--;
                }
            }
        }
        _typeInfo.Leave(node);
        _context.PopAncestor();
    }
}
