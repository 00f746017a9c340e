namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Leaf Field Selections (spec 5.3.3): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class ScalarLeafsRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("scalar without selection (spec example)",
            """
            { dog { ...scalarSelection } }

            fragment scalarSelection on Dog {
              barkVolume
            }
            """),
        new("selection on a scalar (spec example)",
            """
            { dog { ...scalarSelectionsNotAllowedOnInt } }

            fragment scalarSelectionsNotAllowedOnInt on Dog {
              barkVolume {
                sinceWhen
              }
            }
            """,
            "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. (4:14)"),
        new("object, interface and union without selections (spec example)",
            """
            query directQueryOnObjectWithoutSubFields {
              human
            }

            query directQueryOnInterfaceWithoutSubFields {
              pet
            }

            query directQueryOnUnionWithoutSubFields {
              catOrDog
            }
            """,
            "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? (2:3)",
            "Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"? (6:3)",
            "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"? (10:3)"),
        new("selection on an enum-typed introspection field",
            """
            {
              __type(name: "Dog") {
                kind { name }
              }
            }
            """,
            "Field \"kind\" must not have a selection since type \"__TypeKind!\" has no subfields. (3:10)"),
        new("list of objects without selection",
            """
            {
              human {
                pets
              }
            }
            """,
            "Field \"pets\" of type \"[Pet!]\" must have a selection of subfields. Did you mean \"pets { ... }\"? (3:5)"),
        new("selection on a non-null scalar",
            """
            {
              dog {
                name { length }
              }
            }
            """,
            "Field \"name\" must not have a selection since type \"String!\" has no subfields. (3:10)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
