using System.Text.RegularExpressions;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>
/// The schema the specification's Validation section writes its examples against (dogs, cats, humans, aliens, the
/// <c>Arguments</c> type and the message subscription), plus a few additions the examples need: a @oneOf input, a
/// custom scalar with its own literal parsing, a repeatable and a variable-definition directive, and list and
/// input-object arguments.
/// </summary>
public static partial class SpecificationSchema
{
    /// <summary>A custom scalar accepting only "YYYY-MM-DD" string literals, to show that scalars judge their own literals.</summary>
    public static ScalarType Date { get; } = new("Date", "A calendar date written YYYY-MM-DD.")
    {
        ParseLiteral = static (node, _) => node is StringValue { Value: var text } && DatePattern().IsMatch(text)
            ? text
            : throw new GraphQLError($"Date cannot represent value: {DocumentPrinter.Print(node)}"),
    };

    // Declared after Date, which it uses: static properties initialize in order.
    public static Schema Instance { get; } = Create();

    private static Schema Create()
    {
        var dogCommand = new EnumType("DogCommand").Value("SIT").Value("DOWN").Value("HEEL");
        var catCommand = new EnumType("CatCommand").Value("JUMP");
        var sentient = new InterfaceType("Sentient");
        sentient.Field("name", ScalarType.String.NonNull());
        var pet = new InterfaceType("Pet");
        pet.Field("name", ScalarType.String.NonNull());

        var alien = new ObjectType("Alien");
        alien.Implements(sentient);
        alien.Field("name", ScalarType.String.NonNull());
        alien.Field("homePlanet", ScalarType.String);

        var human = new ObjectType("Human");
        human.Implements(sentient);
        human.Field("name", ScalarType.String.NonNull());
        human.Field("pets", pet.NonNull().List());

        var dog = new ObjectType("Dog");
        dog.Implements(pet);
        dog.Field("name", ScalarType.String.NonNull());
        dog.Field("nickname", ScalarType.String);
        dog.Field("barkVolume", ScalarType.Int);
        dog.Field("doesKnowCommand", ScalarType.Boolean.NonNull()).Argument("dogCommand", dogCommand.NonNull());
        dog.Field("isHouseTrained", ScalarType.Boolean.NonNull()).Argument("atOtherHomes", ScalarType.Boolean);
        dog.Field("owner", human);

        var cat = new ObjectType("Cat");
        cat.Implements(pet);
        cat.Field("name", ScalarType.String.NonNull());
        cat.Field("nickname", ScalarType.String);
        cat.Field("doesKnowCommand", ScalarType.Boolean.NonNull()).Argument("catCommand", catCommand.NonNull());
        cat.Field("meowVolume", ScalarType.Int);

        var catOrDog = new UnionType("CatOrDog").AddTypes(cat, dog);
        var dogOrHuman = new UnionType("DogOrHuman").AddTypes(dog, human);
        var humanOrAlien = new UnionType("HumanOrAlien").AddTypes(human, alien);

        var findDogInput = new InputObjectType("FindDogInput")
            .Field("name", ScalarType.String)
            .Field("owner", ScalarType.String);
        var petSearch = new InputObjectType("PetSearch") { IsOneOf = true }
            .Field("name", ScalarType.String)
            .Field("command", dogCommand)
            .Field("bornAfter", Date);
        var complexInput = new InputObjectType("ComplexInput")
            .Field("requiredField", ScalarType.Boolean.NonNull())
            .Field("nonNullField", ScalarType.Boolean.NonNull(), defaultValue: false)
            .Field("intField", ScalarType.Int)
            .Field("stringListField", ScalarType.String.List());

        var arguments = new ObjectType("Arguments");
        arguments.Field("multipleRequirements", ScalarType.Int.NonNull()).Argument("x", ScalarType.Int.NonNull()).Argument("y", ScalarType.Int.NonNull());
        arguments.Field("booleanArgField", ScalarType.Boolean).Argument("booleanArg", ScalarType.Boolean);
        arguments.Field("floatArgField", ScalarType.Float).Argument("floatArg", ScalarType.Float);
        arguments.Field("intArgField", ScalarType.Int).Argument("intArg", ScalarType.Int);
        arguments.Field("idArgField", ScalarType.ID).Argument("idArg", ScalarType.ID);
        arguments.Field("stringArgField", ScalarType.String).Argument("stringArg", ScalarType.String);
        arguments.Field("nonNullBooleanArgField", ScalarType.Boolean.NonNull()).Argument("nonNullBooleanArg", ScalarType.Boolean.NonNull());
        arguments.Field("booleanListArgField", ScalarType.Boolean.List()).Argument("booleanListArg", ScalarType.Boolean.List().NonNull());
        arguments.Field("nonNullBooleanListField", ScalarType.Boolean.List()).Argument("nonNullBooleanListArg", ScalarType.Boolean.NonNull().List());
        arguments.Field("optionalNonNullBooleanArgField", ScalarType.Boolean.NonNull()).Argument("optionalBooleanArg", ScalarType.Boolean.NonNull(), defaultValue: false);
        arguments.Field("complexArgField", ScalarType.String).Argument("complexArg", complexInput);
        arguments.Field("enumArgField", ScalarType.String).Argument("command", dogCommand);
        arguments.Field("dateArgField", ScalarType.String).Argument("date", Date);

        var query = new ObjectType("Query");
        query.Field("dog", dog);
        query.Field("findDog", dog).Argument("searchBy", findDogInput);
        query.Field("searchPets", pet.List()).Argument("search", petSearch.NonNull());
        query.Field("findPet", pet).Argument("search", petSearch);
        query.Field("human", human).Argument("id", ScalarType.ID);
        query.Field("pet", pet);
        query.Field("catOrDog", catOrDog);
        query.Field("dogOrHuman", dogOrHuman);
        query.Field("humanOrAlien", humanOrAlien);
        query.Field("arguments", arguments);

        var message = new ObjectType("Message");
        message.Field("body", ScalarType.String);
        message.Field("sender", ScalarType.String);
        var subscription = new ObjectType("Subscription");
        subscription.Field("newMessage", message);
        subscription.Field("disallowedSecondRootField", ScalarType.Boolean);

        var directives = new[]
        {
            new DirectiveDefinition("onQuery", [DirectiveLocation.Query]),
            new DirectiveDefinition("onVariableDefinition", [DirectiveLocation.VariableDefinition]),
            new DirectiveDefinition("tag", [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment], isRepeatable: true)
                .Argument(new InputValueDefinition("name", ScalarType.String.NonNull())),
        };

        return new Schema(query, mutation: null, subscription, types: [cat, dog, alien, human, catOrDog, dogOrHuman, humanOrAlien], directives: directives);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();
}
