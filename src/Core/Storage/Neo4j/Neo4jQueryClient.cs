using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ClaimGraph.Storage.Neo4j;

public enum Neo4jAccessMode
{
    Read,
    Write,
}

/// <summary>
/// Speaks Neo4j's HTTP Query API (<c>/db/{database}/query/v2</c>, Neo4j 5.19+) through one pooled connection handler,
/// with every call guarded by <see cref="Neo4jResiliencePipelines"/>. A response carrying <c>errors[]</c> is a failure
/// whatever its HTTP status; it surfaces as <see cref="Neo4jQueryException"/>. Running out of attempts, time or circuit
/// surfaces as <see cref="Neo4jUnavailableException"/>.
/// </summary>
public sealed class Neo4jQueryClient : IDisposable
{
    private const string JsonMediaType = "application/json";
    private const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly Neo4jResiliencePipelines _pipelines;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly string _queryPath;
    private volatile string[] _bookmarks = [];

    public Neo4jQueryClient(Neo4jStoreOptions options, ILogger<Neo4jQueryClient>? logger = null, HttpMessageHandler? handler = null, TimeProvider? timeProvider = null)
    {
        _options = options;
        var log = (ILogger?)logger ?? NullLogger.Instance;
        _pipelines = new Neo4jResiliencePipelines(options.Resilience, log, timeProvider);

        // One handler for the process lifetime; recycling pooled connections every few minutes picks up DNS changes
        // (an Aura or cluster endpoint moving) without the socket exhaustion of creating clients per call.
        handler ??= new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = options.Resilience.ConnectTimeout,
        };
        _http = new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = new Uri(options.Uri.AbsoluteUri.TrimEnd('/') + "/"),
            // Polly owns every timeout; HttpClient's own would race it with a less useful exception.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _queryPath = $"db/{Uri.EscapeDataString(options.Database)}/query/v2";
    }

    public Uri ServerUri => _options.Uri;

    public string Database => _options.Database;

    public Neo4jResilienceOptions Resilience => _options.Resilience;

    /// <summary>Bookmarks of the last committed write, sent with later requests so a cluster reads its own writes.</summary>
    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    /// <summary>Runs one statement in an implicit transaction, retried when the failure is transient.</summary>
    public Task<Neo4jQueryResult> RunAsync(BoundStatement statement, Neo4jAccessMode accessMode, CancellationToken cancellationToken) =>
        GuardAsync(_pipelines.Operation, token => RunImplicitAsync(statement, accessMode, token), cancellationToken);

    /// <summary>One attempt with the short probe timeout: for readiness checks that must answer within seconds.</summary>
    public Task<Neo4jQueryResult> ProbeAsync(BoundStatement statement, CancellationToken cancellationToken) =>
        GuardAsync(_pipelines.Probe, token => RunImplicitAsync(statement, Neo4jAccessMode.Read, token), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction (begin, statements, commit). A transient failure anywhere
    /// rolls the transaction back and replays the whole unit, never single statements of a broken transaction, so
    /// <paramref name="work"/> must be idempotent.
    /// </summary>
    public Task<T> RunInTransactionAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        GuardAsync(_pipelines.Operation, token => RunTransactionAttemptAsync(work, token), cancellationToken);

    public void Dispose() => _http.Dispose();

    /// <summary>
    /// The first statement opens the transaction (<c>POST …/query/v2/tx</c> with the statement, the documented form) and
    /// the answer carries its id; later statements go to <c>…/tx/{id}</c> with the cluster affinity the server asked for.
    /// </summary>
    internal async Task<Neo4jQueryResult> RunInTransactionAsync(Neo4jTransaction transaction, BoundStatement statement, CancellationToken cancellationToken)
    {
        if (transaction.Id is not { } id)
        {
            using var begin = await SendAsync(
                HttpMethod.Post, $"{_queryPath}/tx", RequestBody(statement, Neo4jAccessMode.Write), clusterAffinity: null,
                statement.Statement.Name, cancellationToken);
            var opened = begin.Body is { } body && body.RootElement.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var idElement)
                ? idElement.GetString()
                : null;
            if (string.IsNullOrEmpty(opened))
            {
                throw new InvalidOperationException($"Neo4j at {_options.Uri} opened a transaction without returning its id.");
            }

            transaction.Opened(opened, begin.ClusterAffinity);
            return ReadResult(begin.Body);
        }

        using var response = await SendAsync(
            HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(id)}", RequestBody(statement, accessMode: null),
            transaction.ClusterAffinity, statement.Statement.Name, cancellationToken);
        return ReadResult(response.Body);
    }

    private async Task<T> GuardAsync<T>(ResiliencePipeline pipeline, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(async token => await call(token), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && Neo4jResiliencePipelines.IsUnavailability(exception))
        {
            throw new Neo4jUnavailableException(
                $"Neo4j at {_options.Uri} (database '{_options.Database}') is unavailable: {Explain(exception)}", exception);
        }
    }

    private string Explain(Exception exception) => exception switch
    {
        BrokenCircuitException => $"the circuit is open after repeated failures (calls fail fast for up to {_options.Resilience.BreakerBreakDuration.TotalSeconds:0.#} s, then one trial call is let through)"
            + (exception.InnerException is { } last ? $"; last failure: {last.Message}" : ""),
        TimeoutRejectedException timeout => $"no answer within {timeout.Timeout.TotalSeconds:0.###} s",
        HttpRequestException { StatusCode: HttpStatusCode.NotFound } =>
            $"HTTP 404 at /{_queryPath}: is this a Neo4j 5.19+ server with the Query API enabled, and does database '{_options.Database}' exist?",
        HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status} {status}",
        OperationCanceledException { InnerException: TimeoutException } => $"could not connect within {_options.Resilience.ConnectTimeout.TotalSeconds:0.###} s",
        _ => exception.Message,
    };

    private async Task<Neo4jQueryResult> RunImplicitAsync(BoundStatement statement, Neo4jAccessMode accessMode, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            HttpMethod.Post, _queryPath, RequestBody(statement, accessMode), clusterAffinity: null, statement.Statement.Name, cancellationToken);
        var result = ReadResult(response.Body);
        if (accessMode == Neo4jAccessMode.Write && result.Bookmarks.Count > 0)
        {
            _bookmarks = [.. result.Bookmarks];
        }

        return result;
    }

    private async Task<T> RunTransactionAttemptAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var transaction = new Neo4jTransaction(this);
        try
        {
            var outcome = await work(transaction, cancellationToken);
            if (transaction.Id is not { } id)
            {
                return outcome;
            }

            using var commit = await SendAsync(
                HttpMethod.Post, $"{_queryPath}/tx/{Uri.EscapeDataString(id)}/commit", body: null,
                transaction.ClusterAffinity, statementName: null, cancellationToken);
            var committed = ReadResult(commit.Body);
            if (committed.Bookmarks.Count > 0)
            {
                _bookmarks = [.. committed.Bookmarks];
            }

            return outcome;
        }
        catch
        {
            await RollBackQuietlyAsync(transaction);
            throw;
        }
    }

    /// <summary>
    /// Best effort: Neo4j rolls back a failed transaction itself and expires abandoned ones, so a failed DELETE changes
    /// nothing; it only frees server resources sooner. Deliberately not tied to the caller's (possibly cancelled) token.
    /// </summary>
    private async Task RollBackQuietlyAsync(Neo4jTransaction transaction)
    {
        if (transaction.Id is null)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(_options.Resilience.StatusProbeTimeout);
            using var response = await SendAsync(
                HttpMethod.Delete, $"{_queryPath}/tx/{Uri.EscapeDataString(transaction.Id)}", body: null,
                transaction.ClusterAffinity, statementName: null, timeout.Token);
        }
        catch (Exception exception) when (exception is Neo4jQueryException or HttpRequestException or IOException or OperationCanceledException)
        {
            // The transaction is already gone or the server is unreachable; either way there is nothing left to undo.
        }
    }

    private Dictionary<string, object?> RequestBody(BoundStatement statement, Neo4jAccessMode? accessMode)
    {
        var body = new Dictionary<string, object?>
        {
            ["statement"] = statement.Statement.Text,
            ["parameters"] = statement.Parameters,
            ["includeCounters"] = true,
        };
        if (accessMode is { } mode)
        {
            body["accessMode"] = mode == Neo4jAccessMode.Read ? "Read" : "Write";
            if (_bookmarks is { Length: > 0 } bookmarks)
            {
                body["bookmarks"] = bookmarks;
            }
        }

        return body;
    }

    private async Task<Neo4jResponse> SendAsync(
        HttpMethod method, string path, Dictionary<string, object?>? body, string? clusterAffinity, string? statementName, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        if (clusterAffinity is not null)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, clusterAffinity);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, RequestJson));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonMediaType);
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var document = TryParse(bytes);
        try
        {
            if (document is not null && ReadErrors(document.RootElement) is { Count: > 0 } errors)
            {
                throw new Neo4jQueryException(errors, response.StatusCode, statementName);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    $"Neo4j answered {method} /{path} with HTTP {(int)response.StatusCode} {response.ReasonPhrase}.",
                    inner: null, response.StatusCode);
            }

            var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : clusterAffinity;
            return new Neo4jResponse(document, affinity);
        }
        catch
        {
            document?.Dispose();
            throw;
        }
    }

    private static JsonDocument? TryParse(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            // Proxies and load balancers answer 502/503 with HTML; the status code then speaks for the failure.
            return null;
        }
    }

    private static List<Neo4jError>? ReadErrors(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return errors.EnumerateArray()
            .Select(error => new Neo4jError(
                error.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "",
                error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : ""))
            .ToList();
    }

    private static Neo4jQueryResult ReadResult(JsonDocument? document)
    {
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return Neo4jQueryResult.Empty;
        }

        var root = document.RootElement;
        var fields = new List<string>();
        var records = new List<Neo4jRecord>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var fieldArray) && fieldArray.ValueKind == JsonValueKind.Array)
            {
                fields.AddRange(fieldArray.EnumerateArray().Select(field => field.GetString() ?? ""));
            }

            var indexByField = fields.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
            if (data.TryGetProperty("values", out var rows) && rows.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in rows.EnumerateArray())
                {
                    records.Add(new Neo4jRecord(indexByField, row.EnumerateArray().Select(Neo4jJson.ToValue).ToArray()));
                }
            }
        }

        var counters = root.TryGetProperty("counters", out var counterObject) && counterObject.ValueKind == JsonValueKind.Object
            ? counterObject.EnumerateObject().ToDictionary(p => p.Name, p => Neo4jJson.ToValue(p.Value), StringComparer.Ordinal)
            : new Dictionary<string, object?>();
        var bookmarks = root.TryGetProperty("bookmarks", out var bookmarkArray) && bookmarkArray.ValueKind == JsonValueKind.Array
            ? bookmarkArray.EnumerateArray().Select(b => b.GetString() ?? "").Where(b => b.Length > 0).ToArray()
            : [];
        return new Neo4jQueryResult(fields, records, counters, bookmarks);
    }

    private sealed class Neo4jResponse(JsonDocument? body, string? clusterAffinity) : IDisposable
    {
        public JsonDocument? Body { get; } = body;

        public string? ClusterAffinity { get; } = clusterAffinity;

        public void Dispose() => Body?.Dispose();
    }
}

/// <summary>
/// An explicit transaction (<c>/query/v2/tx/{id}</c>): opened by its first statement, committed by the client when the
/// unit of work returns, rolled back when it throws.
/// </summary>
public sealed class Neo4jTransaction
{
    private readonly Neo4jQueryClient _client;

    internal Neo4jTransaction(Neo4jQueryClient client) => _client = client;

    /// <summary>The server's transaction id; null until the first statement has opened the transaction.</summary>
    public string? Id { get; private set; }

    /// <summary>Routes every request of the transaction to the cluster member that holds it.</summary>
    public string? ClusterAffinity { get; private set; }

    public Task<Neo4jQueryResult> RunAsync(BoundStatement statement, CancellationToken cancellationToken) =>
        _client.RunInTransactionAsync(this, statement, cancellationToken);

    internal void Opened(string id, string? clusterAffinity)
    {
        Id = id;
        ClusterAffinity = clusterAffinity;
    }
}
