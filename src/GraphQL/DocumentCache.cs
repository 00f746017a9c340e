using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL;

/// <summary>A document parsed and validated once: the tree when it is valid, otherwise the errors to answer with.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(Document? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The parsed document; null when it could not be parsed.</summary>
    public Document? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document can be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public bool IsValid => Errors.Count == 0 && Document is not null;
}

/// <summary>A bounded least-recently-used cache of prepared documents keyed by query text.</summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Query, PreparedDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, PreparedDocument Document)> _recency = new();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string query, out PreparedDocument document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(query, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
                return true;
            }
        }
        document = null!;
        return false;
    }

    public void Add(string query, PreparedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }
        lock (_gate)
        {
            if (_entries.ContainsKey(query))
            {
                return;
            }
            _entries.Add(query, _recency.AddFirst((query, document)));
            if (_entries.Count > capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Query);
            }
        }
    }
}
