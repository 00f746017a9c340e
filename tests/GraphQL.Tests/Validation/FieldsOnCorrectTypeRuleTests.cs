namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Field Selections (spec 5.3.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class FieldsOnCorrectTypeRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("fields defined on the type, interface and union (spec examples)",
            """
            { dog { ...interfaceFieldSelection } catOrDog { ...inDirectFieldSelectionOnUnion } }

            fragment interfaceFieldSelection on Pet {
              name
            }

            fragment inDirectFieldSelectionOnUnion on CatOrDog {
              __typename
              ... on Pet {
                name
              }
              ... on Dog {
                barkVolume
              }
            }
            """),
        new("field not defined, with a suggestion (spec example)",
            """
            { dog { ...fieldNotDefined } }

            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """,
            "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (4:3)"),
        new("aliased field not defined (spec example)",
            """
            { dog { ...aliasedLyingFieldTargetNotDefined } }

            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume: kawVolume
            }
            """,
            "Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (4:3)"),
        new("field of implementations only, on an interface (spec example)",
            """
            { pet { ...definedOnImplementersButNotInterface } }

            fragment definedOnImplementersButNotInterface on Pet {
              nickname
            }
            """,
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (4:3)"),
        new("direct field on a union (spec example)",
            """
            { catOrDog { ...directFieldSelectionOnUnion } }

            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """,
            "Cannot query field \"directField\" on type \"CatOrDog\". (4:3)"),
        new("interface field on a union suggests the interface first",
            """
            {
              catOrDog {
                name
              }
            }
            """,
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"? (3:5)"),
        new("introspection meta-fields",
            """
            {
              __typename
              __schema { queryType { name } }
              __type(name: "Dog") { name }
              dog { __typename }
            }
            """),
        new("__schema below the root",
            """
            {
              dog {
                __schema {
                  queryType { name }
                }
              }
            }
            """,
            "Cannot query field \"__schema\" on type \"Dog\". (3:5)"),
        new("unknown root field",
            """
            {
              cat {
                name
              }
            }
            """,
            "Cannot query field \"cat\" on type \"Query\". Did you mean \"pet\"? (2:3)"),
        new("unknown field in an unknown type is reported once",
            """
            { dog { ... on Cow { moo } } }
            """,
            "Unknown type \"Cow\". Did you mean \"Cat\" or \"Dog\"? (1:16)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
