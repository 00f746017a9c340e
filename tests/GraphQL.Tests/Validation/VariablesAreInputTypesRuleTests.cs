namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Variables Are Input Types (spec 5.8.2): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class VariablesAreInputTypesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("input-typed variables (spec examples)",
            """
            query takesBoolean($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }

            query takesComplexInput($complexInput: ComplexInput) {
              arguments { complexArgField(complexArg: $complexInput) }
            }

            query TakesListOfBooleanBang($booleans: [Boolean!]) {
              arguments { nonNullBooleanListField(nonNullBooleanListArg: $booleans) }
            }
            """),
        new("output-typed variables (spec examples)",
            """
            query takesCat($cat: Cat) {
              dog { name }
            }

            query takesDogBang($dog: Dog!) {
              dog { name }
            }

            query takesListOfPet($pets: [Pet]) {
              dog { name }
            }

            query takesCatOrDog($catOrDog: CatOrDog) {
              dog { name }
            }
            """,
            "Variable \"$cat\" cannot be non-input type \"Cat\". (1:22)",
            "Variable \"$cat\" is never used in operation \"takesCat\". (1:16)",
            "Variable \"$dog\" cannot be non-input type \"Dog!\". (5:26)",
            "Variable \"$dog\" is never used in operation \"takesDogBang\". (5:20)",
            "Variable \"$pets\" cannot be non-input type \"[Pet]\". (9:29)",
            "Variable \"$pets\" is never used in operation \"takesListOfPet\". (9:22)",
            "Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\". (13:32)",
            "Variable \"$catOrDog\" is never used in operation \"takesCatOrDog\". (13:21)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
