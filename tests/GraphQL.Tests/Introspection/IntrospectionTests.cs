using ClaimGraph.GraphQL.Tests.Fixtures;
using ClaimGraph.GraphQL.Types;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Introspection;

public class IntrospectionTests
{
    [RequiresNodeTheory]
    [InlineData("star-wars")]
    [InlineData("kitchen-sink")]
    public async Task GraphQL_js_rebuilds_our_schema_from_introspection_and_prints_our_SDL(string name)
    {
        var schema = name == "star-wars" ? StarWarsSchema.Create() : KitchenSinkSchema.Create();
        var query = await ReferenceImplementation.IntrospectionQueryAsync();
        var result = await GraphQLExecutor.ExecuteAsync(schema, new GraphQLRequest(query));
        result.Errors.Should().BeNull();

        var (errors, sdl) = await ReferenceImplementation.PrintClientSchemaAsync(result.ToJson());

        errors.Should().BeEmpty();
        sdl.Should().Be(schema.ToSdl());
    }

    [Fact]
    public void Prints_SDL_in_graphql_js_layout()
    {
        var sdl = KitchenSinkSchema.Create().ToSdl();
        sdl.Should().StartWith("\"\"\"Kitchen sink schema.\"\"\"\nschema {\n  query: Root\n  mutation: Mutation\n}\n\n\"\"\"Caches the result.\"\"\"\ndirective @cached(");
        sdl.Should().Contain("scalar Date @specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\")");
        sdl.Should().Contain("input Lookup @oneOf {\n  id: ID\n  name: String\n}");
        sdl.Should().Contain("  made: Date @deprecated\n  data: JSON @deprecated(reason: \"Use `made`.\")");
        sdl.Should().Contain("colors: [Color!] = [RED, BLUE]");
        sdl.Should().Contain("type Thing implements Node & Named {");
        sdl.Should().Contain("union Result = Thing | Other");
        sdl.Should().Contain("directive @tag(name: String!) on FIELD_DEFINITION | OBJECT");
        sdl.Should().NotContain("scalar String").And.NotContain("__Schema");
    }

    [Fact]
    public async Task Type_introspection_reports_kinds_wrappers_and_possible_types()
    {
        var json = await RunAsync(StarWarsSchema.Create(), """
            {
              character: __type(name: "Character") { kind name possibleTypes { name } interfaces { name } }
              human: __type(name: "Human") { kind interfaces { name } fields { name type { kind name ofType { kind name } } } }
              missing: __type(name: "Nope") { name }
            }
            """);
        json.Should().StartWith(Json("{'data':{'character':{'kind':'INTERFACE','name':'Character','possibleTypes':[{'name':'Human'},{'name':'Droid'}],'interfaces':[]},'human':{'kind':'OBJECT','interfaces':[{'name':'Character'}],'fields':[{'name':'id','type':{'kind':'NON_NULL','name':null,'ofType':{'kind':'SCALAR','name':'String'}}}]}}}")[..^6]);
        json.Should().EndWith(",\"missing\":null}}");
    }

