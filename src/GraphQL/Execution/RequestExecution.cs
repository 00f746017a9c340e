using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Execution;

/// <summary>A group of field nodes sharing one response key, executed as one field.</summary>
internal sealed class FieldGroup(string responseKey, Field first)
{
    public string ResponseKey { get; } = responseKey;

    public List<Field> Fields { get; } = [first];
}

/// <summary>The state of one operation's execution: inputs, collected errors and per-request caches.</summary>
internal sealed class RequestExecution
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorGate = new();
    private readonly ConcurrentDictionary<(ObjectType, object), List<FieldGroup>> _fieldGroups = new(FieldGroupKeyComparer.Instance);
    private ConcurrentDictionary<string, object?>? _items;

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

    /// <summary>CollectFields for the root selection set or for the merged sub-selections of a field group; cached per request.</summary>
    public List<FieldGroup> CollectFields(ObjectType type, object selectionKey, Func<List<FieldGroup>> collect) =>
        _fieldGroups.GetOrAdd((type, selectionKey), static (_, collect) => collect(), collect);

    private sealed class FieldGroupKeyComparer : IEqualityComparer<(ObjectType, object)>
    {
        public static FieldGroupKeyComparer Instance { get; } = new();

        public bool Equals((ObjectType, object) x, (ObjectType, object) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((ObjectType, object) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Item1), RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
