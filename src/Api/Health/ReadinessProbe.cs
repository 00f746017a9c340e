namespace ClaimGraph.Api.Health;

/// <summary>
/// <c>dotnet ClaimGraph.Api.dll --health-check [url]</c>: asks a running API whether it is ready and exits 0 (200) or 1
/// (anything else, or no answer). The ASP.NET runtime image has neither curl nor wget, so the container's health check
/// runs the service's own binary instead of adding a tool to the image. Nothing else of the host starts in this mode.
/// </summary>
public static class ReadinessProbe
{
    public const string Argument = "--health-check";

    public static readonly Uri DefaultUrl = new("http://127.0.0.1:5080/health/ready");

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Argument;

    /// <summary>Runs the probe; returns the process exit code and writes one line saying what it saw.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Count > 2 || (args.Count == 2 && !Uri.TryCreate(args[1], UriKind.Absolute, out _)))
        {
            await output.WriteLineAsync($"usage: {Argument} [absolute URL of /health/ready, default {DefaultUrl}]");
            return 2;
        }

        var url = args.Count == 2 ? new Uri(args[1]) : DefaultUrl;
        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(url, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                await output.WriteLineAsync($"ready: {url} answered {(int)response.StatusCode}");
                return 0;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            await output.WriteLineAsync($"not ready: {url} answered {(int)response.StatusCode} {body}");
            return 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"not ready: {url} did not answer ({exception.Message})");
            return 1;
        }
    }
}
