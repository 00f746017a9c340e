using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Limits;
using ClaimGraph.GraphQL.Types;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Execution;

/// <summary>
/// What a resolver throws once the request is cancelled is the cancellation, whatever its type: a store interrupted by
/// the token reports it in its own terms (SQLite's "interrupted"), which must not become a masked field error.
/// </summary>
public class CancellationTests
{
    private sealed class StoreInterruptedException() : Exception("interrupted");

    private static Schema InterruptibleSchema()
    {
        var query = new ObjectType("Query");
        query.Field("slow", ScalarType.String, async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new StoreInterruptedException();
            }
            return "never";
        });
        query.Field("fast", ScalarType.String, _ => "fast");
        return new Schema(query);
    }

    [Fact]
    public async Task A_store_error_raised_by_the_timeout_is_reported_as_the_timeout_with_its_code()
    {
        var options = GraphQLOptions.Default with { Limits = GraphQLLimits.Default with { ExecutionTimeout = TimeSpan.FromMilliseconds(100) } };

        var result = await GraphQLExecutor.ExecuteAsync(InterruptibleSchema(), new GraphQLRequest("{ fast slow }"), options: options);

        result.Data.Should().BeNull();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Message.Should().Be("Execution exceeded the time limit of 100 ms (ExecutionTimeout) and was cancelled.");
        error.Extensions.Should().Contain("code", Executor.TimeoutErrorCode).And.Contain("timeoutMs", 100L);
    }

    [Fact]
    public async Task A_store_error_raised_by_the_callers_cancellation_is_an_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var execute = () => GraphQLExecutor.ExecuteAsync(InterruptibleSchema(), new GraphQLRequest("{ slow }"), cancellationToken: cancellation.Token);

        await execute.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task An_unexpected_resolver_exception_is_masked_with_a_code()
    {
        var query = new ObjectType("Query");
        query.Field("boom", ScalarType.String, _ => throw new InvalidOperationException("connection string leaked"));

        var json = await RunAsync(new Schema(query), "{ boom }");

        json.Should().Be(Json("{'errors':[{'message':'Unexpected error while resolving the field.','locations':[{'line':1,'column':3}],'path':['boom'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'boom':null}}"));
    }
}
