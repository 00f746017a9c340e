using ClaimGraph.Api.GraphQL;
using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.Api.Tests.GraphQL.Support;

/// <summary>The claim-graph schema with default options, without a host or a store (enough to validate and introspect).</summary>
public static class SchemaUnderTest
{
    private static readonly Lazy<GraphQLExecutor> Shared = new(() =>
    {
        var options = new ClaimGraphQLOptions();
        return new GraphQLExecutor(new ClaimGraphSchema(options).Schema, options.ToEngineOptions(), documentCacheCapacity: 0);
    });

    public static GraphQLExecutor Executor => Shared.Value;

    public static Schema Schema => Executor.Schema;

    public static string Sdl => SchemaPrinter.Print(Schema);

    public static async Task<string> IntrospectionJsonAsync(CancellationToken cancellationToken)
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest(IntrospectionQuery.Full), cancellationToken: cancellationToken);
        result.Errors.Should().BeNullOrEmpty("the introspection query must execute without errors");
        return result.ToJson();
    }
}
