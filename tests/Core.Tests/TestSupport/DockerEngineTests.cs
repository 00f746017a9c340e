using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace ClaimGraph.Core.Tests.TestSupport;

/// <summary>The Docker probe that decides whether the Testcontainers fixture runs: right answer, and never a hang.</summary>
public sealed class DockerEngineTests : IDisposable
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(300);

    // Generous for a listener that does answer: this machine's load must not turn an answer into a timeout.
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimgraph-docker-probe-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_missing_socket_is_reported_at_once()
    {
        var stopwatch = Stopwatch.StartNew();

        var failure = await DockerEngine.PingAsync(new Uri($"unix://{_folder.FullName}/docker.sock"), DockerEngine.ProbeTimeout);

        failure.Should().Be("no such socket");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task An_engine_answering_ping_on_its_socket_is_reachable()
    {
        var socketPath = Path.Combine(_folder.FullName, "docker.sock");
        using var engine = ListenOnSocket(socketPath, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK");

        var result = await DockerEngine.ProbeCandidatesAsync(
            [new Uri($"unix://{_folder.FullName}/absent.sock"), new Uri($"unix://{socketPath}")], AnswerTimeout);

        result.Endpoint.Should().Be(new Uri($"unix://{socketPath}"));
    }

    [Fact]
    public async Task A_socket_that_never_answers_gives_up_within_the_timeout()
    {
        var socketPath = Path.Combine(_folder.FullName, "docker.sock");
        using var silent = ListenOnSocket(socketPath, response: null);
        var stopwatch = Stopwatch.StartNew();

        var result = await DockerEngine.ProbeCandidatesAsync([new Uri($"unix://{socketPath}")], ShortTimeout);

        result.Endpoint.Should().BeNull();
        result.Reason.Should().StartWith("no Docker engine is reachable").And.Contain(socketPath).And.Contain("no answer within");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_engine_refusing_ping_is_not_reachable_and_the_reason_says_what_it_answered()
    {
        var socketPath = Path.Combine(_folder.FullName, "docker.sock");
        using var engine = ListenOnSocket(socketPath, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");

        var failure = await DockerEngine.PingAsync(new Uri($"unix://{socketPath}"), AnswerTimeout);

        failure.Should().Be("/_ping answered 500");
    }

    [Fact]
    public async Task A_tcp_endpoint_where_nothing_listens_is_not_reachable()
    {
        var failure = await DockerEngine.PingAsync(new Uri("tcp://127.0.0.1:1"), AnswerTimeout);

        failure.Should().NotBeNull();
    }

    [Fact]
    public async Task An_unknown_scheme_is_named()
    {
        var failure = await DockerEngine.PingAsync(new Uri("npipe://./pipe/docker_engine"), ShortTimeout);

        failure.Should().Contain("npipe");
    }

    /// <summary>A Unix socket that answers each connection with <paramref name="response"/>, or holds it open without a word.</summary>
    private static Listener ListenOnSocket(string path, string? response)
    {
        var listener = new Listener(new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified));
        listener.Socket.Bind(new UnixDomainSocketEndPoint(path));
        listener.Socket.Listen();
        _ = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    var connection = await listener.Socket.AcceptAsync();
                    var buffer = new byte[4096];
                    await connection.ReceiveAsync(buffer);
                    if (response is null)
                    {
                        listener.HoldOpen(connection);
                        continue;
                    }

                    await connection.SendAsync(Encoding.ASCII.GetBytes(response));
                    connection.Shutdown(SocketShutdown.Both);
                    connection.Dispose();
                }
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                // The listener was disposed at the end of the test.
            }
        });
        return listener;
    }

    /// <summary>
    /// The listening socket and the connections it holds open. A silent connection must stay referenced until the test
    /// ends: once unreachable, the garbage collector's finalizer closes it, and the probe sees an early end of the answer
    /// instead of silence (it happened once in CI under load).
    /// </summary>
    private sealed class Listener(Socket socket) : IDisposable
    {
        private readonly List<Socket> _heldOpen = [];

        public Socket Socket { get; } = socket;

        public void HoldOpen(Socket connection)
        {
            lock (_heldOpen)
            {
                _heldOpen.Add(connection);
            }
        }

        public void Dispose()
        {
            Socket.Dispose();
            lock (_heldOpen)
            {
                _heldOpen.ForEach(connection => connection.Dispose());
            }
        }
    }
}
