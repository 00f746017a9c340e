using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace ClaimGraph.Api;

/// <summary>
/// A benchmark-only endpoint: <c>GET /bench/static?bytes=N</c> answers a fixed JSON document of exactly N bytes, so the
/// load harness can divide an endpoint's throughput by what this host serves when the handler does no work at all.
/// Mapped only when <c>Benchmarking:StaticEndpoint=true</c> and never part of the OpenAPI document.
/// </summary>
public static class BenchmarkingApi
{
    public const string SectionName = "Benchmarking";
    public const string EnabledKey = SectionName + ":StaticEndpoint";
    public const string StaticPath = "/bench/static";

    /// <summary>The smallest body that is still a JSON object with a padding member: <c>{"padding":""}</c>.</summary>
    public const int MinBytes = 14;

    public const int MaxBytes = 1 << 20;

    public static IEndpointRouteBuilder MapBenchmarking(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue<bool>(EnabledKey))
        {
            return endpoints;
        }

        var payloads = new ConcurrentDictionary<int, byte[]>();
        // A plain RequestDelegate, not a handler with bound parameters: the ceiling the harness divides by should cost
        // only what the host itself costs (routing, the middleware every request passes, writing the bytes).
        endpoints.MapGet(StaticPath, context =>
            {
                var size = 1024;
                var text = context.Request.Query["bytes"];
                if (text.Count > 0 && (!int.TryParse(text[0], NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < MinBytes or > MaxBytes))
                {
                    return Results.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["bytes"] = [$"bytes must be a whole number between {MinBytes} and {MaxBytes}; got '{text}'."],
                    }).ExecuteAsync(context);
                }
                var payload = payloads.GetOrAdd(size, StaticPayload);
                var response = context.Response;
                response.ContentType = "application/json; charset=utf-8";
                response.ContentLength = payload.Length;
                return response.Body.WriteAsync(payload, context.RequestAborted).AsTask();
            })
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary><c>{"padding":"xxx…"}</c>, padded to exactly <paramref name="size"/> bytes of UTF-8.</summary>
    private static byte[] StaticPayload(int size) =>
        Encoding.UTF8.GetBytes("{\"padding\":\"" + new string('x', size - MinBytes) + "\"}");
}
