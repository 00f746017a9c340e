using ClaimGraph.GraphQL.Limits;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Tests.Limits;

/// <summary>A field that is cheap to list but expensive to filter costs more only when the filter is given.</summary>
public class ArgumentCostTests
{
    private static readonly GraphQLOptions Options = GraphQLOptions.Default with { Limits = GraphQLLimits.Default with { MaxCost = 1_000 } };

    private static Schema FilteredSchema()
    {
        var filter = new InputObjectType("Filter").Field("text", ScalarType.String).Field("tag", ScalarType.String);
        var query = new ObjectType("Query");
        query.Field("items", ScalarType.Int.List(), _ => new[] { 1, 2 })
            .Argument("filter", filter)
            .WithCost(2)
            .WithArgumentCost("filter.text", 600);
        return new Schema(query);
    }

    private static async Task<IReadOnlyList<GraphQLError>?> ErrorsOfAsync(string query, Dictionary<string, object?>? variables = null) =>
        (await GraphQLExecutor.ExecuteAsync(FilteredSchema(), new GraphQLRequest(query, Variables: variables), options: Options)).Errors;

    [Theory]
    [InlineData("{ a: items b: items c: items }")]
    [InlineData("{ a: items(filter: { tag: \"x\" }) b: items(filter: { text: null }) }")]
    [InlineData("{ a: items(filter: { text: \"x\" }) }")]
    public async Task Without_the_costly_argument_or_with_it_once_the_operation_fits(string query) =>
        (await ErrorsOfAsync(query)).Should().BeNull();

    [Fact]
    public async Task The_costly_argument_counts_each_time_it_is_given_as_a_literal()
    {
        var errors = await ErrorsOfAsync("{ a: items(filter: { text: \"x\" }) b: items(filter: { text: \"y\" }) }");

        errors.Should().ContainSingle().Which.Message.Should().Be("Operation has an estimated cost of 1204, above the maximum cost of 1000 (MaxCost).");
    }

    [Fact]
    public async Task The_costly_argument_counts_when_a_variable_gives_it()
    {
        const string query = "query Q($f: Filter, $t: String) { a: items(filter: $f) b: items(filter: { text: $t }) }";

        (await ErrorsOfAsync(query, new() { ["f"] = new Dictionary<string, object?> { ["text"] = "x" }, ["t"] = "y" }))
            .Should().ContainSingle().Which.Message.Should().Contain("(MaxCost)");
        (await ErrorsOfAsync(query, new() { ["f"] = new Dictionary<string, object?> { ["tag"] = "x" }, ["t"] = "y" })).Should().BeNull();
    }
}
