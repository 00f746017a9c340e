using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Api.Tests.Abuse;

/// <summary>
/// The seeded API on Kestrel (a free loopback port), its store wrapped so a test can stand in for one store method
/// (<see cref="InterceptingQueries.Intercept"/>), and its log captured (<see cref="Log"/>). The server cache is off so
/// every request reaches the store.
/// </summary>
public sealed class InterceptingApiFactory(IReadOnlyDictionary<string, string?>? settings = null)
    : ClaimGraphApiFactory(WithServerCacheOff(settings))
{
    public CapturedLog Log { get; } = new();

    public InterceptingQueries Queries => (InterceptingQueries)Services.GetRequiredService<IClaimGraphQueries>();

    /// <summary>Starts Kestrel, waits until the store is seeded, and returns a client for the real socket.</summary>
    public async Task<HttpClient> StartAsync()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        await WaitUntilReadyAsync();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var original = services.Last(descriptor => descriptor.ServiceType == typeof(IClaimGraphQueries));
            services.Remove(original);
            services.AddSingleton(provider => InterceptingQueries.Wrap(
                (IClaimGraphQueries)(original.ImplementationInstance
                    ?? original.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!))));
            services.AddSingleton<ILoggerProvider>(Log);
        });
    }

    private static Dictionary<string, string?> WithServerCacheOff(IReadOnlyDictionary<string, string?>? settings)
    {
        var effective = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["HttpCaching:ServerCache"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            effective[key] = value;
        }
        return effective;
    }
}

/// <summary>Forwards every store call, except those <see cref="Intercept"/> answers itself (it returns the task to use, or null).</summary>
public class InterceptingQueries : DispatchProxy
{
    private IClaimGraphQueries _inner = null!;
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public Func<string, object?[], object?>? Intercept { get; set; }

    public int CallsTo(string method) => _calls.GetValueOrDefault(method);

    public static IClaimGraphQueries Wrap(IClaimGraphQueries inner)
    {
        var proxy = Create<IClaimGraphQueries, InterceptingQueries>();
        ((InterceptingQueries)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        args ??= [];
        _calls.AddOrUpdate(targetMethod.Name, 1, (_, count) => count + 1);
        if (Intercept?.Invoke(targetMethod.Name, args) is { } replaced)
        {
            return replaced;
        }
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }
}

/// <summary>
/// A search that runs until its token is cancelled, then fails the way the SQLite store fails when its statement is
/// interrupted (SQLITE_INTERRUPT), recording when the cancellation arrived.
/// </summary>
public sealed class EndlessSearch
{
    public const string Text = "endless search";

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<DateTime> _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    /// <summary>When the store saw the cancellation (UTC).</summary>
    public Task<DateTime> Cancelled => _cancelled.Task;

    public object? Intercept(string method, object?[] args) =>
        method == nameof(IClaimGraphQueries.SearchAsync) && args[0] is Text ? RunAsync((CancellationToken)args[2]!) : null;

    private async Task<SearchResults> RunAsync(CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _cancelled.TrySetResult(DateTime.UtcNow);
            throw new SqliteException("interrupted", 9);
        }
        throw new InvalidOperationException("unreachable");
    }
}

/// <summary>Every log entry the host writes, with its exception.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
