namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Fragment Name Uniqueness (spec 5.5.1.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class UniqueFragmentNamesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("distinct fragment names (spec example)",
            """
            {
              dog {
                ...fragmentOne
                ...fragmentTwo
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentTwo on Dog {
              owner {
                name
              }
            }
            """),
        new("one name for two fragments (spec example)",
            """
            {
              dog {
                ...fragmentOne
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentOne on Dog {
              owner {
                name
              }
            }
            """,
            "There can be only one fragment named \"fragmentOne\". (7:10, 11:10)"),
        new("fragment named like an operation",
            """
            query Foo { dog { ...Foo } }
            fragment Foo on Dog { name }
            """),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
