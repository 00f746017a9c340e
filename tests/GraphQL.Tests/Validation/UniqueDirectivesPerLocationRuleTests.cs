namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Directives Are Unique per Location (spec 5.7.3): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("same directive at different locations (spec example)",
            """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              dog @skip(if: $foo) {
                name
              }
              dog @skip(if: $bar) {
                nickname
              }
            }
            """),
        new("directive twice at one location (spec example)",
            """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              dog @skip(if: $foo) @skip(if: $bar) {
                name
              }
            }
            """,
            "The directive \"@skip\" can only be used once at this location. (2:7, 2:23)"),
        new("repeatable directive",
            """
            {
              dog {
                name @tag(name: "a") @tag(name: "b")
              }
            }
            """),
        new("skip and include together, and three includes",
            """
            {
              dog {
                name @skip(if: false) @include(if: true)
                nickname @include(if: true) @include(if: true) @include(if: false)
              }
            }
            """,
            "The directive \"@include\" can only be used once at this location. (4:14, 4:33)",
            "The directive \"@include\" can only be used once at this location. (4:14, 4:52)"),
        new("duplicates on fragments and operations",
            """
            query q @onQuery @onQuery {
              dog {
                ...F @skip(if: false) @skip(if: true)
                ... @include(if: true) @include(if: true) { name }
              }
            }

            fragment F on Dog { name }
            """,
            "The directive \"@onQuery\" can only be used once at this location. (1:9, 1:18)",
            "The directive \"@skip\" can only be used once at this location. (3:10, 3:27)",
            "The directive \"@include\" can only be used once at this location. (4:9, 4:28)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
