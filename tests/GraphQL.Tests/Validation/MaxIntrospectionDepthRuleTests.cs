namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>graphql-js's recommended introspection depth limit: valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class MaxIntrospectionDepthRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("the usual introspection query shape",
            """
            {
              __schema {
                types {
                  fields {
                    type { name ofType { name ofType { name } } }
                    args { type { name } }
                  }
                  interfaces { name }
                  possibleTypes { name }
                  inputFields { name }
                }
              }
            }
            """),
        new("fields of fields of fields",
            """
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields { name }
                        }
                      }
                    }
                  }
                }
              }
            }
            """,
            "Maximum introspection depth exceeded (2:3)"),
        new("too deep through fragments",
            """
            {
              __type(name: "Dog") {
                ...Fields
              }
            }

            fragment Fields on __Type {
              fields {
                type {
                  interfaces {
                    possibleTypes { name }
                  }
                }
              }
            }
            """,
            "Maximum introspection depth exceeded (2:3)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
