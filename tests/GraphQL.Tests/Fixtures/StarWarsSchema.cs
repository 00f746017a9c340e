using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Tests.Fixtures;

public enum Episode
{
    NewHope = 4,
    Empire = 5,
    Jedi = 6,
}

public abstract record Character(string Id, string Name, string[] Friends, Episode[] AppearsIn);

public sealed record Human(string Id, string Name, string[] Friends, Episode[] AppearsIn, string? HomePlanet)
    : Character(Id, Name, Friends, AppearsIn);

public sealed record Droid(string Id, string Name, string[] Friends, Episode[] AppearsIn, string PrimaryFunction)
    : Character(Id, Name, Friends, AppearsIn);

/// <summary>The Star Wars schema graphql-js tests itself with, built code-first.</summary>
public static class StarWarsSchema
{
    public static readonly Dictionary<string, Character> Characters = new Character[]
    {
        new Human("1000", "Luke Skywalker", ["1002", "1003", "2000", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Tatooine"),
        new Human("1001", "Darth Vader", ["1004"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Tatooine"),
        new Human("1002", "Han Solo", ["1000", "1003", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], null),
        new Human("1003", "Leia Organa", ["1000", "1002", "2000", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Alderaan"),
        new Human("1004", "Wilhuff Tarkin", ["1001"], [Episode.NewHope], null),
        new Droid("2000", "C-3PO", ["1000", "1002", "1003", "2001"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Protocol"),
        new Droid("2001", "R2-D2", ["1000", "1002", "1003"], [Episode.NewHope, Episode.Empire, Episode.Jedi], "Astromech"),
    }.ToDictionary(c => c.Id);

    public static Schema Create()
    {
        var episode = new EnumType("Episode", "One of the films in the Star Wars Trilogy")
            .Value("NEW_HOPE", Episode.NewHope, "Released in 1977.")
            .Value("EMPIRE", Episode.Empire, "Released in 1980.")
            .Value("JEDI", Episode.Jedi, "Released in 1983.");

        ObjectType human = null!;
        ObjectType droid = null!;
        var character = new InterfaceType("Character", "A character in the Star Wars Trilogy")
        {
            ResolveType = value => value is Human ? human : droid,
        };
        character.Field("id", ScalarType.String.NonNull(), description: "The id of the character.");
        character.Field("name", ScalarType.String, description: "The name of the character.");
        character.Field("friends", character.List(), description: "The friends of the character, or an empty list if they have none.");
        character.Field("appearsIn", episode.List(), description: "Which movies they appear in.");
        character.Field("secretBackstory", ScalarType.String, description: "All secrets about their past.");

        human = new ObjectType("Human", "A humanoid creature in the Star Wars universe.");
        human.Implements(character);
        human.Field("id", ScalarType.String.NonNull(), description: "The id of the human.");
        human.Field("name", ScalarType.String, description: "The name of the human.");
        human.Field("friends", character.List(), ResolveFriends, "The friends of the human, or an empty list if they have none.");
        human.Field("appearsIn", episode.List(), description: "Which movies they appear in.");
        human.Field("homePlanet", ScalarType.String, description: "The home planet of the human, or null if unknown.");
        human.Field("secretBackstory", ScalarType.String, SecretBackstory, "Where are they from and how they came to be who they are.");

        droid = new ObjectType("Droid", "A mechanical creature in the Star Wars universe.");
        droid.Implements(character);
        droid.Field("id", ScalarType.String.NonNull(), description: "The id of the droid.");
        droid.Field("name", ScalarType.String, description: "The name of the droid.");
        droid.Field("friends", character.List(), ResolveFriends, "The friends of the droid, or an empty list if they have none.");
        droid.Field("appearsIn", episode.List(), description: "Which movies they appear in.");
        droid.Field("secretBackstory", ScalarType.String, SecretBackstory, "Construction date and the name of the designer.");
        droid.Field("primaryFunction", ScalarType.String, description: "The primary function of the droid.");

        var query = new ObjectType("Query");
        query.Field("hero", character, context => context.GetArgument<Episode?>("episode") == Episode.Empire ? Characters["1000"] : Characters["2001"])
            .Argument("episode", episode, "If omitted, returns the hero of the whole saga. If provided, returns the hero of that particular episode.");
        query.Field("human", human, context => Characters.GetValueOrDefault(context.GetArgument<string>("id")) as Human)
            .Argument("id", ScalarType.String.NonNull(), "id of the human");
        query.Field("droid", droid, context => Characters.GetValueOrDefault(context.GetArgument<string>("id")) as Droid)
            .Argument("id", ScalarType.String.NonNull(), "id of the droid");

        return new Schema(query, types: [human, droid]);
    }

    private static object? ResolveFriends(ResolveContext context) =>
        ((Character)context.Source!).Friends.Select(id => Characters[id]).ToList();

    private static object? SecretBackstory(ResolveContext context) => throw new GraphQLError("secretBackstory is secret.");
}
