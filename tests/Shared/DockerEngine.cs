using System.Net.Sockets;

namespace ClaimGraph.Tests;

/// <summary>
/// Finds a reachable Docker engine for Testcontainers: <c>DOCKER_HOST</c> when set, else the usual sockets (rootful,
/// rootless, Docker Desktop). The probe is an HTTP <c>GET /_ping</c> with a short timeout, so a machine without an
/// engine answers at once (no socket file) or within the timeout (a socket nobody serves), never hangs the suite.
/// </summary>
public static class DockerEngine
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    private static readonly Lazy<ProbeResult> Probe = new(() => ProbeCandidatesAsync(Candidates(), ProbeTimeout).GetAwaiter().GetResult());

    /// <summary>The engine's endpoint (<c>unix:///…</c> or <c>tcp://…</c>), or null when none answered.</summary>
    public static Uri? Endpoint => Probe.Value.Endpoint;

    /// <summary>Why no engine is usable (naming each endpoint tried), or null when one answered.</summary>
    public static string? UnreachableReason() => Probe.Value.Endpoint is null ? Probe.Value.Reason : null;

    /// <summary>The endpoints tried, in order: <c>DOCKER_HOST</c> alone when set, else the default sockets.</summary>
    public static IReadOnlyList<Uri> Candidates()
    {
        if (Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host)
        {
            return [new Uri(host)];
        }

        var sockets = new List<string> { "/var/run/docker.sock" };
        if (Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime)
        {
            sockets.Add(Path.Combine(runtime, "docker.sock"));
        }

        sockets.Add(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker", "run", "docker.sock"));
        return sockets.Select(socket => new Uri($"unix://{socket}")).ToList();
    }

    public sealed record ProbeResult(Uri? Endpoint, string Reason);

    /// <summary>Probes each endpoint in turn; the first that answers <c>/_ping</c> with 200 wins.</summary>
    public static async Task<ProbeResult> ProbeCandidatesAsync(IReadOnlyList<Uri> candidates, TimeSpan timeout)
    {
        var failures = new List<string>();
        foreach (var endpoint in candidates)
        {
            if (await PingAsync(endpoint, timeout) is { } failure)
            {
                failures.Add($"{endpoint}: {failure}");
            }
            else
            {
                return new ProbeResult(endpoint, "");
            }
        }

        return new ProbeResult(null, $"no Docker engine is reachable ({string.Join("; ", failures)})");
    }

    /// <summary>Null when the engine at <paramref name="endpoint"/> answered <c>GET /_ping</c> with 200; else why not.</summary>
    public static async Task<string?> PingAsync(Uri endpoint, TimeSpan timeout)
    {
        SocketsHttpHandler handler;
        Uri pingUri;
        switch (endpoint.Scheme)
        {
            case "unix":
                if (!File.Exists(endpoint.AbsolutePath))
                {
                    return "no such socket";
                }

                var socketPath = endpoint.AbsolutePath;
                handler = new SocketsHttpHandler
                {
                    ConnectCallback = async (_, cancellationToken) =>
                    {
                        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                        try
                        {
                            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
                            return new NetworkStream(socket, ownsSocket: true);
                        }
                        catch
                        {
                            socket.Dispose();
                            throw;
                        }
                    },
                };
                pingUri = new Uri("http://docker/_ping");
                break;
            case "tcp" or "http":
                handler = new SocketsHttpHandler();
                pingUri = new Uri($"http://{endpoint.Authority}/_ping");
                break;
            default:
                return $"unsupported scheme '{endpoint.Scheme}' (unix:// and tcp:// are probed)";
        }

        using var client = new HttpClient(handler) { Timeout = timeout };
        try
        {
            using var response = await client.GetAsync(pingUri);
            return response.IsSuccessStatusCode ? null : $"/_ping answered {(int)response.StatusCode}";
        }
        catch (TaskCanceledException)
        {
            return $"no answer within {timeout.TotalSeconds:0.#} s";
        }
        catch (HttpRequestException exception)
        {
            return exception.InnerException?.Message ?? exception.Message;
        }
    }
}
