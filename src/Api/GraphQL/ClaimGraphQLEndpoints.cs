using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Http;
using ClaimGraph.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.GraphQL;

public static class ClaimGraphQLEndpoints
{
    /// <summary>
    /// Registers the claim-graph schema with the GraphQL engine, its limits bound from the <c>GraphQL</c> section
    /// (checked at start), and GraphiQL as the answer to a browser opening the endpoint.
    /// </summary>
    public static IHostApplicationBuilder AddClaimGraphQL(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ClaimGraphQLOptions>()
            .Bind(builder.Configuration.GetSection(ClaimGraphQLOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ClaimGraphQLOptions>, ClaimGraphQLOptionsValidation>();
        builder.Services.AddSingleton(services => new ClaimGraphSchema(
            services.GetRequiredService<IOptions<ClaimGraphQLOptions>>().Value,
            services.GetRequiredService<IOptions<SearchTextOptions>>().Value));
        builder.Services.AddGraphQL(services => services.GetRequiredService<ClaimGraphSchema>().Schema);
        builder.Services.AddOptions<GraphQLServerOptions>()
            .Configure<IOptions<ClaimGraphQLOptions>>((server, claimGraph) =>
            {
                var options = claimGraph.Value;
                server.Engine = options.ToEngineOptions();
                server.MaxRequestBodyBytes = options.MaxRequestBodyBytes;
                server.MaxJsonDepth = options.MaxJsonDepth;
                server.BrowserRequestHandler = context => GraphiQLIde.WritePageAsync(context, options.Path);
            });
        return builder;
    }

    /// <summary>
    /// Maps GraphQL over HTTP at the configured path (<c>/graphql</c>), the schema as SDL at <c>/graphql/schema.graphql</c>
    /// and the IDE's assets at <c>/graphql/ide/*</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapClaimGraphQL(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<ClaimGraphQLOptions>>().Value.Path;
        // Resolvers need the store: while it opens or seeds, the endpoint answers 503 like the REST endpoints do.
        // The IDE page needs no store, so a browser opening /graphql gets it at once.
        endpoints.MapGraphQL(path)
            .WithMetadata(new RequiresReadyStoreMetadata(GraphQLServerOptions.IsBrowserPageRequest))
            .WithMetadata(HttpCachingExtensions.GraphQLServerCaching)
            .RequireRateLimiting(RateLimitingExtensions.PolicyName)
            .ExcludeFromDescription();
        endpoints.MapGet(path + "/schema.graphql", (GraphQLExecutor executor) =>
                Results.Text(SchemaPrinter.Print(executor.Schema), "text/plain; charset=utf-8"))
            .WithName("GetGraphQLSchema")
            .WithTags("GraphQL")
            .WithSummary("The GraphQL schema as SDL")
            .WithDescription("The claim-graph schema in the GraphQL schema definition language, as the engine prints it.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        endpoints.MapGraphiQLAssets(path);
        return endpoints;
    }

    private sealed class ClaimGraphQLOptionsValidation : IValidateOptions<ClaimGraphQLOptions>
    {
        public ValidateOptionsResult Validate(string? name, ClaimGraphQLOptions options)
        {
            var problems = options.Problems();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
