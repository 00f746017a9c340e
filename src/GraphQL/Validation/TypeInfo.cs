using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Introspection;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of a document, the schema elements each node refers to: the type of the enclosing selection
/// set, the current field's definition and output type, the directive and argument being read and the input type a
/// value must have. Unknown names leave null entries, so rules see "unknown" rather than a guess.
/// Mirrors graphql-js's <c>TypeInfo</c>, including its choices for unknown directives (their arguments are looked
/// up on the enclosing field) so that verdicts agree with the reference implementation.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private Schema _schema = schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefinitionStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<bool> _locationDefaultStack = [];

    /// <summary>The output type of the current field, operation root or fragment.</summary>
    public GraphQLType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type whose fields the current selection set selects.</summary>
    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    public FieldDefinition? FieldDefinition => _fieldDefinitionStack.Count > 0 ? _fieldDefinitionStack[^1] : null;

    /// <summary>The directive whose arguments are being read; null outside directives and for unknown directives.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the argument being read; null outside arguments and for unknown arguments.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The input type the current value must have.</summary>
    public GraphQLType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    /// <summary>The input type of the value that contains the current one (e.g. the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>Whether the argument or input field at the current position declares a default value.</summary>
    public bool LocationHasDefaultValue => _locationDefaultStack.Count > 0 && _locationDefaultStack[^1];

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSet:
                _parentTypeStack.Add(Type?.Named is { IsCompositeType: true } composite ? composite : null);
                break;
            case Field field:
                {
                    var parentType = ParentType;
                    var definition = parentType is null ? null : IntrospectionTypes.GetFieldDefinition(_schema, parentType, field.Name);
                    _fieldDefinitionStack.Add(definition);
                    _typeStack.Add(definition is { Type.IsOutputType: true } ? definition.Type : null);
                    break;
                }
            case Language.Directive directive:
                Directive = _schema.GetDirective(directive.Name);
                break;
            case OperationDefinition operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragment inline:
                {
                    var type = inline.TypeCondition is { } condition ? _schema.GetType(condition.Name) : Type?.Named;
                    _typeStack.Add(type is { IsOutputType: true } ? type : null);
                    break;
                }
            case FragmentDefinition fragment:
                {
                    var type = _schema.GetType(fragment.TypeCondition.Name);
                    _typeStack.Add(type is { IsOutputType: true } ? type : null);
                    break;
                }
            case VariableDefinition variable:
                {
                    var type = InputCoercion.TypeFromReference(_schema, variable.Type);
                    _inputTypeStack.Add(type is { IsInputType: true } ? type : null);
                    break;
                }
            case Language.Argument argument:
                {
                    var arguments = Directive is { } directive ? directive.Arguments : FieldDefinition?.Arguments;
                    InputValueDefinition? definition = null;
                    if (arguments is not null)
                    {
                        for (var candidateIndex = 0; candidateIndex < arguments.Count; candidateIndex++)
                        {
                            var candidate = arguments[candidateIndex];
                            if (string.Equals(candidate.Name, argument.Name, StringComparison.Ordinal))
                            {
                                definition = candidate;
                                break;
                            }
                        }
                    }
                    Argument = definition;
                    _locationDefaultStack.Add(definition is { HasDefaultValue: true });
                    _inputTypeStack.Add(definition is { Type.IsInputType: true } ? definition.Type : null);
                    break;
                }
            case ListValue:
                {
                    var listType = InputType?.Nullable;
                    var itemType = listType is ListType list ? list.OfType : listType;
                    _locationDefaultStack.Add(false);
                    _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                    break;
                }
            case ObjectField objectField:
                {
                    var field = (InputType?.Named as InputObjectType)?.GetField(objectField.Name);
                    _locationDefaultStack.Add(field is { HasDefaultValue: true });
                    _inputTypeStack.Add(field is { Type.IsInputType: true } ? field.Type : null);
                    break;
                }
        }
    }

    internal void Reset(Schema schema) => _schema = schema;

    internal void Clear()
    {
        _typeStack.Clear();
        _parentTypeStack.Clear();
        _fieldDefinitionStack.Clear();
        _inputTypeStack.Clear();
        _locationDefaultStack.Clear();
        Directive = null;
        Argument = null;
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSet:
                _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);
                break;
            case Field:
                _fieldDefinitionStack.RemoveAt(_fieldDefinitionStack.Count - 1);
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case Language.Directive:
                Directive = null;
                break;
            case OperationDefinition or InlineFragment or FragmentDefinition:
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case VariableDefinition:
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case Language.Argument:
                Argument = null;
                _locationDefaultStack.RemoveAt(_locationDefaultStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case ListValue or ObjectField:
                _locationDefaultStack.RemoveAt(_locationDefaultStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
        }
    }
}
