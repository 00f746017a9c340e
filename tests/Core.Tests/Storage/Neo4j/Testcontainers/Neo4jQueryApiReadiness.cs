using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace ClaimGraph.Core.Tests.Storage.Neo4j.Testcontainers;

/// <summary>
/// Neo4j is ready for the adapter when its Query API runs an authenticated <c>RETURN 1</c>: an open port, or the log
/// line "Started.", come before the credentials and the database are usable. Testcontainers calls this until it is true.
/// </summary>
public sealed class Neo4jQueryApiReadiness(string user, string password, string database = "neo4j") : IWaitUntil
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    /// <summary>What the last attempt saw (status and body, or the connection error): says why a start timed out.</summary>
    public string LastAnswer { get; private set; } = "no attempt yet";

    public Task<bool> UntilAsync(IContainer container)
    {
        ArgumentNullException.ThrowIfNull(container);
        var baseAddress = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(Neo4jContainerBuilder.HttpPort)}");
        return IsReadyAsync(baseAddress, CancellationToken.None);
    }

    /// <summary>One attempt: POST <c>/db/{database}/query/v2</c> with basic auth; true when it answers 2xx with the row.</summary>
    public async Task<bool> IsReadyAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = AttemptTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, $"/db/{Uri.EscapeDataString(database)}/query/v2"))
        {
            Content = new StringContent("""{"statement":"RETURN 1 AS ready"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            LastAnswer = $"{(int)response.StatusCode}: {body}";
            return response.IsSuccessStatusCode && ReturnsTheRow(body);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            LastAnswer = exception.Message;
            return false;
        }
    }

    private static bool ReturnsTheRow(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("data", out var data)
                && data.TryGetProperty("values", out var values)
                && values.ValueKind == JsonValueKind.Array
                && values.GetArrayLength() == 1
                && values[0].ValueKind == JsonValueKind.Array
                && values[0].GetArrayLength() == 1
                && values[0][0].TryGetInt32(out var value)
                && value == 1;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
