namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Required Arguments (spec 5.4.2.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("required, optional and defaulted arguments (spec examples)",
            """
            {
              a: arguments { ...goodBooleanArg ...goodNonNullArg }
              b: arguments { ...goodBooleanArgDefault ...goodDefaulted }
            }

            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment goodNonNullArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: true)
            }

            fragment goodBooleanArgDefault on Arguments {
              booleanArgField
            }

            fragment goodDefaulted on Arguments {
              optionalNonNullBooleanArgField
            }
            """),
        new("missing required argument (spec example)",
            """
            { arguments { ...missingRequiredArg } }

            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField
            }
            """,
            "Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided. (4:3)"),
        new("null for a required argument (spec example)",
            """
            { arguments { ...missingRequiredArg } }

            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: null)
            }
            """,
            "Expected value of type \"Boolean!\", found null. (4:45)"),
        new("two missing required arguments",
            """
            {
              arguments {
                multipleRequirements
              }
            }
            """,
            "Field \"multipleRequirements\" argument \"x\" of type \"Int!\" is required, but it was not provided. (3:5)",
            "Field \"multipleRequirements\" argument \"y\" of type \"Int!\" is required, but it was not provided. (3:5)"),
        new("missing directive argument",
            """
            {
              dog {
                name @skip
                nickname @tag
              }
            }
            """,
            "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. (3:10)",
            "Directive \"@tag\" argument \"name\" of type \"String!\" is required, but it was not provided. (4:14)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
