namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>All Variables Used (spec 5.8.4): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class NoUnusedVariablesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("unused variable (spec example)",
            """
            query variableUnused($atOtherHomes: Boolean) {
              dog {
                isHouseTrained
              }
            }
            """,
            "Variable \"$atOtherHomes\" is never used in operation \"variableUnused\". (1:22)"),
        new("variable used in a fragment (spec example)",
            """
            query variableUsedInFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """),
        new("variable not used in the fragment (spec example)",
            """
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedWithoutVariableFragment
              }
            }

            fragment isHouseTrainedWithoutVariableFragment on Dog {
              isHouseTrained
            }
            """,
            "Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\". (1:37)"),
        new("extra variable in one of two operations (spec example)",
            """
            query queryWithUsedVar($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            "Variable \"$extra\" is never used in operation \"queryWithExtraVar\". (7:49)"),
        new("variables used only in directives and nested values",
            """
            query ($show: Boolean!, $item: Boolean, $unused: Int) {
              dog @include(if: $show) { name }
              arguments { booleanListArgField(booleanListArg: [$item]) }
            }
            """,
            "Variable \"$unused\" is never used. (1:41)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
