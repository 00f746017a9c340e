using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Neo4j;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ClaimGraph.Core.Tests.Storage.Neo4j;

/// <summary>
/// The adapter against a local listener playing Neo4j's Query API: what it sends (path, auth, statement, parameters),
/// how it reads answers, and which failures it retries, breaks on or times out. Delays are tens of milliseconds.
/// </summary>
public sealed class Neo4jProtocolTests : IAsyncLifetime
{
    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Neo4jResilienceOptions FastResilience(int retries = 3) => new()
    {
        TotalTimeout = TimeSpan.FromSeconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(5),
        ConnectTimeout = TimeSpan.FromSeconds(2),
        MaxRetryAttempts = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(40),
        BreakerFailureRatio = 0.5,
        BreakerMinimumThroughput = 100,
        BreakerSamplingDuration = TimeSpan.FromSeconds(30),
        BreakerBreakDuration = TimeSpan.FromSeconds(1),
        StatusProbeTimeout = TimeSpan.FromSeconds(2),
    };

    private Neo4jQueryClient Client(Neo4jResilienceOptions? resilience = null, Uri? uri = null) => new(new Neo4jStoreOptions
    {
        Uri = uri ?? _server.Uri,
        User = "neo4j",
        Password = "s3cret-pass",
        Database = "claims",
        Resilience = resilience ?? FastResilience(),
    });

