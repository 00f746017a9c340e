using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ClaimGraph.Abuse;
using ClaimGraph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.Abuse;

/// <summary>The API on real Kestrel on a loopback port, seeded from <c>seeds/</c>, shared by the abuse suite.</summary>
public sealed class RunningApi : IAsyncLifetime
{
    // The suite sends a few hundred requests from one address: the per-IP rate limit (RateLimiting:PermitLimit) is
    // raised by ClaimGraphApiFactory's settings so that it never answers 429 in place of the defence under test.
    private readonly ClaimGraphApiFactory _factory = new(ExistingStoreSettings());

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        await _factory.WaitUntilReadyAsync();
        BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>
    /// CLAIMGRAPH_ABUSE_STORE names an existing SQLite store (for instance the default store after ingesting a corpus,
    /// which holds the seeds too) so that the suite can run against a graph of realistic size; unset, the suite runs on
    /// a fresh store seeded from <c>seeds/</c>.
    /// </summary>
    private static Dictionary<string, string?>? ExistingStoreSettings()
    {
        var path = Environment.GetEnvironmentVariable("CLAIMGRAPH_ABUSE_STORE");
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CLAIMGRAPH_ABUSE_STORE names {path}, which does not exist", path);
        }

        return new Dictionary<string, string?> { ["Store:Sqlite:Path"] = Path.GetFullPath(path), ["Seeding:Enabled"] = "false" };
    }
}

[CollectionDefinition(Name)]
public sealed class RunningApiCollection : ICollectionFixture<RunningApi>
{
    public const string Name = "Running API (Kestrel)";
}

/// <summary>
/// The abuse suite: every row of <see cref="HostileRequests"/> is sent to the running API; each must answer with its
/// expected status class, never 5xx, within its bound (generous: the defended ones answer in milliseconds), and a
/// normal query right after it must still answer correctly. Each row prints <c>request | status | time</c>; run with
/// <c>--logger "console;verbosity=detailed"</c> to see the table.
/// </summary>
[Collection(RunningApiCollection.Name)]
public sealed class AbuseSuiteTests(RunningApi api, ITestOutputHelper output)
{
    public static TheoryData<string> Rows => new(HostileRequests.All.Select(request => request.Name));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Hostile_request_is_refused_in_time_and_the_service_still_answers(string name)
    {
        var hostile = HostileRequests.Named(name);

        using var request = hostile.Create();
        var clock = Stopwatch.StartNew();
        using var response = await api.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        var status = (int)response.StatusCode;
        output.WriteLine($"| {hostile.Name} | {status} | {clock.Elapsed.TotalMilliseconds:0} ms |");

        status.Should().BeLessThan(500, $"no hostile request may get a server error; {name} answered {Excerpt(body)}");
        hostile.StatusClasses.Should().Contain(status / 100, $"{name} answered {status}: {Excerpt(body)}");
        clock.Elapsed.Should().BeLessThan(hostile.Bound, name);
        if (status / 100 == 4 && response.Content.Headers.ContentType?.MediaType is { } mediaType)
        {
            mediaType.Should().BeOneOf(["application/problem+json", "application/graphql-response+json", "application/json"],
                "a refusal says why in a machine-readable body");
        }
        await ExpectNormalQueryAnswersAsync();
    }

    [Fact]
    public async Task Many_slow_connections_neither_exhaust_the_server_nor_delay_normal_queries()
    {
        // Slowloris, bounded: 50 loopback connections each dribble a request header one byte every 200 ms for 4 s.
        const int connections = 50;
        var dribble = TimeSpan.FromSeconds(4);
        using var stop = new CancellationTokenSource(dribble);
        var clock = Stopwatch.StartNew();
        var slow = Enumerable.Range(0, connections).Select(_ => DribbleAsync(stop.Token)).ToList();

        var normal = new List<TimeSpan>();
        while (!stop.IsCancellationRequested)
        {
            var started = Stopwatch.StartNew();
            await ExpectNormalQueryAnswersAsync();
            normal.Add(started.Elapsed);
            await Task.Delay(250);
        }
        var opened = await Task.WhenAll(slow);
        output.WriteLine($"| {connections} slow connections for {dribble.TotalSeconds:0} s | {opened.Count(o => o)} opened; normal queries {normal.Count}, slowest {normal.Max().TotalMilliseconds:0} ms | {clock.Elapsed.TotalMilliseconds:0} ms |");

        opened.Should().OnlyContain(o => o, "every slow connection was accepted (the count is bounded by the test, not refused)");
        normal.Should().NotBeEmpty().And.OnlyContain(elapsed => elapsed < HostileRequests.DefaultBound);
        await ExpectNormalQueryAnswersAsync();
    }

    /// <summary>Opens a connection and sends a request header one byte at a time until cancelled; true if it connected.</summary>
    private async Task<bool> DribbleAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, api.BaseAddress.Port, CancellationToken.None);
        var stream = client.GetStream();
        var header = Encoding.ASCII.GetBytes($"GET /api/stats HTTP/1.1\r\nHost: localhost\r\nX-Slow: {new string('s', 1_000)}");
        try
        {
            for (var i = 0; i < header.Length && !cancellationToken.IsCancellationRequested; i++)
            {
                await stream.WriteAsync(header.AsMemory(i, 1), cancellationToken);
                await Task.Delay(200, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The dribble's time is up: the connection is closed with the client.
        }
        catch (IOException)
        {
            // The server may close a connection that is too slow: that is a defence, not a failure.
        }
        return true;
    }

    private async Task ExpectNormalQueryAnswersAsync()
    {
        using var request = HostileRequests.GraphQLPost(HostileRequests.NormalQuery);
        using var response = await api.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        body.Should().Contain(HostileRequests.NormalAnswer).And.NotContain("\"errors\"");
    }

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
