namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Argument Names (spec 5.4.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class KnownArgumentNamesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("known arguments of fields and directives (spec examples)",
            """
            { dog { ...argOnRequiredArg ...argOnOptional } }

            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }

            fragment argOnOptional on Dog {
              isHouseTrained(atOtherHomes: true) @include(if: true)
            }
            """),
        new("unknown field argument (spec example)",
            """
            { dog { ...invalidArgName } }

            fragment invalidArgName on Dog {
              doesKnowCommand(command: CLEAN_UP_HOUSE)
            }
            """,
            "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? (4:19)",
            "Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided. (4:3)"),
        new("unknown directive argument (spec example)",
            """
            { dog { ...invalidArgName } }

            fragment invalidArgName on Dog {
              isHouseTrained(atOtherHomes: true) @include(unless: false)
            }
            """,
            "Unknown argument \"unless\" on directive \"@include\". (4:47)",
            "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. (4:38)"),
        new("arguments in any order (spec example)",
            """
            {
              arguments {
                a: multipleRequirements(x: 1, y: 2)
                b: multipleRequirements(y: 2, x: 1)
              }
            }
            """),
        new("argument on a field without arguments",
            """
            {
              dog {
                name(full: true)
              }
            }
            """,
            "Unknown argument \"full\" on field \"Dog.name\". (3:10)"),
        new("arguments of an unknown directive are not judged",
            """
            {
              dog {
                name @unknown(whatever: 1)
              }
            }
            """,
            "Unknown directive \"@unknown\". (3:10)"),
        new("argument of an unknown field is not judged",
            """
            {
              dog {
                weight(unit: KG)
              }
            }
            """,
            "Cannot query field \"weight\" on type \"Dog\". (3:5)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
