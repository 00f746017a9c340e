using ClaimGraph.GraphQL.Tests.Fixtures;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Execution;

public class StarWarsExecutionTests
{
    private static readonly Types.Schema Schema = StarWarsSchema.Create();

    [Fact]
    public async Task Resolves_a_simple_query()
    {
        (await RunAsync(Schema, "{ hero { name } }")).Should().Be(Json("{'data':{'hero':{'name':'R2-D2'}}}"));
    }

    [Fact]
    public async Task Resolves_nested_lists_through_an_interface()
    {
        var json = await RunAsync(Schema, "query HeroNameAndFriends { hero { id name friends { name } } }");
        json.Should().Be(Json("{'data':{'hero':{'id':'2001','name':'R2-D2','friends':[{'name':'Luke Skywalker'},{'name':'Han Solo'},{'name':'Leia Organa'}]}}}"));
    }

    [Fact]
    public async Task Coerces_enum_arguments_and_serializes_enum_results()
    {
        var json = await RunAsync(Schema, "{ hero(episode: EMPIRE) { name appearsIn } }");
        json.Should().Be(Json("{'data':{'hero':{'name':'Luke Skywalker','appearsIn':['NEW_HOPE','EMPIRE','JEDI']}}}"));
    }

    [Fact]
    public async Task Uses_variables()
    {
        var json = await RunAsync(Schema, "query FetchSomeID($someId: String!) { human(id: $someId) { name } }",
            new Dictionary<string, object?> { ["someId"] = "1000" });
        json.Should().Be(Json("{'data':{'human':{'name':'Luke Skywalker'}}}"));
    }

    [Fact]
    public async Task Returns_null_for_an_unknown_id()
    {
        (await RunAsync(Schema, "{ human(id: \"not a valid id\") { name } }")).Should().Be(Json("{'data':{'human':null}}"));
    }

    [Fact]
    public async Task Aliases_fragments_inline_fragments_and_typename()
    {
        var json = await RunAsync(Schema, """
            query {
              luke: human(id: "1000") { ...HumanFragment }
              leia: human(id: "1003") { ...HumanFragment }
              r2: hero { __typename name ... on Droid { primaryFunction } ... on Human { homePlanet } }
            }
            fragment HumanFragment on Human { name homePlanet }
            """);
        json.Should().Be(Json("""
            {'data':{
              'luke':{'name':'Luke Skywalker','homePlanet':'Tatooine'},
              'leia':{'name':'Leia Organa','homePlanet':'Alderaan'},
              'r2':{'__typename':'Droid','name':'R2-D2','primaryFunction':'Protocol'}}}
            """.Replace("Protocol", "Astromech", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Merges_fields_with_the_same_response_key_in_selection_order()
    {
        var json = await RunAsync(Schema, "{ hero { name } hero { id name } h: hero { id } }");
        json.Should().Be(Json("{'data':{'hero':{'name':'R2-D2','id':'2001'},'h':{'id':'2001'}}}"));
    }

    [Fact]
    public async Task Field_errors_carry_message_path_and_locations()
    {
        var json = await RunAsync(Schema, "{\n  hero {\n    name\n    friends {\n      name\n      secretBackstory\n    }\n  }\n}");
        json.Should().Contain(Json("{'message':'secretBackstory is secret.','locations':[{'line':6,'column':7}],'path':['hero','friends',0,'secretBackstory']}"));
        json.Should().Contain(Json("{'path':['hero','friends',2,'secretBackstory']}")[1..^1]);
        json.Should().Contain("\"data\":{\"hero\":{\"name\":\"R2-D2\",\"friends\":[{\"name\":\"Luke Skywalker\",\"secretBackstory\":null}");
    }

    [Fact]
    public async Task Errors_on_aliased_fields_use_the_alias_in_the_path()
    {
        var json = await RunAsync(Schema, "{ mainHero: hero { name story: secretBackstory } }");
        json.Should().Be(Json("{'errors':[{'message':'secretBackstory is secret.','locations':[{'line':1,'column':25}],'path':['mainHero','story']}],'data':{'mainHero':{'name':'R2-D2','story':null}}}"));
    }
}
