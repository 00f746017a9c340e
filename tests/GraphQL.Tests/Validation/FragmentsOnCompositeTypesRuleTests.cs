namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Fragments on Composite Types (spec 5.5.1.3): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("object, interface, union and inline conditions (spec example)",
            """
            { dog { ...fragOnObject ...fragOnInterface ...fragOnUnion } }

            fragment fragOnObject on Dog {
              name
            }

            fragment fragOnInterface on Pet {
              name
            }

            fragment fragOnUnion on CatOrDog {
              ... on Dog {
                name
              }
            }
            """),
        new("fragment on a scalar (spec example)",
            """
            { dog { ...fragOnScalar } }

            fragment fragOnScalar on Int {
              something
            }
            """,
            "Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\". (3:26)"),
        new("inline fragment on a scalar (spec example)",
            """
            { dog { ...inlineFragOnScalar } }

            fragment inlineFragOnScalar on Dog {
              ... on Boolean {
                somethingElse
              }
            }
            """,
            "Fragment cannot condition on non composite type \"Boolean\". (4:10)"),
        new("fragment on an input object and an enum",
            """
            { dog { ...onInput ... on DogCommand { name } } }

            fragment onInput on FindDogInput {
              name
            }
            """,
            "Fragment cannot condition on non composite type \"DogCommand\". (1:27)",
            "Fragment \"onInput\" cannot condition on non composite type \"FindDogInput\". (3:21)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
