namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>All Variable Usages Are Allowed (spec 5.8.5): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class VariablesInAllowedPositionRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("int variable in a boolean position (spec example)",
            """
            query intCannotGoIntoBoolean($intArg: Int) {
              arguments {
                booleanArgField(booleanArg: $intArg)
              }
            }
            """,
            "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\". (1:30, 3:33)"),
        new("list variable in a scalar position (spec example)",
            """
            query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
              arguments {
                booleanArgField(booleanArg: $booleanListArg)
              }
            }
            """,
            "Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\". (1:38, 3:33)"),
        new("nullable variable in a non-null position (spec example)",
            """
            query booleanArgQuery($booleanArg: Boolean) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """,
            "Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:23, 3:47)"),
        new("non-null list in a nullable list position (spec example)",
            """
            query nonNullListToList($nonNullBooleanList: [Boolean]!) {
              arguments {
                booleanListArgField(booleanListArg: $nonNullBooleanList)
              }
            }
            """),
        new("nullable list in a non-null list position (spec example)",
            """
            query listToNonNullList($booleanList: [Boolean]) {
              arguments {
                booleanListArgField(booleanListArg: $booleanList)
              }
            }
            """,
            "Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\". (1:25, 3:41)"),
        new("nullable variable where the argument has a default (spec example)",
            """
            query booleanArgQueryWithDefault($booleanArg: Boolean) {
              arguments {
                optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
              }
            }
            """),
        new("nullable variable with a default in a non-null position (spec example)",
            """
            query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """),
        new("null default does not make a variable non-null",
            """
            query ($booleanArg: Boolean = null) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """,
            "Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:8, 3:47)"),
        new("variables in list items and input fields",
            """
            query ($b: Boolean, $i: String, $nb: Boolean!) {
              arguments {
                a: nonNullBooleanListField(nonNullBooleanListArg: [$b])
                b: nonNullBooleanListField(nonNullBooleanListArg: [$nb])
                complexArgField(complexArg: { requiredField: true, intField: $i })
              }
            }
            """,
            "Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:8, 3:56)",
            "Variable \"$i\" of type \"String\" used in position expecting type \"Int\". (1:21, 5:66)"),
        new("variable used in a fragment at a wrong position",
            """
            query q($x: String) {
              dog {
                ...F
              }
            }

            fragment F on Dog {
              isHouseTrained(atOtherHomes: $x)
            }
            """,
            "Variable \"$x\" of type \"String\" used in position expecting type \"Boolean\". (1:9, 8:32)"),
        new("nullable variable in a one-of field",
            """
            query ($name: String, $command: DogCommand = SIT) {
              a: findPet(search: { name: $name }) { name }
              b: findPet(search: { command: $command }) { name }
            }
            """,
            "Variable \"$name\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"PetSearch\". (1:8, 2:30)",
            "Variable \"$command\" is of type \"DogCommand\" but must be non-nullable to be used for OneOf Input Object \"PetSearch\". (1:23, 3:33)"),
        new("nullable variable in a one-of field of a non-null argument passes, as in graphql-js",
            """
            query ($name: String) {
              searchPets(search: { name: $name }) { name }
            }
            """),
        new("non-null variable in a one-of field, and a whole one-of variable",
            """
            query ($name: String!, $search: PetSearch!) {
              a: searchPets(search: { name: $name }) { name }
              b: searchPets(search: $search) { name }
            }
            """),
        new("variable in a directive argument",
            """
            query ($show: Boolean, $hide: Boolean!) {
              dog @include(if: $show) {
                name @skip(if: $hide)
              }
            }
            """,
            "Variable \"$show\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:8, 2:20)"),
        new("interface-typed and enum variables",
            """
            query ($command: DogCommand!, $cat: CatCommand!) {
              dog {
                a: doesKnowCommand(dogCommand: $command)
                b: doesKnowCommand(dogCommand: $cat)
              }
            }
            """,
            "Variable \"$cat\" of type \"CatCommand!\" used in position expecting type \"DogCommand!\". (1:31, 4:36)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
