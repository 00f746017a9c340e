namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Operation Name Uniqueness (spec 5.2.1.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class UniqueOperationNamesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("distinct operation names",
            """
            query getDogName {
              dog {
                name
              }
            }

            query getOwnerName {
              dog {
                owner {
                  name
                }
              }
            }
            """),
        new("two queries with one name (spec example)",
            """
            query getName {
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
            "There can be only one operation named \"getName\". (1:7, 7:7)"),
        new("a query and a subscription with one name",
            """
            query dogOperation {
              dog {
                name
              }
            }

            subscription dogOperation {
              newMessage {
                body
              }
            }
            """,
            "There can be only one operation named \"dogOperation\". (1:7, 7:14)"),
        new("three operations with one name",
            """
            query A { dog { name } }
            query A { dog { name } }
            query A { dog { name } }
            """,
            "There can be only one operation named \"A\". (1:7, 2:7)",
            "There can be only one operation named \"A\". (1:7, 3:7)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
