using System.Diagnostics;
using ClaimGraph.Api.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Api.Tests.Deployment;

/// <summary>
/// The container health check of the <c>api</c> service: <c>dotnet ClaimGraph.Api.dll --health-check URL</c> exits 0 only
/// when /health/ready answers 200. A local listener plays the API so each answer can be chosen.
/// </summary>
public sealed class ReadinessProbeTests : IAsyncLifetime
{
    private WebApplication _listener = null!;
    private int _status = StatusCodes.Status200OK;

    private Uri ReadyUrl { get; set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _listener = builder.Build();
        _listener.MapGet("/health/ready", () => Results.Text(_status == 200 ? "{\"status\":\"Healthy\"}" : "store: seeding", statusCode: _status));
        await _listener.StartAsync();
        var address = _listener.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ReadyUrl = new Uri(new Uri(address), "/health/ready");
    }

    public async Task DisposeAsync() => await _listener.DisposeAsync();

    [Fact]
    public async Task A_ready_API_exits_0()
    {
        var (exitCode, output) = await ProbeAsync(ReadyUrl.ToString());

        exitCode.Should().Be(0);
        output.Should().Be($"ready: {ReadyUrl} answered 200");
    }

    [Fact]
    public async Task An_API_answering_503_exits_1_and_says_why()
    {
        _status = StatusCodes.Status503ServiceUnavailable;

        var (exitCode, output) = await ProbeAsync(ReadyUrl.ToString());

        exitCode.Should().Be(1);
        output.Should().Be($"not ready: {ReadyUrl} answered 503 store: seeding");
    }

    [Fact]
    public async Task No_API_listening_exits_1()
    {
        var (exitCode, output) = await ProbeAsync("http://127.0.0.1:1/health/ready");

        exitCode.Should().Be(1);
        output.Should().StartWith("not ready: http://127.0.0.1:1/health/ready did not answer");
    }

    [Theory]
    [InlineData("not-a-url")]
    [InlineData("http://127.0.0.1:5080/health/ready", "extra")]
    public async Task Bad_arguments_exit_2_with_the_usage(params string[] arguments)
    {
        var (exitCode, output) = await ProbeAsync(arguments);

        exitCode.Should().Be(2);
        output.Should().StartWith("usage: --health-check");
    }

    [Fact]
    public void Only_the_flag_in_first_position_selects_the_probe()
    {
        ReadinessProbe.IsRequested(["--health-check"]).Should().BeTrue();
        ReadinessProbe.IsRequested(["--urls", "http://+:5080"]).Should().BeFalse();
        ReadinessProbe.IsRequested([]).Should().BeFalse();
    }

    [Fact]
    public async Task The_published_entry_point_runs_the_probe_before_starting_any_host()
    {
        var apiAssembly = Path.Combine(AppContext.BaseDirectory, "ClaimGraph.Api.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { apiAssembly, ReadinessProbe.Argument, ReadyUrl.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        process.ExitCode.Should().Be(0, $"stdout: {output} stderr: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
        output.Trim().Should().Be($"ready: {ReadyUrl} answered 200");
    }

    private static async Task<(int ExitCode, string Output)> ProbeAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        var exitCode = await ReadinessProbe.RunAsync([ReadinessProbe.Argument, .. arguments], output, CancellationToken.None);
        return (exitCode, output.ToString().Trim());
    }
}
