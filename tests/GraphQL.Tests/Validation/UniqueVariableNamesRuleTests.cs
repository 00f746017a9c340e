namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Variable Uniqueness (spec 5.8.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class UniqueVariableNamesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("distinct variables",
            """
            query ($a: Boolean, $b: Boolean) {
              dog {
                a: isHouseTrained(atOtherHomes: $a)
                b: isHouseTrained(atOtherHomes: $b)
              }
            }
            """),
        new("variable defined twice (spec example)",
            """
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """,
            "There can be only one variable named \"$atOtherHomes\". (1:26, 1:50)"),
        new("one variable name in two operations",
            """
            query A($x: Boolean) { dog { isHouseTrained(atOtherHomes: $x) } }
            query B($x: Boolean) { dog { isHouseTrained(atOtherHomes: $x) } }
            """),
        new("two variables each defined twice",
            """
            query ($a: Int, $b: Int, $a: Int, $b: Int, $a: Int) {
              arguments {
                x: intArgField(intArg: $a)
                y: intArgField(intArg: $b)
              }
            }
            """,
            "There can be only one variable named \"$a\". (1:9, 1:27, 1:45)",
            "There can be only one variable named \"$b\". (1:18, 1:36)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
