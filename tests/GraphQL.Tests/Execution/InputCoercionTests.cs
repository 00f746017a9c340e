using System.Text.Json;
using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Execution;

public class InputCoercionTests
{
    private static readonly Schema Schema = CreateSchema();

    private static Schema CreateSchema()
    {
        var color = new EnumType("Color").Value("RED", 0).Value("GREEN", 1).Value("BLUE", 2);
        var filter = new InputObjectType("Filter")
            .Field("name", ScalarType.String)
            .FieldWithDefault("limit", ScalarType.Int.NonNull(), 10)
            .Field("tags", ScalarType.String.NonNull().List());
        var search = new InputObjectType("SearchBy") { IsOneOf = true }
            .Field("id", ScalarType.ID)
            .Field("name", ScalarType.String);
        var query = new ObjectType("Query");
        query.Field("echo", ScalarType.String, context => JsonSerializer.Serialize(context.Arguments.ToDictionary(p => p.Key, p => p.Value)))
            .Argument("int", ScalarType.Int)
            .Argument("float", ScalarType.Float)
            .Argument("id", ScalarType.ID)
            .Argument("list", ScalarType.Int.List())
            .Argument("color", color)
            .Argument("filter", filter)
            .Argument("search", search)
            .ArgumentWithDefault("withDefault", ScalarType.String, "default!");
        query.Field("required", ScalarType.String, context => context.GetArgument<string>("value"))
            .Argument("value", ScalarType.String.NonNull());
        return new Schema(query);
    }

    private static Task<string> Run(string query, object? variables = null) =>
        RunAsync(Schema, query, variables is null ? null : (IReadOnlyDictionary<string, object?>)ClaimGraph.GraphQL.Http.JsonValues.ToClr(JsonSerializer.SerializeToElement(variables))!);

    [Fact]
    public async Task Coerces_literals_and_applies_argument_defaults()
    {
        var json = await Run("{ echo(int: 1, float: 2, id: 3, list: 4, color: BLUE, filter: {name: \"x\", tags: \"t\"}) }");
        json.Should().Contain("""{\"int\":1,\"float\":2,\"id\":\"3\",\"list\":[4],\"color\":2,\"filter\":{\"name\":\"x\",\"limit\":10,\"tags\":[\"t\"]},\"withDefault\":\"default!\"}""");
    }

    [Fact]
    public async Task Coerces_variables_including_single_values_into_lists()
    {
        var json = await Run(
            "query Q($i: Int, $l: [Int], $f: Filter, $c: Color) { echo(int: $i, list: $l, filter: $f, color: $c) }",
            new { i = 7, l = 8, f = new { tags = new[] { "a", "b" } }, c = "GREEN" });
        json.Should().Contain("""{\"int\":7,\"list\":[8],\"color\":1,\"filter\":{\"limit\":10,\"tags\":[\"a\",\"b\"]},\"withDefault\":\"default!\"}""");
    }

    [Fact]
    public async Task Variable_defaults_apply_when_the_variable_is_not_provided()
    {
        var json = await Run("query Q($i: Int = 42) { echo(int: $i) }");
        json.Should().Contain("""{\"int\":42,""");
    }

    [Theory]
    [InlineData("query Q($v: String!) { required(value: $v) }", "{}", "Variable \"$v\" of required type \"String!\" was not provided.")]
    [InlineData("query Q($v: String!) { required(value: $v) }", "{\"v\":null}", "Variable \"$v\" of non-null type \"String!\" must not be null.")]
    [InlineData("query Q($v: String!) { required(value: $v) }", "{\"v\":5}", "Variable \"$v\" got invalid value 5; String cannot represent a non string value: 5")]
    [InlineData("query Q($i: Int) { echo(int: $i) }", "{\"i\":2147483648}", "Variable \"$i\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("query Q($i: Int) { echo(int: $i) }", "{\"i\":1.5}", "Variable \"$i\" got invalid value 1.5; Int cannot represent non-integer value: 1.5")]
    [InlineData("query Q($l: [Int]) { echo(list: $l) }", "{\"l\":[1,\"x\"]}", "Variable \"$l\" got invalid value \"x\" at \"l[1]\"; Int cannot represent non-integer value: \"x\"")]
    [InlineData("query Q($c: Color) { echo(color: $c) }", "{\"c\":\"PINK\"}", "Variable \"$c\" got invalid value \"PINK\"; Value \"PINK\" does not exist in \"Color\" enum.")]
    [InlineData("query Q($f: Filter) { echo(filter: $f) }", "{\"f\":{\"nope\":1}}", "Variable \"$f\" got invalid value { nope: 1 }; Field \"nope\" is not defined by type \"Filter\".")]
    [InlineData("query Q($f: Filter) { echo(filter: $f) }", "{\"f\":{\"limit\":null}}", "Variable \"$f\" got invalid value null at \"f.limit\"; Expected non-nullable type \"Int!\" not to be null.")]
    [InlineData("query Q($f: Filter) { echo(filter: $f) }", "{\"f\":3}", "Variable \"$f\" got invalid value 3; Expected type \"Filter\" to be an object.")]
    [InlineData("query Q($s: SearchBy) { echo(search: $s) }", "{\"s\":{\"id\":\"1\",\"name\":\"x\"}}", "Variable \"$s\" got invalid value { id: \"1\", name: \"x\" }; Exactly one key must be specified for OneOf type \"SearchBy\".")]
    [InlineData("query Q($s: SearchBy) { echo(search: $s) }", "{\"s\":{\"id\":null}}", "Variable \"$s\" got invalid value null at \"s.id\"; Field \"id\" must be non-null.")]
    public async Task Variable_coercion_failures_are_request_errors(string query, string variables, string message)
    {
        var values = (IReadOnlyDictionary<string, object?>)ClaimGraph.GraphQL.Http.JsonValues.ToClr(JsonDocument.Parse(variables).RootElement)!;
        var result = await GraphQLExecutor.ExecuteAsync(Schema, new GraphQLRequest(query, null, values));
        result.HasData.Should().BeFalse();
        result.Errors!.Select(e => e.Message).Should().Contain(message);
        result.Errors![0].Locations.Should().NotBeNull();
        result.ToJson().Should().NotContain("\"data\"");
    }

    [Fact]
    public async Task OneOf_literals_accept_exactly_one_non_null_field()
    {
        (await Run("{ echo(search: {name: \"x\"}) }")).Should().Contain("""\"search\":{\"name\":\"x\"}""");
        // Validation rejects this document; executed unvalidated, the argument is a field error.
        var json = (await Executor.ExecuteAsync(Schema, Parser.Parse("{ echo(search: {name: \"x\", id: 1}) }"))).ToJson();
        json.Should().Contain("Argument \\\"search\\\" has invalid value {name: \\\"x\\\", id: 1}.");
    }

    [Fact]
    public async Task A_missing_required_argument_is_a_field_error()
    {
        var json = (await Executor.ExecuteAsync(Schema, Parser.Parse("{ required }"))).ToJson();
        json.Should().Be(Json("{'errors':[{'message':'Argument \\u0022value\\u0022 of required type \\u0022String!\\u0022 was not provided.','locations':[{'line':1,'column':3}],'path':['required']}],'data':{'required':null}}"));
    }
}
