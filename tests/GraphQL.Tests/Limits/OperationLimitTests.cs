using ClaimGraph.GraphQL.Limits;
using ClaimGraph.GraphQL.Tests.Fixtures;
using ClaimGraph.GraphQL.Types;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Limits;

public class OperationLimitTests
{
    private static readonly Schema StarWars = StarWarsSchema.Create();

    private static Schema PagedSchema()
    {
        var item = new ObjectType("Item");
        item.Field("id", ScalarType.Int, c => c.Source);
        item.Field("expensive", ScalarType.Int, c => 1).WithCost(50);
        item.Field("children", item.List(), c => Enumerable.Range(0, c.GetArgument("first", 3)).ToList()).Argument("first", ScalarType.Int);
        var query = new ObjectType("Query");
        query.Field("items", item.List(), c => Enumerable.Range(0, c.GetArgument("first", 3)).ToList())
            .Argument("first", ScalarType.Int)
            .Argument("limit", ScalarType.Int);
        return new Schema(query);
    }

    [Fact]
    public async Task The_depth_limit_rejects_deep_selections_and_names_itself()
    {
        var deep = "{ hero " + string.Concat(Enumerable.Repeat("{ friends ", 15)) + "{ name }" + new string('}', 15) + " }";
        var json = await RunAsync(StarWars, deep);
        json.Should().StartWith("{\"errors\":[{\"message\":\"Operation selects fields nested 16 deep, deeper than the maximum depth of 15 (MaxDepth).\"");
        json.Should().NotContain("\"data\"");
    }

    [Fact]
    public async Task Selections_at_the_depth_limit_execute()
    {
        var options = GraphQLOptions.Default with { Limits = GraphQLLimits.Default with { MaxDepth = 4 } };
        var result = await GraphQLExecutor.ExecuteAsync(StarWars, new GraphQLRequest("{ hero { friends { friends { name } } } }"), options: options);
        result.HasData.Should().BeTrue();
        result.Errors.Should().BeNull();
    }

    [Fact]
    public async Task Depth_through_fragments_counts()
    {
        var options = GraphQLOptions.Default with { Limits = GraphQLLimits.Default with { MaxDepth = 3 } };
        var json = await RunAsync(StarWars, "{ hero { ...F } } fragment F on Character { friends { friends { name } } }", options: options);
        json.Should().Contain("nested 4 deep, deeper than the maximum depth of 3 (MaxDepth)");
    }

    [Fact]
    public async Task Cost_multiplies_by_page_size_arguments_and_variables()
    {
        var options = GraphQLOptions.Default with { Limits = GraphQLLimits.Default with { MaxCost = 1_000 } };
        var schema = PagedSchema();
        (await GraphQLExecutor.ExecuteAsync(schema, new GraphQLRequest("{ items(first: 10) { expensive } }"), options: options)).Errors.Should().BeNull();
        var json = await RunAsync(schema, "{ items(first: 30) { expensive } }", options: options);
        json.Should().Contain("Operation has an estimated cost of at least 1501, above the maximum cost of 1000 (MaxCost).");
        json = await RunAsync(schema, "query Q($n: Int) { items(limit: $n) { children(first: $n) { id } } }",
            new Dictionary<string, object?> { ["n"] = 40 }, options: options);
        json.Should().Contain("above the maximum cost of 1000 (MaxCost)");
    }

    [Fact]
    public async Task Lists_without_page_size_cost_the_default_list_size()
    {
        var options = GraphQLOptions.Default with { Limits = GraphQLLimits.Default with { MaxCost = 1_000, DefaultListSize = 25 } };
        var json = await RunAsync(PagedSchema(), "{ items { expensive } }", options: options);
        json.Should().Contain("estimated cost of at least 1251");
    }

    [Fact]
    public async Task Page_sizes_above_the_maximum_are_rejected()
    {
        var json = await RunAsync(PagedSchema(), "{ items(first: 500) { id } }");
        json.Should().Be(Json("{'errors':[{'message':'Argument \\u0022first\\u0022 of Query.items is 500, above the maximum page size of 100 (MaxPageSize).','locations':[{'line':1,'column':9}]}]}"));
    }

    [Fact]
    public async Task The_page_size_hook_overrides_the_maximum_per_field()
    {
        var options = GraphQLOptions.Default with
        {
            Limits = GraphQLLimits.Default with { MaxPageSizeForField = (type, field) => field.Name == "children" ? 5 : null },
        };
        var schema = PagedSchema();
        (await RunAsync(schema, "{ items(first: 50) { children(first: 5) { id } } }", options: options)).Should().NotContain("errors");
        (await RunAsync(schema, "{ items(first: 50) { children(first: 6) { id } } }", options: options))
            .Should().Contain("Argument \\\"first\\\" of Item.children is 6, above the maximum page size of 5 (MaxPageSize).");
    }

    [RequiresNodeFact]
    public async Task The_standard_introspection_query_fits_the_default_limits()
    {
        var result = await GraphQLExecutor.ExecuteAsync(StarWars, new GraphQLRequest(await ReferenceImplementation.IntrospectionQueryAsync()));
        result.Errors.Should().BeNull();
    }

    [Fact]
    public async Task A_fragment_explosion_is_cut_short()
    {
        // Each fragment spreads the next one twice: expanding it naively would visit 2^30 selections.
        var fragments = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var document = "{ ...F0 }\n" + fragments + "\nfragment F30 on Query { __typename }";
        var json = await RunAsync(StarWars, document);
        json.Should().Contain("too complex to analyse");
    }
}
