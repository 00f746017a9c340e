using System.Runtime.CompilerServices;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation;

/// <summary>A variable as used somewhere in an operation or fragment, with the input type expected at that position.</summary>
public readonly record struct VariableUsage(VariableReference Node, GraphQLType? Type, bool LocationHasDefaultValue, GraphQLType? ParentType);

/// <summary>
/// What the rules of one validation share: the schema and document, where the walk currently is (through
/// <see cref="TypeInfo"/>), the errors so far, and document-wide facts computed once on demand (fragments by name,
/// fragment spreads, the fragments and variables an operation reaches).
/// </summary>
public sealed class ValidationContext
{
    /// <summary>Units of fragment-graph work one validation may spend before it gives up, as graphql-js bounds it.</summary>
    private const int FragmentWorkBudget = 50_000;

    private readonly List<GraphQLError> _errors = [];
    private readonly List<Node> _ancestors = [];
    private int _maxErrors;
    private OperationDefinition? _walkedOperation;
    private IReadOnlyList<VariableUsage> _walkedOperationUsages = [];
    private bool _walkedOperationHasSpreads;
    private Dictionary<string, FragmentDefinition>? _fragments;
    private bool _fragmentsIndexed;
    private Dictionary<SelectionSet, IReadOnlyList<FragmentSpread>>? _fragmentSpreads;
    private Dictionary<OperationDefinition, IReadOnlyList<FragmentDefinition>>? _referencedFragments;
    private Dictionary<ExecutableDefinition, IReadOnlyList<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinition, IReadOnlyList<VariableUsage>>? _recursiveVariableUsages;
    private Dictionary<IValidationRule, object>? _ruleStates;
    private int _remainingFragmentWork = FragmentWorkBudget;
    private VariableUsageCollector? _usageCollector;

