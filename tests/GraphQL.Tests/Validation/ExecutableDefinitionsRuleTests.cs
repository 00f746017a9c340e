namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Executable Definitions (spec 5.1.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class ExecutableDefinitionsRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("operation and fragment are executable",
            """
            query getDogName {
              dog {
                ...dogName
              }
            }

            fragment dogName on Dog {
              name
            }
            """),
        new("type extension is not executable (spec example)",
            """
            query getDogName {
              dog {
                name
                color
              }
            }

            extend type Dog {
              color: String
            }
            """,
            "The \"Dog\" definition is not executable. (8:1)",
            "Cannot query field \"color\" on type \"Dog\". (4:5)"),
        new("schema definition is not executable",
            """
            schema {
              query: Query
            }

            { dog { name } }
            """,
            "The schema definition is not executable. (1:1)"),
        new("type definitions are not executable",
            """
            { dog { name } }

            type Cow {
              name: String
            }

            scalar Url

            input Filter {
              name: String
            }
            """,
            "The \"Cow\" definition is not executable. (3:1)",
            "The \"Url\" definition is not executable. (7:1)",
            "The \"Filter\" definition is not executable. (9:1)"),
        new("directive definition is not executable and its directive is known",
            """
            directive @cached on FIELD

            { dog { name @cached } }
            """,
            "The \"cached\" definition is not executable. (1:1)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
