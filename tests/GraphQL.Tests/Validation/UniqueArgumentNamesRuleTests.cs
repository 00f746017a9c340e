namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Argument Uniqueness (spec 5.4.2): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class UniqueArgumentNamesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("distinct arguments",
            """
            {
              arguments {
                multipleRequirements(x: 1, y: 2)
              }
            }
            """),
        new("field argument given twice",
            """
            {
              arguments {
                multipleRequirements(x: 1, x: 2, y: 3)
              }
            }
            """,
            "There can be only one argument named \"x\". (3:26, 3:32)"),
        new("directive argument given twice",
            """
            {
              dog {
                name @include(if: true, if: false)
              }
            }
            """,
            "There can be only one argument named \"if\". (3:19, 3:29)"),
        new("argument given three times",
            """
            {
              dog {
                isHouseTrained(atOtherHomes: true, atOtherHomes: false, atOtherHomes: true)
              }
            }
            """,
            "There can be only one argument named \"atOtherHomes\". (3:20, 3:40, 3:61)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
