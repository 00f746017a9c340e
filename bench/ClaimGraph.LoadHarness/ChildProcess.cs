using System.Diagnostics;
using System.Text;

namespace ClaimGraph.LoadHarness;

/// <summary>Runs tools the harness depends on (wrk, dotnet, npm) and finds them on PATH.</summary>
public static class ChildProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static string? FindOnPath(string tool)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);
    }

    public static async Task<Outcome> RunAsync(
        string fileName, IEnumerable<string> arguments, string? workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Outcome(process.ExitCode, output.ToString(), error.ToString());
    }

    public static async Task RunCheckedAsync(
        string fileName, IEnumerable<string> arguments, string? workingDirectory, CancellationToken cancellationToken)
    {
        var list = arguments.ToList();
        var outcome = await RunAsync(fileName, list, workingDirectory, cancellationToken);
        if (outcome.ExitCode != 0)
        {
            var tail = string.Join('\n', (outcome.StandardOutput + outcome.StandardError).Split('\n').TakeLast(30));
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', list)}' exited with {outcome.ExitCode}:\n{tail}");
        }
    }

    /// <summary>Peak resident set (VmHWM) of a live process in bytes, or null where /proc is not available.</summary>
    public static long? PeakResidentBytes(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                    return kilobytes * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }

    /// <summary>Resets this process's peak resident set so the next <see cref="PeakResidentBytes"/> covers only what follows (Linux 4.0+).</summary>
    public static bool ResetOwnPeakResident()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
