using System.Net;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.Storage;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Api.Tests.Abuse;

/// <summary>
/// A masked "Unexpected error" can be traced: the log holds it at Error with the exception, the operation and a trace
/// id, and the response carries the same id (<c>traceId</c> in problem+json and in the GraphQL error's extensions).
/// </summary>
public sealed class UnexpectedErrorLoggingTests : IAsyncLifetime
{
    private const string Secret = "disk layout of /srv/secret";

    private readonly InterceptingApiFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await _factory.StartAsync();
        _factory.Queries.Intercept = (method, _) => method == nameof(IClaimGraphQueries.GetStatsAsync)
            ? Task.FromException<GraphStats>(new InvalidOperationException(Secret))
            : null;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private CapturedLog.LogEntry ErrorEntryWith(string traceId) =>
        _factory.Log.Entries.Should().ContainSingle(entry => entry.Level == LogLevel.Error && entry.Message.Contains(traceId, StringComparison.Ordinal),
            $"one Error entry names trace id {traceId}").Subject;

    [Fact]
    public async Task A_GraphQL_resolver_failure_is_logged_with_the_operation_and_the_trace_id_the_error_carries()
    {
        var response = await _client.PostAsync("query DashboardStats { stats { notes } }");

        response.Status.Should().Be(HttpStatusCode.OK);
        var error = response.Body["errors"]!.AsArray().Should().ContainSingle().Subject!;
        error["message"]!.GetValue<string>().Should().Be("Unexpected error while resolving the field.");
        response.Body.ToJsonString().Should().NotContain("secret");
        error["extensions"]!["code"]!.GetValue<string>().Should().Be("INTERNAL_SERVER_ERROR");
        var traceId = error["extensions"]!["traceId"]!.GetValue<string>();
        traceId.Should().NotBeNullOrEmpty();

        var entry = ErrorEntryWith(traceId);
        entry.Message.Should().Contain("DashboardStats").And.Contain("stats");
        entry.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be(Secret);
    }

    [Fact]
    public async Task A_REST_failure_is_a_500_problem_whose_trace_id_leads_to_the_logged_exception()
    {
        using var response = await _client.GetAsync(new Uri("/api/stats", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain("secret");
        var problem = JsonNode.Parse(body)!;
        problem["title"]!.GetValue<string>().Should().Be("Unexpected error.");
        var traceId = problem["traceId"]!.GetValue<string>();

        var entry = ErrorEntryWith(traceId);
        entry.Message.Should().Contain("GetStats");
        entry.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be(Secret);
    }
}
