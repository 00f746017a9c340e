using System.Collections.Concurrent;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Execution;

/// <summary>
/// A group of field nodes sharing one response key within one object type's selection, executed as one field.
/// Groups are collected per request (@skip and @include depend on its variables), so the caches they hold are too.
/// </summary>
internal sealed class FieldGroup(string responseKey, Field first, FieldDefinition? definition)
{
    private SubfieldsOfType? _lastSubfields;
    private ConcurrentDictionary<ObjectType, List<FieldGroup>>? _subfieldsByType;

    public string ResponseKey { get; } = responseKey;

    public List<Field> Fields { get; } = [first];

    /// <summary>The field's definition on the object type it was collected for; null when the type has no such field.</summary>
    public FieldDefinition? Definition { get; } = definition;

    /// <summary>The merged sub-selections for a runtime object type, collected once per type.</summary>
    public List<FieldGroup> GetSubfields(ObjectType type, Func<ObjectType, IReadOnlyList<Field>, List<FieldGroup>> collect)
    {
        var last = _lastSubfields;
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            return last.Groups;
        }
        if (last is not null)
        {
            // A second runtime type (an abstract field): keep every type's groups.
            var byType = LazyInitializer.EnsureInitialized(ref _subfieldsByType, () => new ConcurrentDictionary<ObjectType, List<FieldGroup>>());
            byType.TryAdd(last.Type, last.Groups);
            var groups = byType.GetOrAdd(type, t => collect(t, Fields));
            _lastSubfields = new SubfieldsOfType(type, groups);
            return groups;
        }
        var collected = collect(type, Fields);
        _lastSubfields = new SubfieldsOfType(type, collected);
        return collected;
    }

    private sealed record SubfieldsOfType(ObjectType Type, List<FieldGroup> Groups);
}

/// <summary>The state of one operation's execution: inputs, collected errors and per-request caches.</summary>
internal sealed class RequestExecution
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorGate = new();
    private ConcurrentDictionary<string, object?>? _items;
    private Func<ObjectType, IReadOnlyList<Field>, List<FieldGroup>>? _collectSubfields;

    public RequestExecution(
        Schema schema,
        Document document,
        OperationDefinition operation,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        GraphQLOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        Services = services;
        Options = options;
        CancellationToken = cancellationToken;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinition fragment)
            {
                Fragments.TryAdd(fragment.Name, fragment);
            }
        }
    }

    public Schema Schema { get; }

    public OperationDefinition Operation { get; }

    public Dictionary<string, FragmentDefinition> Fragments { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public GraphQLOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public BatchDispatcher Dispatcher { get; } = new();

    public IDictionary<string, object?> Items => _items ??= new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>CollectSubfields bound to this request, handed to <see cref="FieldGroup.GetSubfields"/> without allocating a closure each time.</summary>
    public Func<ObjectType, IReadOnlyList<Field>, List<FieldGroup>> CollectSubfields =>
        _collectSubfields ??= (type, fields) => Executor.CollectSubfields(this, type, fields);

    public void AddError(GraphQLError error)
    {
        lock (_errorGate)
        {
            _errors.Add(error);
        }
    }

    public List<GraphQLError> Errors
    {
        get
        {
            lock (_errorGate)
            {
                return [.. _errors];
            }
        }
    }
}
