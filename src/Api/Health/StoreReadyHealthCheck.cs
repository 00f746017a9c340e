using ClaimGraph.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimGraph.Api;

/// <summary>
/// Ready means: the startup task finished, the store answers, and it holds at least one note. While the store is being
/// opened or seeded the check reports <see cref="HealthStatus.Degraded"/> (still 503 on <c>/health/ready</c>): that is
/// normal progress, and the health check service logs Unhealthy at Error level, which would put a <c>fail:</c> line in
/// the log of every start.
/// </summary>
public sealed class StoreReadyHealthCheck(StoreReadiness readiness, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = readiness.Current;
        if (current.State is StoreState.Starting or StoreState.Seeding)
        {
            return HealthCheckResult.Degraded(current.Reason);
        }

        if (!current.IsReady)
        {
            return HealthCheckResult.Unhealthy(current.Reason);
        }

        StoreStatus status;
        try
        {
            // Resolved only once the startup task has opened the store, so a store that cannot be constructed never gets here.
            status = await services.GetRequiredService<IClaimGraphQueries>().GetStatusAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The store did not answer: {e.Message}", e);
        }

        if (!status.Reachable)
        {
            return HealthCheckResult.Unhealthy($"The store is unreachable: {status.Problem ?? "no reason given"}.");
        }

        return status.NoteCount == 0
            ? HealthCheckResult.Unhealthy($"The store holds no notes. {current.Reason}")
            : HealthCheckResult.Healthy($"The store holds {status.NoteCount} notes.");
    }
}