    internal ValidationContext(Schema schema, Document document, int maxErrors, CancellationToken cancellationToken)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        _maxErrors = maxErrors;
        CancellationToken = cancellationToken;
    }

    public Schema Schema { get; private set; }

    public Document Document { get; private set; }

    public CancellationToken CancellationToken { get; private set; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The node that contains the one being entered or left (e.g. the field a directive is applied to).</summary>
    public Node? Parent => _ancestors.Count > 1 ? _ancestors[^2] : null;

    public NamedType? ParentType => TypeInfo.ParentType;

    public GraphQLType? Type => TypeInfo.Type;

    public FieldDefinition? FieldDefinition => TypeInfo.FieldDefinition;

    public DirectiveDefinition? Directive => TypeInfo.Directive;

    public InputValueDefinition? Argument => TypeInfo.Argument;

    public GraphQLType? InputType => TypeInfo.InputType;

    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>
    /// Records a validation error. Once the error limit is reached, adds the "too many errors" error and stops the
    /// validation, so a hostile document with thousands of mistakes costs bounded time and response size.
    /// </summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException();
        }
        _errors.Add(error);
    }

    /// <summary>The fragment definition named <paramref name="name"/> (the last one, when the name is defined twice).</summary>
    public FragmentDefinition? GetFragment(string name)
    {
        if (!_fragmentsIndexed)
        {
            _fragmentsIndexed = true;
            _fragments ??= new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinition fragment)
                {
                    _fragments[fragment.Name] = fragment;
                }
            }
        }
        return _fragments!.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads directly inside a selection set, including inside its inline fragments and fields.</summary>
    public IReadOnlyList<FragmentSpread> GetFragmentSpreads(SelectionSet selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        _fragmentSpreads ??= new Dictionary<SelectionSet, IReadOnlyList<FragmentSpread>>(ReferenceEqualityComparer.Instance);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }
        List<FragmentSpread>? spreads = null;
        var pending = new Stack<SelectionSet>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpread spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case Field { SelectionSet: { } child }:
                        pending.Push(child);
                        break;
                    case InlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        IReadOnlyList<FragmentSpread> result = [];
        if (spreads is not null)
        {
            result = spreads;
        }
        _fragmentSpreads[selectionSet] = result;
        return result;
    }

    /// <summary>Every fragment an operation reaches through spreads, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragments(OperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (ReferenceEquals(operation, _walkedOperation) && !_walkedOperationHasSpreads)
        {
            return [];
        }
        _referencedFragments ??= new Dictionary<OperationDefinition, IReadOnlyList<FragmentDefinition>>(ReferenceEqualityComparer.Instance);
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var result = CollectReferencedFragments([operation]);
        _referencedFragments[operation] = result;
        return result;
    }

    /// <summary>Every fragment any of the document's operations reaches.</summary>
    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragments(IEnumerable<OperationDefinition> operations) =>
        CollectReferencedFragments(operations);

    /// <summary>Every variable used in an operation, including inside the fragments it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (ReferenceEquals(operation, _walkedOperation) && !_walkedOperationHasSpreads)
        {
            return _walkedOperationUsages;
        }
        _recursiveVariableUsages ??= new Dictionary<OperationDefinition, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var own = GetVariableUsages(operation);
        var fragments = GetRecursivelyReferencedFragments(operation);
        IReadOnlyList<VariableUsage> result;
        if (fragments.Count == 0)
        {
            result = own;
        }
        else
        {
            SpendFragmentWork(fragments.Count);
            var all = new List<VariableUsage>(own);
            foreach (var fragment in fragments)
            {
                var usages = GetVariableUsages(fragment);
                SpendFragmentWork(usages.Count);
                all.AddRange(usages);
            }
            result = all;
        }
        _recursiveVariableUsages[operation] = result;
        return result;
    }

    /// <summary>The variables used directly in an operation or fragment (not through spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (ReferenceEquals(definition, _walkedOperation))
        {
            return _walkedOperationUsages;
        }
        _variableUsages ??= new Dictionary<ExecutableDefinition, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }
        _usageCollector ??= new VariableUsageCollector(Schema);
        var usages = _usageCollector.Collect(Schema, definition);
        _variableUsages[definition] = usages;
        return usages;
    }

    /// <summary>
    /// Charges work done over the fragment graph; past the budget the validation stops with "Validation aborted.",
    /// as graphql-js does, so that documents crafted to make fragment analysis explode cannot pin a core.
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(addAbortError: true);
        }
    }

    /// <summary>State a rule keeps for the length of one validation (rules themselves are shared and stateless).</summary>
    public T GetRuleState<T>(IValidationRule rule)
        where T : class, new()
    {
        _ruleStates ??= new Dictionary<IValidationRule, object>(ReferenceEqualityComparer.Instance);
        if (!_ruleStates.TryGetValue(rule, out var state))
        {
            state = new T();
            _ruleStates[rule] = state;
        }
        return (T)state;
    }

    internal void PushAncestor(Node node) => _ancestors.Add(node);

    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);

    /// <summary>
    /// The variables an operation uses directly, found during the main walk (so the rules that judge variables at the
    /// operation's end need no second walk), and whether it spreads any fragment.
    /// </summary>
    internal void RecordWalkedOperation(OperationDefinition operation, IReadOnlyList<VariableUsage> usages, bool hasFragmentSpreads)
    {
        _walkedOperation = operation;
        _walkedOperationUsages = usages;
        _walkedOperationHasSpreads = hasFragmentSpreads;
    }

    /// <summary>Prepares a pooled context for another validation, keeping the memory of its stacks and caches.</summary>
    internal void Reset(Schema schema, Document document, int maxErrors, CancellationToken cancellationToken)
    {
        Schema = schema;
        Document = document;
        _maxErrors = maxErrors;
        CancellationToken = cancellationToken;
        TypeInfo.Reset(schema);
    }

    /// <summary>Drops every reference to the last validation's document and schema so a pooled context holds nothing alive.</summary>
    internal void Clear()
    {
        _errors.Clear();
        _ancestors.Clear();
        _walkedOperation = null;
        _walkedOperationUsages = [];
        _walkedOperationHasSpreads = false;
        _fragments = Emptied(_fragments);
        _fragmentsIndexed = false;
        _fragmentSpreads = Emptied(_fragmentSpreads);
        _referencedFragments = Emptied(_referencedFragments);
        _variableUsages = Emptied(_variableUsages);
        _recursiveVariableUsages = Emptied(_recursiveVariableUsages);
        _ruleStates = Emptied(_ruleStates);
        _remainingFragmentWork = FragmentWorkBudget;
        TypeInfo.Clear();
    }

    internal void EnsureSufficientStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _errors.Add(new GraphQLError("Document is nested too deeply to validate. Validation aborted."));
            throw new ValidationAbortedException();
        }
    }

    // Pooled caches keep their memory for the next validation, unless a large document made them large.
    private static Dictionary<TKey, TValue>? Emptied<TKey, TValue>(Dictionary<TKey, TValue>? cache)
        where TKey : notnull
    {
        if (cache is null || cache.Count > 256)
        {
            return null;
        }
        cache.Clear();
        return cache;
    }

    private List<FragmentDefinition> CollectReferencedFragments(IEnumerable<OperationDefinition> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name))
                {
                    names.Add(spread.Name);
                }
            }
        }
        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinition>();
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name))
                {
                    names.Add(spread.Name);
                }
            }
        }
        return fragments;
    }
}

/// <summary>Stops a validation early; the validator catches it and returns the errors found so far.</summary>
internal sealed class ValidationAbortedException(bool addAbortError = false) : Exception("Validation aborted.")
{
    public bool AddAbortError { get; } = addAbortError;
}
