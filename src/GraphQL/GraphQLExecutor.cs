using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Limits;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.GraphQL.Validation;

namespace ClaimGraph.GraphQL;

/// <summary>
/// The request pipeline: parse (with parser limits) → validate → check operation limits (depth, cost, page size)
/// → execute. Parsed and validated documents are cached by query text in a bounded LRU cache.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly DocumentCache _cache;

    public GraphQLExecutor(Schema schema, GraphQLOptions? options = null, int documentCacheCapacity = 1_000)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? GraphQLOptions.Default;
        _cache = new DocumentCache(documentCacheCapacity);
    }

    public Schema Schema { get; }

    public GraphQLOptions Options { get; }

    /// <summary>Runs one request through the whole pipeline without caching (for tests, tools and one-off calls).</summary>
    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        GraphQLRequest request,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default,
        GraphQLOptions? options = null) =>
        new GraphQLExecutor(schema, options, documentCacheCapacity: 0).ExecuteAsync(request, services, cancellationToken);

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request.Query, cancellationToken);
        if (!prepared.IsValid)
        {
            return ExecutionResult.RequestError(prepared.Errors);
        }
        return await ExecuteAsync(prepared, request, services, cancellationToken);
    }

    /// <summary>Executes a document that <see cref="Prepare"/> found valid.</summary>
    public async Task<ExecutionResult> ExecuteAsync(
        PreparedDocument prepared,
        GraphQLRequest request,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        if (!prepared.IsValid)
        {
            return ExecutionResult.RequestError(prepared.Errors);
        }
        var document = prepared.Document!;
        var operation = Executor.GetOperation(document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.RequestError(operationError!);
        }
        var limitErrors = OperationLimitChecker.Check(Schema, document, operation, request.Variables, Options);
        if (limitErrors.Count > 0)
        {
            return ExecutionResult.RequestError(limitErrors);
        }
        return await Executor.ExecuteAsync(
            Schema, document, request.OperationName, request.Variables, services, Options, rootValue: null, cancellationToken);
    }

    /// <summary>Parses and validates <paramref name="query"/>, or returns the cached outcome for the same text.</summary>
    public PreparedDocument Prepare(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_cache.TryGet(query, out var cached))
        {
            return cached;
        }
        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, Options.Parser);
            var errors = DocumentValidator.Validate(Schema, document, cancellationToken);
            prepared = new PreparedDocument(document, errors);
        }
        catch (GraphQLError error)
        {
            prepared = new PreparedDocument(null, [error]);
        }
        _cache.Add(query, prepared);
        return prepared;
    }

    internal int CachedDocumentCount => _cache.Count;
}
