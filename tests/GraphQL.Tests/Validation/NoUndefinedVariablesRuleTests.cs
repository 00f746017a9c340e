namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>All Variable Uses Defined (spec 5.8.3): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class NoUndefinedVariablesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("defined variable (spec example)",
            """
            query variableIsDefined($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """),
        new("undefined variable (spec example)",
            """
            query variableIsNotDefined {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """,
            "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\". (3:34, 1:1)"),
        new("defined variable used in a fragment (spec example)",
            """
            query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """),
        new("undefined variable used in a fragment (spec example)",
            """
            query variableIsNotDefinedUsedInSingleFragment {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\". (8:32, 1:1)"),
        new("undefined variable in a nested fragment (spec example)",
            """
            query variableIsNotDefinedUsedInNestedFragment {
              dog {
                ...outerHouseTrainedFragment
              }
            }

            fragment outerHouseTrainedFragment on Dog {
              ...isHouseTrainedFragment
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\". (12:32, 1:1)"),
        new("one of two operations does not define it (spec example)",
            """
            query housetrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query housetrainedQueryTwoNotDefined {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """,
            "Variable \"$atOtherHomes\" is not defined by operation \"housetrainedQueryTwoNotDefined\". (14:32, 7:1)"),
        new("undefined variables in an anonymous operation, in lists, objects and directives",
            """
            {
              dog @include(if: $show) {
                isHouseTrained(atOtherHomes: $home)
              }
              arguments {
                booleanListArgField(booleanListArg: [$item])
                complexArgField(complexArg: { requiredField: $required })
              }
            }
            """,
            "Variable \"$show\" is not defined. (2:20, 1:1)",
            "Variable \"$home\" is not defined. (3:34, 1:1)",
            "Variable \"$item\" is not defined. (6:42, 1:1)",
            "Variable \"$required\" is not defined. (7:50, 1:1)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
