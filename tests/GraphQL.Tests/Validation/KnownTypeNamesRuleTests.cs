namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Fragment Spread Type Existence (spec 5.5.1.2) and known variable types: valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class KnownTypeNamesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("existing type conditions (spec examples)",
            """
            { dog { ...correctType ...inlineFragment ...inlineFragment2 } }

            fragment correctType on Dog {
              name
            }

            fragment inlineFragment on Dog {
              ... on Dog {
                name
              }
            }

            fragment inlineFragment2 on Dog {
              ... @include(if: true) {
                name
              }
            }
            """),
        new("unknown type conditions (spec examples)",
            """
            { dog { ...notOnExistingType ...inlineNotExistingType } }

            fragment notOnExistingType on NotInSchema {
              name
            }

            fragment inlineNotExistingType on Dog {
              ... on NotInSchema {
                name
              }
            }
            """,
            "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (3:31)",
            "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (8:10)"),
        new("unknown variable type with a suggestion",
            """
            query ($name: Strin) {
              dog {
                isHouseTrained(atOtherHomes: $name)
              }
            }
            """,
            "Unknown type \"Strin\". Did you mean \"String\"? (1:15)"),
        new("unknown types inside wrappers",
            """
            query ($a: [Boolan!]!, $b: Date, $c: Doggo) {
              dog {
                a: isHouseTrained(atOtherHomes: $a)
                b: isHouseTrained(atOtherHomes: $b)
                c: isHouseTrained(atOtherHomes: $c)
              }
            }
            """,
            "Unknown type \"Boolan\". Did you mean \"Boolean\"? (1:13)",
            "Unknown type \"Doggo\". Did you mean \"Dog\"? (1:38)",
            "Variable \"$b\" of type \"Date\" used in position expecting type \"Boolean\". (1:24, 4:37)"),
        new("type defined in the document counts as known",
            """
            query ($x: Url) {
              dog { name }
            }

            scalar Url
            """,
            "The \"Url\" definition is not executable. (5:1)",
            "Variable \"$x\" is never used. (1:8)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
