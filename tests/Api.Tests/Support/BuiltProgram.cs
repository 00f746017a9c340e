using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ClaimGraph.Api.Tests.Support;

/// <summary>
/// One of the repository's programs (the API or the ingest CLI) run as its own process from its own build output
/// (<c>src/{Api,Ingest}/bin/{Configuration}/{TargetFramework}/</c>, built by this test project's references), with the
/// working directory, arguments and environment a user would give it. Output is collected for assertions.
/// </summary>
public sealed class BuiltProgram : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BuiltProgram(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The build output folder of <c>src/{project}</c> in the same configuration as these tests.</summary>
    public static string OutputFolder(string project)
    {
        // AppContext.BaseDirectory is tests/Api.Tests/bin/{Configuration}/{TargetFramework}/.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        return RepositoryRoot.Combine("src", project, "bin", configuration.Name, framework.Name);
    }

    /// <summary>The build output of <c>src/{project}</c> copied to the same place under <paramref name="checkout"/>; returns the copy.</summary>
    public static string CopyOutputInto(string checkout, string project)
    {
        var source = OutputFolder(project);
        var target = Path.Combine(checkout, Path.GetRelativePath(RepositoryRoot.Path, source));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    public static BuiltProgram Start(string project, string assembly, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null) =>
        StartFrom(OutputFolder(project), assembly, workingDirectory, arguments, environment);

    public static BuiltProgram StartFrom(string programFolder, string assembly, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(programFolder, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's own settings must not leak into the program under test.
        foreach (var inherited in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT" })
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        return new BuiltProgram(Process.Start(start) ?? throw new InvalidOperationException($"dotnet {assembly} did not start"));
    }

    /// <summary>Waits for the program to end; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200; fails with the program's output otherwise.</summary>
    public async Task WaitUntilOkAsync(HttpClient client, string url, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The program exited with {_process.ExitCode} before {url} answered:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(url));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{url} did not answer 200 within {timeout}:\n{Output}");
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
