namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Fragment Spread Is Possible (spec 5.5.2.3): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class PossibleFragmentSpreadsRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("object spreads in the same object (spec example)",
            """
            { dog { ...dogFragment } }

            fragment dogFragment on Dog {
              ... on Dog {
                barkVolume
              }
            }
            """),
        new("object spread in another object (spec example)",
            """
            { dog { ...catInDogFragmentInvalid } }

            fragment catInDogFragmentInvalid on Dog {
              ... on Cat {
                meowVolume
              }
            }
            """,
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (4:3)"),
        new("abstract spreads in objects (spec examples)",
            """
            { dog { ...interfaceWithinObjectFragment ...unionWithObjectFragment } }

            fragment petNameFragment on Pet {
              name
            }

            fragment interfaceWithinObjectFragment on Dog {
              ...petNameFragment
            }

            fragment catOrDogNameFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }

            fragment unionWithObjectFragment on Dog {
              ...catOrDogNameFragment
            }
            """),
        new("object spreads in abstract scopes (spec examples)",
            """
            { pet { ...petFragment } catOrDog { ...catOrDogFragment } }

            fragment petFragment on Pet {
              name
              ... on Dog {
                barkVolume
              }
            }

            fragment catOrDogFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }
            """),
        new("impossible object spreads in abstract scopes (spec examples)",
            """
            { human { ...sentientFragment } humanOrAlien { ...humanOrAlienFragment } }

            fragment sentientFragment on Sentient {
              ... on Dog {
                barkVolume
              }
            }

            fragment humanOrAlienFragment on HumanOrAlien {
              ... on Cat {
                meowVolume
              }
            }
            """,
            "Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\". (4:3)",
            "Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\". (10:3)"),
        new("abstract spreads in abstract scopes (spec examples)",
            """
            { pet { ...unionWithInterface } }

            fragment unionWithInterface on Pet {
              ...dogOrHumanFragment
            }

            fragment dogOrHumanFragment on DogOrHuman {
              ... on Dog {
                barkVolume
              }
            }
            """),
        new("disjoint interfaces (spec example)",
            """
            { pet { ...nonIntersectingInterfaces } }

            fragment nonIntersectingInterfaces on Pet {
              ...sentientFragment
            }

            fragment sentientFragment on Sentient {
              name
            }
            """,
            "Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\". (4:3)"),
        new("interface spread in an implementing interface scope",
            """
            {
              dogOrHuman {
                ... on Sentient { name }
                ... on Pet { name }
              }
            }
            """),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