    [Fact]
    public async Task A_query_posts_the_documented_body_and_reads_rows_counters_and_bookmarks()
    {
        _server.Respond = _ => FakeNeo4jServer.Rows(
            ["contentHash", "catalogVersion", "n", "ratio", "flag", "items", "map", "missing"],
            [["abc", "v1", 42, 0.5, true, new object[] { "a", 1 }, new Dictionary<string, object> { ["k"] = "v" }, null]],
            new { containsUpdates = true, nodesCreated = 2, propertiesSet = 5 });
        using var client = Client();

        var result = await client.RunAsync(
            Neo4jStatements.NoteFingerprint.Bind(new Dictionary<string, object?> { ["noteId"] = "note-1", ["sourcePath"] = "notes/note-1.md" }),
            Neo4jAccessMode.Read, CancellationToken.None);

        var request = _server.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/claims/query/v2");
        request.Authorization.Should().Be("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret-pass")));
        request.Statement.Should().Be(Neo4jStatements.NoteFingerprint.Text);
        request.Parameters.GetProperty("noteId").GetString().Should().Be("note-1");
        request.Body!.Value.GetProperty("includeCounters").GetBoolean().Should().BeTrue();
        request.Body!.Value.GetProperty("accessMode").GetString().Should().Be("Read");

        var row = result.Single();
        result.Fields.Should().Equal("contentHash", "catalogVersion", "n", "ratio", "flag", "items", "map", "missing");
        row.GetString("contentHash").Should().Be("abc");
        row.GetInt64("n").Should().Be(42);
        row.GetDouble("ratio").Should().Be(0.5);
        row["flag"].Should().Be(true);
        row.GetList("items").Should().Equal("a", 1L);
        row.GetMap("map")["k"].Should().Be("v");
        row["missing"].Should().BeNull();
        result.Counter("nodesCreated").Should().Be(2);
        result.Counter("propertiesSet").Should().Be(5);
        result.Bookmarks.Should().Equal("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q");
    }

    [Fact]
    public async Task Bookmarks_of_a_write_travel_with_the_next_request()
    {
        using var client = Client();
        await client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Write, CancellationToken.None);
        await client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        _server.Requests[1].Body!.Value.GetProperty("bookmarks")[0].GetString().Should().Be("FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q");
    }

    [Fact]
    public async Task A_syntax_error_is_a_typed_failure_and_is_not_retried()
    {
        _server.Respond = _ => FakeNeo4jServer.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))");
        using var client = Client();

        var call = () => client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        var failure = (await call.Should().ThrowAsync<Neo4jQueryException>()).Which;
        failure.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
        failure.Neo4jMessage.Should().StartWith("Invalid input 'MATC'");
        failure.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        failure.StatementName.Should().Be(nameof(Neo4jStatements.CountNotes));
        _server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Errors_inside_a_202_are_a_failure_too()
    {
        _server.Respond = _ => FakeNeo4jServer.Error(202, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(7) already exists with label `Note` and property `id` = 'a'");
        using var client = Client();

        var call = () => client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Write, CancellationToken.None);

        (await call.Should().ThrowAsync<Neo4jQueryException>()).Which.Code.Should().Be("Neo.ClientError.Schema.ConstraintValidationFailed");
        _server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task An_authentication_failure_is_not_retried()
    {
        _server.Respond = _ => FakeNeo4jServer.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
        using var client = Client();

        var call = () => client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        var failure = (await call.Should().ThrowAsync<Neo4jQueryException>()).Which;
        failure.Code.Should().Be("Neo.ClientError.Security.Unauthorized");
        failure.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task A_transient_error_is_retried_until_it_succeeds()
    {
        var attempts = 0;
        _server.Respond = _ => ++attempts < 3
            ? FakeNeo4jServer.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[3] can't acquire ExclusiveLock")
            : FakeNeo4jServer.Rows(["notes"], [[5]]);
        using var client = Client();

        var result = await client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        result.Single().GetInt64("notes").Should().Be(5);
        _server.Requests.Should().HaveCount(3);
        _server.Requests.Should().OnlyContain(r => r.Statement == Neo4jStatements.CountNotes.Text);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    public async Task A_deliberately_stopped_transaction_is_not_retried(string code)
    {
        _server.Respond = _ => FakeNeo4jServer.Error(400, code, "The transaction has been terminated.");
        using var client = Client();

        var call = () => client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        (await call.Should().ThrowAsync<Neo4jQueryException>()).Which.Code.Should().Be(code);
        _server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Repeated_503s_open_the_circuit_which_fails_fast_then_half_opens_and_recovers()
    {
        var resilience = FastResilience(retries: 0);
        resilience.BreakerMinimumThroughput = 3;
        resilience.BreakerBreakDuration = TimeSpan.FromMilliseconds(600);
        var healthy = false;
        _server.Respond = _ => healthy ? FakeNeo4jServer.Rows(["notes"], [[1]]) : new FakeResponse(503, "<html>Service Unavailable</html>");
        using var client = Client(resilience);
        var call = () => client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        for (var i = 0; i < 3; i++)
        {
            (await call.Should().ThrowAsync<Neo4jUnavailableException>()).Which.InnerException.Should().BeOfType<HttpRequestException>();
        }

        var open = (await call.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        open.InnerException.Should().BeAssignableTo<BrokenCircuitException>();
        open.Message.Should().Contain("circuit is open");
        _server.Requests.Should().HaveCount(3, "an open circuit fails without calling the server");

        healthy = true;
        await Task.Delay(resilience.BreakerBreakDuration + TimeSpan.FromMilliseconds(200));
        (await call()).Single().GetInt64("notes").Should().Be(1);
        (await call()).Single().GetInt64("notes").Should().Be(1);
        _server.Requests.Should().HaveCount(5);
    }

    [Fact]
    public async Task A_slow_answer_hits_the_attempt_timeout_and_is_retried()
    {
        var resilience = FastResilience(retries: 1);
        resilience.AttemptTimeout = TimeSpan.FromMilliseconds(150);
        // A handler that never answers, rather than the fake server with a delay: on a loaded machine a retried request
        // could time out before the server had even recorded it, and the count of attempts would depend on timing.
        var handler = new NeverAnsweringHandler();
        using var client = new Neo4jQueryClient(new Neo4jStoreOptions { Uri = _server.Uri, Resilience = resilience }, handler: handler);

        var call = () => client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        var failure = (await call.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        failure.InnerException.Should().BeOfType<TimeoutRejectedException>();
        failure.Message.Should().Contain("no answer within 0.15 s");
        handler.Attempts.Should().Be(2);
    }

    private sealed class NeverAnsweringHandler : HttpMessageHandler
    {
        private int _attempts;

        public int Attempts => _attempts;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new UnreachableException();
        }
    }

    [Fact]
    public async Task Initializing_against_a_closed_port_fails_with_a_clear_message()
    {
        var closedPort = ClosedLoopbackPort();
        var resilience = FastResilience(retries: 2);
        using var client = Client(resilience, new Uri($"http://127.0.0.1:{closedPort}"));
        using var store = new Neo4jClaimGraphStore(client);

        var initialize = () => store.InitializeAsync(CancellationToken.None);

        var failure = (await initialize.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        failure.Message.Should().Contain($"Neo4j at http://127.0.0.1:{closedPort}/ (database 'claims') is unavailable");
        failure.InnerException.Should().BeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task A_connect_timeout_is_retried_and_reported_as_unavailability()
    {
        var handler = new ConnectTimingOutHandler();
        using var client = new Neo4jQueryClient(
            new Neo4jStoreOptions { Uri = new Uri("http://10.255.255.1:7474"), Resilience = FastResilience(retries: 2) }, handler: handler);

        var call = () => client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        var failure = (await call.Should().ThrowAsync<Neo4jUnavailableException>()).Which;
        failure.Message.Should().Contain("could not connect within 2 s");
        handler.Attempts.Should().Be(3);
    }

    [Fact]
    public async Task Readiness_reports_an_outage_and_recovers_without_a_restart()
    {
        var resilience = FastResilience();
        resilience.BreakerMinimumThroughput = 2;
        resilience.BreakerBreakDuration = TimeSpan.FromMilliseconds(600);
        var healthy = false;
        _server.Respond = _ => healthy ? FakeNeo4jServer.Rows(["notes"], [[5]]) : new FakeResponse(503, null);
        using var store = new Neo4jClaimGraphStore(Client(resilience), ownsClient: true);

        var down = await store.GetStatusAsync(CancellationToken.None);
        down.Reachable.Should().BeFalse();
        down.Problem.Should().Contain("HTTP 503");
        _server.Requests.Should().ContainSingle("the readiness probe makes one attempt, no retries");

        await store.GetStatusAsync(CancellationToken.None);
        var broken = await store.GetStatusAsync(CancellationToken.None);
        broken.Problem.Should().Contain("circuit is open");
        _server.Requests.Should().HaveCount(2);

        healthy = true;
        await Task.Delay(resilience.BreakerBreakDuration + TimeSpan.FromMilliseconds(200));
        (await store.GetStatusAsync(CancellationToken.None)).Should().Be(new StoreStatus(true, 5, null));
    }

    [Fact]
    public async Task A_note_is_written_in_one_explicit_transaction_and_committed()
    {
        var transactionRequests = new List<RecordedRequest>();
        _server.Respond = request => request switch
        {
            { Method: "POST", Path: "/db/claims/query/v2/tx" } => FakeNeo4jServer.TransactionOpened("tx-1"),
            { Method: "POST", Path: "/db/claims/query/v2/tx/tx-1/commit" } => FakeNeo4jServer.Committed(),
            { Statement: var s } when s == Neo4jStatements.NoteFingerprint.Text => FakeNeo4jServer.Rows(["contentHash", "catalogVersion"], []),
            { Statement: var s } when s == Neo4jStatements.MissingEntities.Text => FakeNeo4jServer.Rows(
                ["missing", "unproposed"], [[Array.Empty<string>(), Array.Empty<string>()]]),
            _ => FakeNeo4jServer.Rows(["written"], [[1]]),
        };
        using var store = new Neo4jClaimGraphStore(Client(), ownsClient: true);

        var outcome = await store.WriteNoteAsync(SampleBatch(), CancellationToken.None);

        outcome.Should().Be(NoteWriteOutcome.Added);
        var requests = _server.Requests;
        requests[0].Path.Should().Be("/db/claims/query/v2/tx");
        requests[0].Statement.Should().Be(Neo4jStatements.NoteFingerprint.Text, "the first statement opens the transaction");
        requests[0].Body!.Value.GetProperty("accessMode").GetString().Should().Be("Write");
        requests[^1].Path.Should().Be("/db/claims/query/v2/tx/tx-1/commit");
        requests.Skip(1).SkipLast(1).Should().OnlyContain(r => r.Path == "/db/claims/query/v2/tx/tx-1" && r.ClusterAffinity == "MjA0OjQ3NDcx");
        requests.Select(r => r.Statement).Should().ContainInOrder(
            Neo4jStatements.NoteFingerprint.Text, Neo4jStatements.MissingEntities.Text, Neo4jStatements.UpsertNote.Text,
            Neo4jStatements.UpsertClaims.Text, Neo4jStatements.MergeMentions.Text, Neo4jStatements.MergeRelations.Text,
            Neo4jStatements.MergeEvidence.Text, Neo4jStatements.RecountRelations.Text);
        requests.Should().NotContain(r => r.Statement == Neo4jStatements.RemoveClaims.Text, "a new note has nothing to replace");

        var claims = requests.Single(r => r.Statement == Neo4jStatements.UpsertClaims.Text).Parameters.GetProperty("rows");
        claims.GetArrayLength().Should().Be(2);
        claims[0].GetProperty("id").GetString().Should().Be("note-a:0-20");
        claims[0].GetProperty("section").EnumerateArray().Select(e => e.GetString()).Should().Equal("Intro");
        claims[1].GetProperty("timestampSeconds").GetInt32().Should().Be(65);
        var evidence = requests.Single(r => r.Statement == Neo4jStatements.MergeEvidence.Text).Parameters.GetProperty("rows");
        evidence.GetArrayLength().Should().Be(1, "two quotes inside one claim are one piece of evidence");
        evidence[0].GetProperty("quote").GetString().Should().Be("OpenAI released o3");
    }

    [Fact]
    public async Task Discovered_entities_and_extraction_traces_are_sent_and_the_entity_is_derived_from_every_proposal()
    {
        var sample = SampleBatch();
        var first = sample.Claims[0];
        var develops = new RelationKey("openai", "DEVELOPS", "o3", RelationOrigin.Extracted);
        var batch = sample with
        {
            Mentions = [.. sample.Mentions, new Mention(first.Id, "sam-altman", "OpenAI", new TextSpan(0, 6))],
            Evidence = [new RelationEvidence(develops, first.Id, null, new ExtractionTrace(new TextSpan(7, 15), "released-verb", 0.8))],
            DiscoveredEntities = [new Entity("sam-altman", "Sam Altman", EntityType.Person, ["Altman"], "", EntitySource.Discovered)],
        };
        _server.Respond = request => request switch
        {
            { Method: "POST", Path: "/db/claims/query/v2/tx" } => FakeNeo4jServer.TransactionOpened("tx-1"),
            { Method: "POST", Path: "/db/claims/query/v2/tx/tx-1/commit" } => FakeNeo4jServer.Committed(),
            { Statement: var s } when s == Neo4jStatements.NoteFingerprint.Text => FakeNeo4jServer.Rows(["contentHash", "catalogVersion"], []),
            { Statement: var s } when s == Neo4jStatements.MissingEntities.Text => FakeNeo4jServer.Rows(
                ["missing", "unproposed"], [[Array.Empty<string>(), Array.Empty<string>()]]),
            { Statement: var s } when s == Neo4jStatements.DiscoveredProposals.Text => FakeNeo4jServer.Rows(["entityId", "proposals"],
            [[
                "sam-altman",
                new object[]
                {
                    new Dictionary<string, object?> { ["name"] = "Sam Altman", ["type"] = "Person", ["aliases"] = new[] { "Altman" }, ["description"] = "" },
                    new Dictionary<string, object?> { ["name"] = "Sam Altman", ["type"] = "Person", ["aliases"] = new[] { "Sam" }, ["description"] = "" },
                },
            ]]),
            _ => FakeNeo4jServer.Rows(["written"], [[1]]),
        };
        using var store = new Neo4jClaimGraphStore(Client(), ownsClient: true);

        (await store.WriteNoteAsync(batch, CancellationToken.None)).Should().Be(NoteWriteOutcome.Added);

        var requests = _server.Requests;
        requests.Select(r => r.Statement).Should().ContainInOrder(
            Neo4jStatements.MergeProposals.Text, Neo4jStatements.MissingEntities.Text, Neo4jStatements.MergeEvidence.Text,
            Neo4jStatements.RecountRelations.Text, Neo4jStatements.DiscoveredProposals.Text, Neo4jStatements.UpdateDiscoveredEntities.Text);
        var proposal = requests.Single(r => r.Statement == Neo4jStatements.MergeProposals.Text).Parameters.GetProperty("rows")[0];
        proposal.GetProperty("id").GetString().Should().Be("note-a|sam-altman");
        proposal.GetProperty("entityId").GetString().Should().Be("sam-altman");
        proposal.GetProperty("type").GetString().Should().Be("Person");
        requests.Single(r => r.Statement == Neo4jStatements.MissingEntities.Text).Parameters.GetProperty("proposedIds")[0].GetString()
            .Should().Be("sam-altman");
        var evidence = requests.Single(r => r.Statement == Neo4jStatements.MergeEvidence.Text).Parameters.GetProperty("rows")[0];
        (evidence.GetProperty("triggerStart").GetInt32(), evidence.GetProperty("triggerEnd").GetInt32()).Should().Be((7, 15));
        evidence.GetProperty("rule").GetString().Should().Be("released-verb");
        evidence.GetProperty("confidence").GetDouble().Should().Be(0.8);
        var derived = requests.Single(r => r.Statement == Neo4jStatements.UpdateDiscoveredEntities.Text).Parameters.GetProperty("rows")[0];
        derived.GetProperty("aliases").EnumerateArray().Select(e => e.GetString()).Should().Equal("Altman", "Sam", "Sam Altman");
        requests.Should().NotContain(r => r.Statement == Neo4jStatements.RemoveDiscoveredEntities.Text);
    }

    [Fact]
    public async Task A_transient_failure_inside_the_transaction_rolls_back_and_replays_the_whole_note()
    {
        var opened = 0;
        var failedOnce = false;
        _server.Respond = request => request switch
        {
            { Method: "POST", Path: "/db/claims/query/v2/tx" } => FakeNeo4jServer.TransactionOpened($"tx-{++opened}"),
            { Method: "DELETE" } => new FakeResponse(202, "{}"),
            { Method: "POST", Path: var p } when p.EndsWith("/commit", StringComparison.Ordinal) => FakeNeo4jServer.Committed(),
            { Statement: var s } when s == Neo4jStatements.UpsertClaims.Text && !failedOnce => FailOnce(),
            { Statement: var s } when s == Neo4jStatements.NoteFingerprint.Text => FakeNeo4jServer.Rows(["contentHash", "catalogVersion"], []),
            { Statement: var s } when s == Neo4jStatements.MissingEntities.Text => FakeNeo4jServer.Rows(
                ["missing", "unproposed"], [[Array.Empty<string>(), Array.Empty<string>()]]),
            _ => FakeNeo4jServer.Rows(["written"], [[1]]),
        };
        using var store = new Neo4jClaimGraphStore(Client(), ownsClient: true);

        (await store.WriteNoteAsync(SampleBatch(), CancellationToken.None)).Should().Be(NoteWriteOutcome.Added);

        FakeResponse FailOnce()
        {
            failedOnce = true;
            return FakeNeo4jServer.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
        }

        var requests = _server.Requests;
        requests.Should().Contain(r => r.Method == "DELETE" && r.Path == "/db/claims/query/v2/tx/tx-1");
        requests.Should().NotContain(r => r.Path == "/db/claims/query/v2/tx/tx-1/commit");
        requests.Where(r => r.Path == "/db/claims/query/v2/tx").Select(r => r.Statement).Should().Equal(
            [Neo4jStatements.NoteFingerprint.Text, Neo4jStatements.NoteFingerprint.Text], "the replay starts the note over in a new transaction");
        requests.Where(r => r.Path == "/db/claims/query/v2/tx/tx-2").Select(r => r.Statement)
            .Should().Contain(Neo4jStatements.UpsertClaims.Text);
        requests[^1].Path.Should().Be("/db/claims/query/v2/tx/tx-2/commit");
    }

    [Fact]
    public async Task An_unchanged_note_is_not_rewritten()
    {
        var batch = SampleBatch();
        _server.Respond = request => request switch
        {
            { Method: "POST", Path: "/db/claims/query/v2/tx" } => FakeNeo4jServer.TransactionOpened(
                "tx-1", ["contentHash", "catalogVersion", "others"], [[batch.Note.ContentHash, batch.Note.CatalogVersion, Array.Empty<string>()]]),
            { Method: "POST", Path: var p } when p.EndsWith("/commit", StringComparison.Ordinal) => FakeNeo4jServer.Committed(),
            _ => FakeNeo4jServer.Rows(["unexpected"], []),
        };
        using var store = new Neo4jClaimGraphStore(Client(), ownsClient: true);

        (await store.WriteNoteAsync(batch, CancellationToken.None)).Should().Be(NoteWriteOutcome.Unchanged);
        _server.Requests.Select(r => r.Statement).OfType<string>().Should().Equal(Neo4jStatements.NoteFingerprint.Text);
    }

    [Fact]
    public async Task Removing_notes_runs_in_one_transaction_and_recounts_the_relations_it_touched()
    {
        _server.Respond = request => request switch
        {
            { Method: "POST", Path: "/db/claims/query/v2/tx" } => FakeNeo4jServer.TransactionOpened(
                "tx-9", ["relationIds"], [[new[] { "a|FUNDS|b|curated" }]]),
            { Method: "POST", Path: var p } when p.EndsWith("/commit", StringComparison.Ordinal) => FakeNeo4jServer.Committed(),
            { Statement: var s } when s == Neo4jStatements.RemoveNotes.Text => FakeNeo4jServer.Rows(["removed"], [[1]]),
            { Statement: var s } when s == Neo4jStatements.RemoveProposals.Text => FakeNeo4jServer.Rows(["entityIds"], [[Array.Empty<string>()]]),
            _ => FakeNeo4jServer.Rows(["removed"], [[0]]),
        };
        using var store = new Neo4jClaimGraphStore(Client(), ownsClient: true);

        var removed = await store.RemoveNotesAsync(["note-d", "no-such-note", "note-d"], CancellationToken.None);

        removed.Should().Be(1);
        var requests = _server.Requests;
        requests.Select(r => r.Statement).OfType<string>().Should().Equal(
            Neo4jStatements.RemoveEvidence.Text, Neo4jStatements.RemoveClaims.Text, Neo4jStatements.RemoveMentions.Text,
            Neo4jStatements.RemoveLinks.Text, Neo4jStatements.RemoveProposals.Text, Neo4jStatements.RemoveNotes.Text,
            Neo4jStatements.RecountRelations.Text);
        requests[0].Parameters.GetProperty("noteIds").EnumerateArray().Select(e => e.GetString()).Should().Equal("note-d", "no-such-note");
        requests[0].Parameters.GetProperty("keepEvidenceIds").GetArrayLength().Should().Be(0);
        requests.Single(r => r.Statement == Neo4jStatements.RecountRelations.Text).Parameters.GetProperty("relationIds")[0].GetString()
            .Should().Be("a|FUNDS|b|curated");
        requests[^1].Path.Should().Be("/db/claims/query/v2/tx/tx-9/commit");
    }

    [Fact]
    public async Task Full_text_search_sends_an_escaped_Lucene_query()
    {
        _server.Respond = request => request.Statement == Neo4jStatements.SearchEntities.Text
            ? FakeNeo4jServer.Rows(["entity", "score"], [[new Dictionary<string, object?>
            {
                ["id"] = "openai", ["name"] = "OpenAI", ["type"] = "Organization", ["aliases"] = new[] { "Open AI" },
                ["description"] = "AI lab", ["mentions"] = 12,
            }, 2.5]])
            : FakeNeo4jServer.Rows(["total", "items"], [[0, Array.Empty<object>()]]);
        using var store = new Neo4jClaimGraphStore(Client(), ownsClient: true);

        var results = await store.SearchAsync("open AND \"ai\" title:x*", 5, CancellationToken.None);

        results.Entities.Should().ContainSingle().Which.Should().Be(
            new ScoredEntity(new EntityInfo("openai", "OpenAI", EntityType.Organization, results.Entities[0].Entity.Aliases, "AI lab", 12), 2.5));
        results.Entities[0].Entity.Aliases.Should().Equal("Open AI");
        var query = _server.Requests[0].Parameters.GetProperty("query").GetString();
        query.Should().Be("+\"open\" +\"AND\" +\"\\\"ai\\\"\" +\"title:x*\"");
    }

    /// <summary>Fails the way SocketsHttpHandler does when its ConnectTimeout elapses against an address that never answers.</summary>
    private sealed class ConnectTimingOutHandler : HttpMessageHandler
    {
        private int _attempts;

        public int Attempts => _attempts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            throw new TaskCanceledException("The connection attempt timed out.", new TimeoutException("A connection could not be established within the timeout."));
        }
    }

    [Fact]
    public async Task Shortest_paths_keep_the_strongest_relation_per_hop_and_clamp_the_hop_bound()
    {
        static Dictionary<string, object?> Relation(string subject, string predicate, string @object, string origin, int evidence) => new()
        {
            ["id"] = $"{subject}|{predicate}|{@object}|{origin}", ["subjectId"] = subject, ["predicate"] = predicate, ["objectId"] = @object,
            ["origin"] = origin, ["evidenceCount"] = evidence, ["noteCount"] = 1,
        };
        var partners = Relation("openai", "PARTNERS_WITH", "microsoft", "curated", 1);
        var coMentioned = Relation("microsoft", "CO_MENTIONED", "openai", "co-mention", 3);
        var deepseek = Relation("deepseek", "CO_MENTIONED", "openai", "co-mention", 2);
        var anthropic = Relation("anthropic", "CO_MENTIONED", "microsoft", "co-mention", 1);
        var anthropicDeepseek = Relation("anthropic", "CO_MENTIONED", "deepseek", "co-mention", 1);
        _server.Respond = _ => FakeNeo4jServer.Rows(["entityIds", "hops"],
        [
            [new[] { "microsoft", "openai", "deepseek" }, new object[] { coMentioned, deepseek }],
            [new[] { "microsoft", "openai", "deepseek" }, new object[] { partners, deepseek }],
            [new[] { "microsoft", "anthropic", "deepseek" }, new object[] { anthropic, anthropicDeepseek }],
        ]);
        using var store = new Neo4jClaimGraphStore(Client(), ownsClient: true);

        var paths = await store.FindShortestPathsAsync("microsoft", "deepseek", 40, 10, CancellationToken.None);
        var capped = await store.FindShortestPathsAsync("microsoft", "deepseek", 4, 1, CancellationToken.None);
        var same = await store.FindShortestPathsAsync("openai", "openai", 4, 10, CancellationToken.None);

        paths.Select(p => string.Join(">", p.EntityIds)).Should().Equal("microsoft>anthropic>deepseek", "microsoft>openai>deepseek");
        paths[1].Hops.Select(h => h.Id).Should().Equal("openai|PARTNERS_WITH|microsoft|curated", "deepseek|CO_MENTIONED|openai|co-mention");
        capped.Should().ContainSingle();
        same.Should().BeEmpty();
        _server.Requests.Should().HaveCount(2, "a path from an entity to itself needs no query");
        _server.Requests[0].Statement.Should().Be(Neo4jStatements.ShortestPaths.Text);
        _server.Requests[0].Parameters.GetProperty("maxHops").GetInt32().Should().Be(Neo4jStatements.MaxPathHops);
        _server.Requests[0].Parameters.GetProperty("fromId").GetString().Should().Be("microsoft");
    }

    [Fact]
    public async Task Relation_pages_send_the_filter_and_read_one_page_per_entity()
    {
        _server.Respond = _ => FakeNeo4jServer.Rows(["id", "total", "items"],
        [
            ["openai", 5, new object[]
            {
                new Dictionary<string, object?>
                {
                    ["id"] = "openai|RELEASED|o3|curated", ["subjectId"] = "openai", ["predicate"] = "RELEASED", ["objectId"] = "o3",
                    ["origin"] = "curated", ["evidenceCount"] = 2, ["noteCount"] = 1,
                },
            }],
            ["lonely", 0, Array.Empty<object>()],
        ]);
        using var store = new Neo4jClaimGraphStore(Client(), ownsClient: true);

        var pages = await store.GetRelationsOfEntitiesAsync(
            ["openai", "lonely", "openai"], new RelationFilter("RELEASED", RelationDirection.Out, RelationOrigin.Curated), new PageRequest(1, 2),
            CancellationToken.None);

        var sent = _server.Requests.Should().ContainSingle().Subject.Parameters;
        sent.GetProperty("ids").EnumerateArray().Select(e => e.GetString()).Should().Equal("openai", "lonely");
        sent.GetProperty("predicate").GetString().Should().Be("RELEASED");
        sent.GetProperty("direction").GetString().Should().Be("Out");
        sent.GetProperty("origin").GetString().Should().Be("curated");
        (sent.GetProperty("offset").GetInt32(), sent.GetProperty("limit").GetInt32()).Should().Be((2, 1));
        pages["openai"].Should().BeEquivalentTo(new
        {
            TotalCount = 5,
            Offset = 2,
            Items = new[] { new RelationInfo("openai|RELEASED|o3|curated", "openai", "RELEASED", "o3", RelationOrigin.Curated, 2, 1, 1.0) },
        });
        pages["lonely"].TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task A_404_without_a_Neo4j_error_says_the_Query_API_is_missing_and_is_not_retried()
    {
        _server.Respond = _ => new FakeResponse(404, null);
        using var client = Client();

        var call = () => client.RunAsync(Neo4jStatements.CountNotes.Bind(), Neo4jAccessMode.Read, CancellationToken.None);

        (await call.Should().ThrowAsync<Neo4jUnavailableException>()).Which.Message.Should().Contain("Neo4j 5.19+ server with the Query API");
        _server.Requests.Should().ContainSingle();
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static NoteBatch SampleBatch()
    {
        var note = new Note("note-a", "A note", "Channel", null, "vid123", null, NoteFormat.TubeGraphMarkdown, "hash-1", "catalog-1",
            "OpenAI released o3. It beat o1 at 01:05.", "seeds/notes/a.md");
        var first = new Claim("note-a:0-20", "note-a", 0, "OpenAI released o3.", ["Intro"], new TextSpan(0, 20), null, null);
        var second = new Claim("note-a:21-41", "note-a", 1, "It beat o1 at 01:05.", ["Intro"], new TextSpan(21, 41),
            new Timestamp("01:05", 65), "https://www.youtube.com/watch?v=vid123&t=65s");
        var released = new RelationKey("openai", "RELEASED", "o3", RelationOrigin.Curated);
        return new NoteBatch(
            note,
            [first, second],
            [new Mention(first.Id, "openai", "OpenAI", new TextSpan(0, 6)), new Mention(first.Id, "o3", "o3", new TextSpan(16, 18))],
            [new RelationEvidence(released, first.Id, "OpenAI released o3"), new RelationEvidence(released, first.Id, "released o3")],
            [],
            []);
    }
}
