namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Fragments Must Be Used (spec 5.5.1.4): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class NoUnusedFragmentsRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("fragments used directly and through each other",
            """
            { dog { ...A } }
            fragment A on Dog { name ...B }
            fragment B on Dog { nickname }
            """),
        new("unused fragment (spec example)",
            """
            fragment nameFragment on Dog {
              name
            }

            {
              dog {
                name
              }
            }
            """,
            "Fragment \"nameFragment\" is never used. (1:1)"),
        new("fragments used only by an unused fragment",
            """
            { dog { name } }
            fragment A on Dog { ...B }
            fragment B on Dog { nickname }
            """,
            "Fragment \"A\" is never used. (2:1)",
            "Fragment \"B\" is never used. (3:1)"),
        new("used by one of several operations",
            """
            query One { dog { ...A } }
            query Two { dog { name } }
            fragment A on Dog { name }
            fragment C on Dog { name }
            """,
            "Fragment \"C\" is never used. (4:1)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
