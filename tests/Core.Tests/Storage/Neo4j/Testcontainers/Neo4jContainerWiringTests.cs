using System.Reflection;
using System.Text;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace ClaimGraph.Core.Tests.Storage.Neo4j.Testcontainers;

/// <summary>
/// There is no Docker engine here, so the Testcontainers fixture is proved by its parts: the container it asks Docker
/// for (image, NEO4J_AUTH, port), and its configured wait strategy run against a local listener standing in for the
/// container's mapped HTTP port.
/// </summary>
public sealed class Neo4jContainerWiringTests : IAsyncLifetime
{
    private const string Password = "c0ffee-random-Pa55";

    private FakeNeo4jServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void The_container_is_neo4j_5_26_with_the_password_in_NEO4J_AUTH_and_the_HTTP_port_on_a_random_host_port()
    {
        var configuration = new Neo4jContainerBuilder().WithPassword(Password).Configuration;

        configuration.Image.FullName.Should().Be("neo4j:5.26");
        configuration.Environments.Should().Contain("NEO4J_AUTH", $"neo4j/{Password}");
        configuration.PortBindings.Should().ContainSingle();
        var binding = configuration.PortBindings.Single();
        binding.Key.Should().StartWith("7474");
        binding.Value.Should().BeOneOf("0", "", "because the host port is assigned at random: runs in parallel never collide");
        // Testcontainers' own "container is running" check comes first; ours polls the Query API while it runs.
        configuration.WaitStrategies.Should().ContainSingle(strategy => strategy.Mode == WaitStrategyMode.Running)
            .Which.Timeout.Should().Be(Neo4jContainerBuilder.StartTimeout);
    }

    [Fact]
    public void A_password_Neo4j_would_refuse_is_rejected_before_any_container_starts()
    {
        var build = () => new Neo4jContainerBuilder().WithPassword("short");

        build.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*password*");
    }

    [Fact]
    public async Task The_wait_strategy_posts_an_authenticated_RETURN_1_to_the_Query_API_of_the_mapped_port()
    {
        _server.Respond = _ => FakeNeo4jServer.Rows(["ready"], [[1]]);

        (await ConfiguredWaitSucceedsAsync()).Should().BeTrue();

        var request = _server.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/neo4j/query/v2");
        request.Authorization.Should().Be($"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{Password}"))}");
        request.Statement.Should().Be("RETURN 1 AS ready");
    }

    [Theory]
    [InlineData(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid credential."}]}""")]
    [InlineData(503, """{"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"Database 'neo4j' is unavailable."}]}""")]
    [InlineData(404, "")]
    [InlineData(202, """{"data":{"fields":["ready"],"values":[]}}""")]
    [InlineData(202, "not json")]
    public async Task The_wait_strategy_keeps_waiting_until_the_database_answers_with_the_row(int status, string body)
    {
        _server.Respond = _ => new FakeResponse(status, body);

        (await ConfiguredWaitSucceedsAsync()).Should().BeFalse();
        _server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task The_wait_strategy_keeps_waiting_while_nothing_listens()
    {
        var readiness = new Neo4jQueryApiReadiness("neo4j", Password);
        var closedPort = new Uri("http://127.0.0.1:1");

        (await readiness.IsReadyAsync(closedPort, CancellationToken.None)).Should().BeFalse();
        readiness.LastAnswer.Should().NotBe("no attempt yet");
    }

    [Fact]
    public async Task Answers_401_then_503_then_the_row_end_the_wait_on_the_third_attempt()
    {
        var answers = new Queue<FakeResponse>([
            FakeNeo4jServer.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid credential."),
            FakeNeo4jServer.Error(503, "Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' is unavailable."),
            FakeNeo4jServer.Rows(["ready"], [[1]]),
        ]);
        _server.Respond = _ => answers.Dequeue();

        var outcomes = new List<bool>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            outcomes.Add(await ConfiguredWaitSucceedsAsync());
        }

        outcomes.Should().Equal(false, false, true);
    }

    /// <summary>One run of the wait strategy the builder configured, against a container whose port 7474 maps to the listener.</summary>
    private async Task<bool> ConfiguredWaitSucceedsAsync()
    {
        var strategy = new Neo4jContainerBuilder().WithPassword(Password).Configuration.WaitStrategies
            .Single(strategy => strategy.Mode == WaitStrategyMode.Running);
        var container = ContainerAt.Create(_server.Uri);
        return await strategy.UntilAsync(container, CancellationToken.None);
    }
}

/// <summary>An <see cref="IContainer"/> that only knows its host and its mapped port 7474; anything else throws.</summary>
public class ContainerAt : DispatchProxy
{
    private Uri _address = null!;

    public static IContainer Create(Uri address)
    {
        var container = DispatchProxy.Create<IContainer, ContainerAt>();
        ((ContainerAt)(object)container)._address = address;
        return container;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        "get_Hostname" => _address.Host,
        "GetMappedPublicPort" when args is [int port] && port == Neo4jContainerBuilder.HttpPort => (ushort)_address.Port,
        _ => throw new NotSupportedException($"The stand-in container does not answer {targetMethod?.Name}."),
    };
}
