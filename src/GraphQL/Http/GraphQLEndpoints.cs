using ClaimGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimGraph.GraphQL.Http;

public static class GraphQLEndpoints
{
    /// <summary>Registers the engine for one schema, built once from the container on first use.</summary>
    public static IServiceCollection AddGraphQL(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schemaFactory,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        var options = services.AddOptions<GraphQLServerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.AddSingleton(provider =>
        {
            var serverOptions = provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
            return new GraphQLExecutor(schemaFactory(provider), serverOptions.Engine, serverOptions.DocumentCacheCapacity);
        });
        return services;
    }

    public static IServiceCollection AddGraphQL(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQL(_ => schema, configure);
    }

    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="pattern"/>: POST with a JSON body, GET with query parameters
    /// (queries only). Other methods get 405 from routing.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (RequestDelegate)GraphQLHttpHandler.HandleAsync)
            .WithDisplayName("GraphQL")
            .DisableAntiforgery();
    }
}
