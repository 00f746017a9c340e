using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Tests.Fixtures;
using ClaimGraph.GraphQL.Types;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Execution;

public class ExecutorTests
{
    private static readonly Schema StarWars = StarWarsSchema.Create();

    [Theory]
    [InlineData("{ hero { name @skip(if: true) id } }", "{'data':{'hero':{'id':'2001'}}}")]
    [InlineData("{ hero { name @skip(if: false) id } }", "{'data':{'hero':{'name':'R2-D2','id':'2001'}}}")]
    [InlineData("{ hero { name @include(if: false) id } }", "{'data':{'hero':{'id':'2001'}}}")]
    [InlineData("{ hero { name @include(if: true) @skip(if: true) id } }", "{'data':{'hero':{'id':'2001'}}}")]
    [InlineData("{ hero { ... on Droid @skip(if: true) { name } id } }", "{'data':{'hero':{'id':'2001'}}}")]
    [InlineData("{ hero { ...F @include(if: false) id } } fragment F on Character { name }", "{'data':{'hero':{'id':'2001'}}}")]
    public async Task Skip_and_include_directives_with_literals(string query, string expected)
    {
        (await RunAsync(StarWars, query)).Should().Be(Json(expected));
    }

    [Fact]
    public async Task Skip_and_include_directives_with_variables()
    {
        const string query = "query Q($skip: Boolean!, $include: Boolean = true) { hero { name @skip(if: $skip) id @include(if: $include) } }";
        (await RunAsync(StarWars, query, new Dictionary<string, object?> { ["skip"] = true })).Should().Be(Json("{'data':{'hero':{'id':'2001'}}}"));
        (await RunAsync(StarWars, query, new Dictionary<string, object?> { ["skip"] = false, ["include"] = false }))
            .Should().Be(Json("{'data':{'hero':{'name':'R2-D2'}}}"));
    }

    [Fact]
    public async Task Selects_the_named_operation()
    {
        const string document = "query A { hero { id } } query B { hero { name } }";
        (await RunAsync(StarWars, document, operationName: "B")).Should().Be(Json("{'data':{'hero':{'name':'R2-D2'}}}"));
        (await RunAsync(StarWars, document)).Should().Be(Json("{'errors':[{'message':'Must provide operation name if query contains multiple operations.'}]}"));
        (await RunAsync(StarWars, document, operationName: "C")).Should().Be(Json("{'errors':[{'message':'Unknown operation named \\u0022C\\u0022.'}]}"));
    }

    [Fact]
    public async Task A_mutation_without_a_mutation_root_is_a_request_error_even_unvalidated()
    {
        var result = await Executor.ExecuteAsync(StarWars, Parser.Parse("mutation { hero { id } }"));
        result.ToJson().Should().Be(Json("{'errors':[{'message':'Schema is not configured to execute mutation operation.','locations':[{'line':1,'column':1}]}]}"));
    }

    [Fact]
    public async Task Resolves_abstract_types_with_is_type_of_and_unions()
    {
        var dog = new ObjectType("Dog") { IsTypeOf = value => value is string s && s.StartsWith("dog", StringComparison.Ordinal) };
        dog.Field("name", ScalarType.String, c => c.Source);
        var cat = new ObjectType("Cat") { IsTypeOf = value => value is string s && s.StartsWith("cat", StringComparison.Ordinal) };
        cat.Field("meows", ScalarType.Boolean, _ => true);
        var pet = new UnionType("Pet").AddTypes(dog, cat);
        var query = new ObjectType("Query");
        query.Field("pets", pet.List(), _ => new[] { "dog rex", "cat tom" });
        query.Field("unknown", pet, _ => "fish");
        var schema = new Schema(query);
        (await RunAsync(schema, "{ pets { __typename ... on Dog { name } ... on Cat { meows } } }"))
            .Should().Be(Json("{'data':{'pets':[{'__typename':'Dog','name':'dog rex'},{'__typename':'Cat','meows':true}]}}"));
        (await RunAsync(schema, "{ unknown { __typename } }")).Should().Contain(
            "Abstract type \\\"Pet\\\" must resolve to an Object type at runtime for field \\\"Query.unknown\\\".");
    }

