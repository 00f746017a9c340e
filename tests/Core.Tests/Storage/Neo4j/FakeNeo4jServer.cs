using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Core.Tests.Storage.Neo4j;

/// <summary>What the adapter sent: method, path, headers that matter and the JSON body.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? ClusterAffinity, JsonElement? Body)
{
    public string? Statement => Body is { } body && body.TryGetProperty("statement", out var statement) ? statement.GetString() : null;

    public JsonElement Parameters => Body!.Value.GetProperty("parameters");
}

/// <summary>A canned answer; <see cref="Delay"/> makes a slow server.</summary>
public sealed record FakeResponse(int Status, string? Body, TimeSpan Delay = default, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>
/// A local HTTP listener on 127.0.0.1 (Kestrel, port 0) that plays Neo4j's Query API: the test decides each answer from
/// the request, and every request is recorded. Response bodies follow the shapes of Neo4j's Query API documentation.
/// </summary>
public sealed class FakeNeo4jServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeNeo4jServer(WebApplication app) => _app = app;

    public Func<RecordedRequest, FakeResponse> Respond { get; set; } = _ => Rows(["ok"], [[1]]);

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public Uri Uri { get; private set; } = null!;

    public static async Task<FakeNeo4jServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeNeo4jServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Uri = new Uri(address);
        return server;
    }

    public static FakeResponse Rows(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<object?>> values, object? counters = null) =>
        new(202, JsonSerializer.Serialize(new
        {
            data = new { fields, values },
            counters = counters ?? new { containsUpdates = false, nodesCreated = 0, propertiesSet = 0 },
            bookmarks = new[] { "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q" },
        }));

    public static FakeResponse Error(int status, string code, string message) =>
        new(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    /// <summary>The answer to the statement that opened a transaction: its rows plus the transaction id and cluster affinity.</summary>
    public static FakeResponse TransactionOpened(
        string id, IReadOnlyList<string>? fields = null, IReadOnlyList<IReadOnlyList<object?>>? values = null) =>
        new(202, JsonSerializer.Serialize(new
        {
            data = new { fields = fields ?? [], values = values ?? [] },
            transaction = new { id, expires = "2026-11-22T02:00:30Z" },
        }), Headers: new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MjA0OjQ3NDcx" });

    public static FakeResponse Committed() =>
        new(202, JsonSerializer.Serialize(new { bookmarks = new[] { "FB:committed" } }));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        JsonElement? body = text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
        var request = new RecordedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["neo4j-cluster-affinity"].FirstOrDefault(),
            body);
        _requests.Enqueue(request);

        var response = Respond(request);
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
