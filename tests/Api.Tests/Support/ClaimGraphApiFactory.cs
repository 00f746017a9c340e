using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Api.Tests.Support;

/// <summary>
/// The API host on a SQLite file of its own in a temporary folder, seeded from the repository's <c>seeds/</c> by the
/// host's own startup task. <paramref name="settings"/> override configuration keys (<c>RateLimiting:PermitLimit</c> …).
/// </summary>
public class ClaimGraphApiFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(2);

    private readonly DirectoryInfo _dataFolder = Directory.CreateTempSubdirectory("claimgraph-api-tests-");

    public string DatabasePath => Path.Combine(_dataFolder.FullName, "claimgraph.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development: error responses must look as they do in production (no exception details).
        builder.UseEnvironment("Testing");
        var effective = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Store:Provider"] = "Sqlite",
            ["Store:Sqlite:Path"] = DatabasePath,
            ["Seeding:Enabled"] = "true",
            ["Seeding:Path"] = RepositoryFolders.Seeds,
            ["RateLimiting:PermitLimit"] = "1000000",
            ["Cors:AllowedOrigins:0"] = "https://dashboard.example",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }

        foreach (var (key, value) in effective)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (the seeds are ingested); fails with its last answer otherwise.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + ReadyTimeout;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            await Task.Delay(100);
        }

        throw new TimeoutException($"The API was not ready after {ReadyTimeout}; /health/ready last answered {last}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                _dataFolder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; failing the run over it is not.
            }
        }
    }
}