    [Fact]
    public async Task Deprecated_members_are_hidden_unless_asked_for()
    {
        var schema = KitchenSinkSchema.Create();
        var json = await RunAsync(schema, """
            {
              thing: __type(name: "Thing") {
                active: fields { name }
                all: fields(includeDeprecated: true) { name isDeprecated deprecationReason }
              }
              color: __type(name: "Color") { enumValues { name } all: enumValues(includeDeprecated: true) { name } }
              filter: __type(name: "Filter") { inputFields { name } all: inputFields(includeDeprecated: true) { name defaultValue } }
              lookup: __type(name: "Lookup") { isOneOf }
              date: __type(name: "Date") { specifiedByURL }
              __schema { directives { name isRepeatable locations } }
            }
            """);
        json.Should().Contain("\"active\":[{\"name\":\"id\"},{\"name\":\"name\"},{\"name\":\"color\"},{\"name\":\"related\"}]");
        json.Should().Contain("{\"name\":\"made\",\"isDeprecated\":true,\"deprecationReason\":\"No longer supported\"}");
        json.Should().Contain("\"enumValues\":[{\"name\":\"RED\"}],\"all\":[{\"name\":\"RED\"},{\"name\":\"GREEN\"},{\"name\":\"BLUE\"}]");
        json.Should().Contain("{\"name\":\"colors\",\"defaultValue\":\"[RED, BLUE]\"}");
        json.Should().Contain("{\"name\":\"label\",\"defaultValue\":\"\\\"say \\\\\\\"hi\\\\\\\"\\\\n\\\"\"}");
        json.Should().Contain("\"lookup\":{\"isOneOf\":true}");
        json.Should().Contain("\"date\":{\"specifiedByURL\":\"https://tools.ietf.org/html/rfc3339\"}");
        json.Should().Contain("{\"name\":\"cached\",\"isRepeatable\":true,\"locations\":[\"FIELD\",\"QUERY\"]}");
        json.Should().Contain("{\"name\":\"include\",\"isRepeatable\":false,\"locations\":[\"FIELD\",\"FRAGMENT_SPREAD\",\"INLINE_FRAGMENT\"]}");
    }

    [Fact]
    public async Task Deprecated_arguments_are_listed_with_include_deprecated()
    {
        var json = await RunAsync(KitchenSinkSchema.Create(), """
            { __type(name: "Thing") { fields { name args { name } all: args(includeDeprecated: true) { name isDeprecated } } } }
            """);
        json.Should().Contain("\"args\":[{\"name\":\"first\"},{\"name\":\"filter\"}],\"all\":[{\"name\":\"first\",\"isDeprecated\":false},{\"name\":\"filter\",\"isDeprecated\":false},{\"name\":\"legacy\",\"isDeprecated\":true}]");
    }

    [Fact]
    public async Task Introspection_can_be_disabled()
    {
        var options = GraphQLOptions.Default with { EnableIntrospection = false };
        var schema = StarWarsSchema.Create();
        var json = await RunAsync(schema, "{ __schema { queryType { name } } }", options: options);
        json.Should().Be(Json("{'errors':[{'message':'GraphQL introspection is disabled on this server (EnableIntrospection = false), so \\u0022__schema\\u0022 cannot be queried.','locations':[{'line':1,'column':3}]}]}"));
        (await RunAsync(schema, "{ hero { __typename } }", options: options)).Should().Be(Json("{'data':{'hero':{'__typename':'Droid'}}}"));
    }

    [Fact]
    public void Schema_validation_reports_interface_and_naming_mistakes()
    {
        var iface = new InterfaceType("Shape");
        iface.Field("area", ScalarType.Float.NonNull());
        var square = new ObjectType("Square");
        square.Implements(iface);
        square.Field("area", ScalarType.String);
        square.Field("__secret", ScalarType.String);
        var empty = new InputObjectType("Empty");
        var query = new ObjectType("Query");
        query.Field("shape", iface).Argument("filter", empty);
        var act = () => new Schema(query, types: [square]);
        act.Should().Throw<InvalidSchemaException>().Which.Errors.Should().BeEquivalentTo(
            "Interface field Shape.area expects type Float! but Square.area is type String.",
            "Name \"Square.__secret\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            "Input Object type Empty must define one or more fields.");
    }

    [Fact]
    public void Two_types_with_one_name_are_rejected()
    {
        var a = new ObjectType("Same");
        a.Field("x", ScalarType.Int);
        var b = new ObjectType("Same");
        b.Field("y", ScalarType.Int);
        var query = new ObjectType("Query");
        query.Field("a", a);
        query.Field("b", b);
        var act = () => new Schema(query);
        act.Should().Throw<InvalidSchemaException>().WithMessage("*multiple types named \"Same\"*");
    }
}
