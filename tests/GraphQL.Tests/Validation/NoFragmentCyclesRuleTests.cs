namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Fragment Spreads Must Not Form Cycles (spec 5.5.2.2): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class NoFragmentCyclesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("fragments spread twice without a cycle",
            """
            { dog { ...A ...B } }
            fragment A on Dog { ...B }
            fragment B on Dog { name }
            """),
        new("two fragments spreading each other (spec example)",
            """
            {
              dog {
                ...nameFragment
              }
            }

            fragment nameFragment on Dog {
              name
              ...barkVolumeFragment
            }

            fragment barkVolumeFragment on Dog {
              barkVolume
              ...nameFragment
            }
            """,
            "Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\". (9:3, 14:3)"),
        new("cycle through nested fields (spec example)",
            """
            {
              dog {
                ...dogFragment
              }
            }

            fragment dogFragment on Dog {
              name
              owner {
                ...ownerFragment
              }
            }

            fragment ownerFragment on Human {
              name
              pets {
                ...dogFragment
              }
            }
            """,
            "Cannot spread fragment \"dogFragment\" within itself via \"ownerFragment\". (10:5, 17:5)"),
        new("fragment spreading itself",
            """
            { dog { ...A } }
            fragment A on Dog { name ...A }
            """,
            "Cannot spread fragment \"A\" within itself. (2:26)"),
        new("long cycle and a second cycle",
            """
            { dog { ...A } }
            fragment A on Dog { ...B }
            fragment B on Dog { ...C ...A }
            fragment C on Dog { ...A ...B }
            """,
            "Cannot spread fragment \"A\" within itself via \"B\", \"C\". (2:21, 3:21, 4:21)",
            "Cannot spread fragment \"B\" within itself via \"C\". (3:21, 4:26)",
            "Cannot spread fragment \"A\" within itself via \"B\". (2:21, 3:26)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
