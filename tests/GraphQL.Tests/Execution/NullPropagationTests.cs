using ClaimGraph.GraphQL.Types;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Execution;

public class NullPropagationTests
{
    private static readonly Schema Schema = CreateSchema();

    private static Schema CreateSchema()
    {
        var data = new ObjectType("Data");
        data.Field("nullable", ScalarType.String, _ => null);
        data.Field("nonNull", ScalarType.String.NonNull(), _ => null);
        data.Field("throws", ScalarType.String.NonNull(), _ => throw new GraphQLError("Catch me if you can"));
        data.Field("asyncThrows", ScalarType.String, async _ =>
        {
            await Task.Yield();
            throw new GraphQLError("async failure");
        });
        data.Field("nested", data, _ => new object());
        data.Field("nonNullNested", data.NonNull(), _ => new object());
        data.Field("nullableItems", ScalarType.String.List(), _ => new[] { "a", null, "c" });
        data.Field("nonNullItems", ScalarType.String.NonNull().List(), _ => new[] { "a", null, "c" });
        data.Field("nonNullItemsNonNullList", ScalarType.String.NonNull().List().NonNull(), _ => new[] { "a", null });
        data.Field("notAList", ScalarType.String.List(), _ => 5);
        data.Field("badInt", ScalarType.Int, _ => 1e10);
        var query = new ObjectType("Query");
        query.Field("data", data, _ => new object());
        query.Field("nonNullData", data.NonNull(), _ => new object());
        return new Schema(query);
    }

    [Fact]
    public async Task A_null_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var json = await RunAsync(Schema, "{ data { nullable nested { nonNull } } }");
        json.Should().Be(Json("{'errors':[{'message':'Cannot return null for non-nullable field Data.nonNull.','locations':[{'line':1,'column':28}],'path':['data','nested','nonNull']}],'data':{'data':{'nullable':null,'nested':null}}}"));
    }

    [Fact]
    public async Task Propagation_continues_through_non_null_parents_up_to_data()
    {
        var json = await RunAsync(Schema, "{ nonNullData { nonNullNested { throws } } }");
        json.Should().Be(Json("{'errors':[{'message':'Catch me if you can','locations':[{'line':1,'column':33}],'path':['nonNullData','nonNullNested','throws']}],'data':null}"));
    }

    [Fact]
    public async Task Nullable_list_items_become_null_but_non_null_items_null_the_list()
    {
        var json = await RunAsync(Schema, "{ data { nullableItems nonNullItems } }");
        json.Should().Be(Json("{'errors':[{'message':'Cannot return null for non-nullable field Data.nonNullItems.','locations':[{'line':1,'column':24}],'path':['data','nonNullItems',1]}],'data':{'data':{'nullableItems':['a',null,'c'],'nonNullItems':null}}}"));
    }

    [Fact]
    public async Task A_non_null_list_of_non_null_items_nulls_its_parent()
    {
        var json = await RunAsync(Schema, "{ data { nullable nonNullItemsNonNullList } }");
        json.Should().Be(Json("{'errors':[{'message':'Cannot return null for non-nullable field Data.nonNullItemsNonNullList.','locations':[{'line':1,'column':19}],'path':['data','nonNullItemsNonNullList',1]}],'data':{'data':null}}"));
    }

    [Fact]
    public async Task Async_errors_and_result_coercion_errors_are_field_errors()
    {
        var json = await RunAsync(Schema, "{ data { asyncThrows notAList badInt } }");
        json.Should().Contain("\"data\":{\"data\":{\"asyncThrows\":null,\"notAList\":null,\"badInt\":null}}");
        json.Should().Contain("async failure");
        json.Should().Contain("Expected Iterable, but did not find one for field \\\"Data.notAList\\\".");
        json.Should().Contain("Int cannot represent non 32-bit signed integer value: 10000000000");
    }

    [Fact]
    public async Task Sibling_errors_are_all_reported_when_the_parent_is_nulled()
    {
        var result = await GraphQLExecutor.ExecuteAsync(Schema, new GraphQLRequest("{ data { nonNullNested { nonNull throws } } }"));
        result.Errors.Should().HaveCount(2);
        result.Errors!.Select(e => string.Join('.', e.Path!)).Should().BeEquivalentTo("data.nonNullNested.nonNull", "data.nonNullNested.throws");
        result.ToJson().Should().Contain("\"data\":{\"data\":null}");
    }
}
