using BenchmarkDotNet.Attributes;
using ClaimGraph.Api.GraphQL;
using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimGraph.Benchmarks;

/// <summary>
/// parse + validate + operation limits + execute against the claim-graph schema on the ingested corpus, with no
/// document cache (the HTTP endpoint caches parsed documents; these figures are the uncached cost).
/// </summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private Schema? _schema;
    private ServiceProvider? _services;
    private GraphQLRequest? _threeFields;
    private GraphQLRequest? _relationsEvidence;
    private GraphQLRequest? _introspection;

    // BenchmarkDotNet's in-process toolchain does not await an async [GlobalSetup]; block on it here instead.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        var corpus = await IngestedCorpus.GetAsync();
        _schema = new ClaimGraphSchema(new ClaimGraphQLOptions()).Schema;
        _services = new ServiceCollection().AddSingleton<IClaimGraphQueries>(corpus.Store).BuildServiceProvider();
        var variables = new Dictionary<string, object?> { ["id"] = corpus.EntityId };
        _threeFields = new GraphQLRequest(BenchmarkCorpus.QueryText("entity-three-fields.graphql"), Variables: variables);
        _relationsEvidence = new GraphQLRequest(BenchmarkCorpus.QueryText("entity-relations-evidence.graphql"), Variables: variables);
        _introspection = new GraphQLRequest(BenchmarkCorpus.QueryText("introspection.graphql"));

        foreach (var request in new[] { _threeFields, _relationsEvidence, _introspection })
        {
            var result = await GraphQLExecutor.ExecuteAsync(_schema, request, _services);
            if (result.Errors is { Count: > 0 } errors)
            {
                throw new InvalidOperationException($"Benchmark query failed: {errors[0].Message}");
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Description = "Three fields (entity id name type)")]
    public Task<ClaimGraph.GraphQL.Execution.ExecutionResult> ThreeFields() =>
        GraphQLExecutor.ExecuteAsync(_schema!, _threeFields!, _services);

    [Benchmark(Description = "Entity → relations(10) → evidence(3) → note")]
    public Task<ClaimGraph.GraphQL.Execution.ExecutionResult> EntityRelationsEvidence() =>
        GraphQLExecutor.ExecuteAsync(_schema!, _relationsEvidence!, _services);

    [Benchmark(Description = "Introspection (graphql-js getIntrospectionQuery)")]
    public Task<ClaimGraph.GraphQL.Execution.ExecutionResult> Introspection() =>
        GraphQLExecutor.ExecuteAsync(_schema!, _introspection!, _services);
}
