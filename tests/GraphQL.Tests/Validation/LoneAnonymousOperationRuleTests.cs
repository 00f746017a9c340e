namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Lone Anonymous Operation (spec 5.2.2.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class LoneAnonymousOperationRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("one anonymous operation (spec example)",
            """
            {
              dog {
                name
              }
            }
            """),
        new("anonymous operation beside a named one (spec example)",
            """
            {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """,
            "This anonymous operation must be the only defined operation. (1:1)"),
        new("two anonymous operations",
            """
            { dog { name } }
            { dog { nickname } }
            """,
            "This anonymous operation must be the only defined operation. (1:1)",
            "This anonymous operation must be the only defined operation. (2:1)"),
        new("anonymous operation beside fragments only",
            """
            { dog { ...F } }
            fragment F on Dog { name }
            """),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
