using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// The two pipelines every Neo4j call goes through. They share one circuit breaker, so the readiness probe sees the
/// same open/half-open/closed state as real traffic and is itself the trial call that closes the circuit after an outage.
/// <list type="bullet">
/// <item><see cref="Operation"/>: total timeout → retry (exponential backoff, jitter) → circuit breaker → attempt timeout.</item>
/// <item><see cref="Probe"/>: short probe timeout → circuit breaker → attempt timeout; no retry.</item>
/// </list>
/// </summary>
public sealed class Neo4jResiliencePipelines
{
    public Neo4jResiliencePipelines(Neo4jResilienceOptions options, ILogger logger, TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        var transient = new PredicateBuilder().Handle<Exception>(Neo4jFailureClassifier.IsTransient);

        var guarded = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                OnOpened = args =>
                {
                    logger.LogError(
                        "Neo4j circuit opened for {BreakDuration} after repeated failures (last: {Reason}); calls fail fast until a trial call succeeds",
                        args.BreakDuration, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    logger.LogInformation("Neo4j circuit half-open: letting one trial call through");
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    logger.LogInformation("Neo4j circuit closed: the server answers again");
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

        var operation = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            operation.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                OnRetry = args =>
                {
                    logger.LogWarning(
                        "Neo4j attempt {Attempt} failed ({Reason}); retrying in {Delay}",
                        args.AttemptNumber + 1, args.Outcome.Exception?.Message, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        Operation = operation.AddPipeline(guarded).Build();
        Probe = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(options.StatusProbeTimeout)
            .AddPipeline(guarded)
            .Build();
    }

    public ResiliencePipeline Operation { get; }

    public ResiliencePipeline Probe { get; }

    /// <summary>True for the exceptions that mean "no usable answer", as opposed to Neo4j refusing the request.</summary>
    public static bool IsUnavailability(Exception exception) =>
        exception is BrokenCircuitException or TimeoutRejectedException or HttpRequestException or IOException
            or OperationCanceledException { InnerException: TimeoutException };
}
