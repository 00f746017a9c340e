namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Fragment Spread Target Defined (spec 5.5.2.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class KnownFragmentNamesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("defined fragment",
            """
            { dog { ...A } }
            fragment A on Dog { name }
            """),
        new("undefined fragment (spec example)",
            """
            {
              dog {
                ...undefinedFragment
              }
            }
            """,
            "Unknown fragment \"undefinedFragment\". (3:8)"),
        new("undefined fragments at several depths",
            """
            {
              dog {
                ...Missing
                owner {
                  ...  AlsoMissing
                }
              }
            }
            """,
            "Unknown fragment \"Missing\". (3:8)",
            "Unknown fragment \"AlsoMissing\". (5:12)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
