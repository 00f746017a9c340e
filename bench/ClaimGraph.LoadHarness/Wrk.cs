using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimGraph.LoadHarness;

public sealed record WrkResult(double RequestsPerSecond, long Requests, long NonSuccess, long SocketErrors);

/// <summary>Drives one URL with wrk (closed loop: each connection sends its next request when the last answer arrives).</summary>
public static partial class Wrk
{
    public const string InstallHint = "wrk is not installed. On Debian or Ubuntu: sudo apt-get install wrk (https://github.com/wg/wrk).";

    public static async Task<WrkResult> RunAsync(
        string wrkPath, LoadTarget target, int threads, int connections, int seconds, string scratchFolder, CancellationToken cancellationToken)
    {
        var arguments = new List<string>
        {
            $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s",
        };
        if (target.Body is not null)
        {
            var script = Path.Combine(scratchFolder, $"{target.Name}.lua");
            await File.WriteAllTextAsync(script, PostScript(target.Body), cancellationToken);
            arguments.Add("-s");
            arguments.Add(script);
        }
        arguments.Add(target.Url.ToString());

        var outcome = await ChildProcess.RunAsync(wrkPath, arguments, null, cancellationToken);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {outcome.ExitCode} on {target.Name}: {outcome.StandardError}{outcome.StandardOutput}");
        }
        return Parse(outcome.StandardOutput, target.Name);
    }

    public static WrkResult Parse(string output, string targetName)
    {
        var rate = RequestsPerSecondLine().Match(output);
        var total = RequestsLine().Match(output);
        if (!rate.Success || !total.Success)
        {
            throw new FormatException($"wrk output for {targetName} has no 'Requests/sec' or 'requests in' line:\n{output}");
        }
        var nonSuccess = NonSuccessLine().Match(output);
        var sockets = SocketErrorsLine().Match(output);
        long socketErrors = 0;
        if (sockets.Success)
        {
            for (var group = 1; group <= 4; group++)
            {
                socketErrors += long.Parse(sockets.Groups[group].Value, CultureInfo.InvariantCulture);
            }
        }
        return new WrkResult(
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture),
            nonSuccess.Success ? long.Parse(nonSuccess.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors);
    }

    /// <summary>A wrk Lua script that POSTs <paramref name="body"/> as JSON (GraphQL over HTTP).</summary>
    private static string PostScript(string body)
    {
        var script = new StringBuilder();
        script.AppendLine("wrk.method = \"POST\"");
        script.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        script.AppendLine("wrk.headers[\"Accept\"] = \"application/graphql-response+json, application/json\"");
        // A long-bracket literal keeps the body byte for byte: Lua 5.1 (wrk's LuaJIT) interprets no escapes inside it.
        if (body.Contains("]==]", StringComparison.Ordinal))
        {
            throw new ArgumentException("a request body must not contain ']==]'", nameof(body));
        }
        script.Append("wrk.body = [==[").Append(body).AppendLine("]==]");
        return script.ToString();
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrorsLine();
}
