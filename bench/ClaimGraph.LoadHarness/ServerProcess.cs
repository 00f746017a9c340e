using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClaimGraph.LoadHarness;

/// <summary>
/// A server process the harness started on 127.0.0.1 (the ClaimGraph API or the Node peer); disposing stops it and
/// every child it started, by process id.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _log = new();
    private bool _disposed;

    private ServerProcess(Process process, Uri baseUri)
    {
        _process = process;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts the Release build of the API over an existing SQLite store, with the benchmark endpoint on and rate limiting
    /// and seeding off; <paramref name="serverCache"/> false turns the server cache off, so every request reaches the store.
    /// </summary>
    public static Task<ServerProcess> StartApiAsync(
        string apiAssembly, string contentRoot, string storePath, bool serverCache, HttpClient client, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot };
        start.ArgumentList.Add(apiAssembly);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Store__Provider"] = "Sqlite";
        start.Environment["Store__Sqlite__Path"] = storePath;
        start.Environment["Seeding__Enabled"] = "false";
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Benchmarking__StaticEndpoint"] = "true";
        start.Environment["HttpCaching__ServerCache"] = serverCache ? "true" : "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        return StartAsync(start, new Uri($"http://127.0.0.1:{port}/"), "health/ready", client, cancellationToken);
    }

    /// <summary>Starts the graphql-js + graphql-http peer over a JSON export of the same store.</summary>
    public static Task<ServerProcess> StartNodePeerAsync(
        string peerFolder, string exportPath, string schemaPath, HttpClient client, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("node") { WorkingDirectory = peerFolder };
        foreach (var argument in new[] { "server.mjs", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", exportPath, "--schema", schemaPath })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["NODE_ENV"] = "production";
        return StartAsync(start, new Uri($"http://127.0.0.1:{port}/"), "health", client, cancellationToken);
    }

    private static async Task<ServerProcess> StartAsync(
        ProcessStartInfo start, Uri baseUri, string readyPath, HttpClient client, CancellationToken cancellationToken)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var server = new ServerProcess(process, baseUri);
        process.OutputDataReceived += (_, e) => server.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => server.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var ready = new Uri(baseUri, readyPath);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                var log = server.RecentLog();
                await server.DisposeAsync();
                throw new InvalidOperationException($"{start.FileName} exited with {process.ExitCode} before it was ready:\n{log}");
            }
            try
            {
                using var response = await client.GetAsync(ready, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                var log = server.RecentLog();
                await server.DisposeAsync();
                throw new TimeoutException($"{start.FileName} at {baseUri} was not ready after 3 minutes:\n{log}");
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    public long? PeakResidentBytes() => _disposed || _process.HasExited ? null : ChildProcess.PeakResidentBytes(_process.Id);

    public string RecentLog()
    {
        lock (_log)
        {
            return string.Join('\n', _log);
        }
    }

    /// <summary>Stops the server; safe to call again (the harness stops the API early so the peer runs alone).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > 40)
            {
                _log.Dequeue();
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
