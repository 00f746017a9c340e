using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Storage.Neo4j;

public static class Neo4jStoreRegistration
{
    /// <summary>
    /// Registers one <see cref="Neo4jQueryClient"/> (one pooled connection handler and one circuit breaker for the
    /// process) and the <see cref="Neo4jClaimGraphStore"/> behind both store interfaces, configured from
    /// <c>Store:Neo4j</c> (<c>Uri</c>, <c>User</c>, <c>Password</c>, <c>Database</c>, <c>Resilience:*</c>).
    /// </summary>
    public static IServiceCollection AddNeo4jClaimGraphStore(this IServiceCollection services)
    {
        services.AddSingleton(provider => new Neo4jQueryClient(
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.Neo4j,
            provider.GetService<ILogger<Neo4jQueryClient>>()));
        services.AddSingleton(provider => new Neo4jClaimGraphStore(provider.GetRequiredService<Neo4jQueryClient>()));
        services.AddSingleton<IClaimGraphWriter>(provider => provider.GetRequiredService<Neo4jClaimGraphStore>());
        services.AddSingleton<IClaimGraphQueries>(provider => provider.GetRequiredService<Neo4jClaimGraphStore>());
        return services;
    }
}