    [Fact]
    public async Task Unexpected_exceptions_are_hidden_unless_exposed_by_option()
    {
        var query = new ObjectType("Query");
        query.Field("boom", ScalarType.String, _ => throw new InvalidOperationException("connection string leaked"));
        var schema = new Schema(query);
        var hidden = await RunAsync(schema, "{ boom }");
        hidden.Should().Contain("Unexpected error while resolving the field.").And.NotContain("leaked");
        var exposed = await RunAsync(schema, "{ boom }", options: GraphQLOptions.Default with { ExposeExceptionMessages = true });
        exposed.Should().Contain("connection string leaked");
    }

    [Fact]
    public async Task Query_fields_resolve_concurrently()
    {
        // Each resolver waits for the other to start: only concurrent execution completes both.
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var query = new ObjectType("Query");
        query.Field("first", ScalarType.String, async context =>
        {
            firstStarted.SetResult();
            await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), context.CancellationToken);
            return "one";
        });
        query.Field("second", ScalarType.String, async context =>
        {
            secondStarted.SetResult();
            await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), context.CancellationToken);
            return "two";
        });
        (await RunAsync(new Schema(query), "{ first second }")).Should().Be(Json("{'data':{'first':'one','second':'two'}}"));
    }

    [Fact]
    public async Task Mutation_fields_run_serially_in_document_order()
    {
        var log = new List<string>();
        var running = 0;
        var mutation = new ObjectType("Mutation");
        foreach (var name in new[] { "a", "b", "c" })
        {
            mutation.Field(name, ScalarType.Int, async _ =>
            {
                Interlocked.Increment(ref running).Should().Be(1, "mutation fields must not overlap");
                await Task.Delay(5);
                log.Add(name);
                Interlocked.Decrement(ref running);
                return log.Count;
            });
        }
        var query = new ObjectType("Query");
        query.Field("ok", ScalarType.Boolean, _ => true);
        var json = await RunAsync(new Schema(query, mutation), "mutation { c a b }");
        json.Should().Be(Json("{'data':{'c':1,'a':2,'b':3}}"));
        log.Should().Equal("c", "a", "b");
    }

    [Fact]
    public async Task The_execution_timeout_cancels_resolvers_and_names_the_limit()
    {
        var query = new ObjectType("Query");
        query.Field("slow", ScalarType.String, async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        });
        var options = GraphQLOptions.Default with { Limits = ClaimGraph.GraphQL.Limits.GraphQLLimits.Default with { ExecutionTimeout = TimeSpan.FromMilliseconds(50) } };
        var json = await RunAsync(new Schema(query), "{ slow }", options: options);
        json.Should().Be(Json("{'errors':[{'message':'Execution exceeded the time limit of 50 ms (ExecutionTimeout) and was cancelled.','extensions':{'code':'TIMEOUT','timeoutMs':50}}],'data':null}"));
    }

    [Fact]
    public async Task The_request_cancellation_token_reaches_resolvers()
    {
        using var cancellation = new CancellationTokenSource();
        var query = new ObjectType("Query");
        query.Field("wait", ScalarType.String, async context =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        });
        var act = () => GraphQLExecutor.ExecuteAsync(new Schema(query), new GraphQLRequest("{ wait }"), cancellationToken: cancellation.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task The_default_resolver_reads_properties_and_dictionary_entries()
    {
        var item = new ObjectType("Item");
        item.Field("name", ScalarType.String);
        item.Field("count", ScalarType.Int);
        var query = new ObjectType("Query");
        query.Field("fromRecord", item, _ => new { Name = "record", Count = 3 });
        query.Field("fromDictionary", item, _ => new Dictionary<string, object?> { ["name"] = "dict", ["count"] = 4 });
        (await RunAsync(new Schema(query), "{ fromRecord { name count } fromDictionary { name count } }"))
            .Should().Be(Json("{'data':{'fromRecord':{'name':'record','count':3},'fromDictionary':{'name':'dict','count':4}}}"));
    }
}
