namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Directives Are Defined (spec 5.7.1) and In Valid Locations (spec 5.7.2): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class KnownDirectivesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("directives in their locations",
            """
            query q($x: Int @onVariableDefinition) @onQuery {
              arguments { intArgField(intArg: $x) }
              dog @include(if: true) {
                ...F @skip(if: false)
                ... @tag(name: "t") { name }
              }
            }

            fragment F on Dog { name @tag(name: "n") }
            """),
        new("unknown directive",
            """
            {
              dog @unknown {
                name @deprecated2
              }
            }
            """,
            "Unknown directive \"@unknown\". (2:7)",
            "Unknown directive \"@deprecated2\". (3:10)"),
        new("directives in wrong locations (spec example)",
            """
            query @skip(if: $foo) {
              dog {
                name @onQuery
              }
            }
            """,
            "Directive \"@skip\" may not be used on QUERY. (1:7)",
            "Directive \"@onQuery\" may not be used on FIELD. (3:10)",
            "Variable \"$foo\" is not defined. (1:17, 1:1)"),
        new("directives on fragment definitions, subscriptions and variables",
            """
            subscription s @onQuery {
              newMessage { body }
            }

            query q($v: Int @include(if: true)) {
              dog { ...F }
              arguments { intArgField(intArg: $v) }
            }

            fragment F on Dog @skip(if: true) { name }
            """,
            "Directive \"@onQuery\" may not be used on SUBSCRIPTION. (1:16)",
            "Directive \"@include\" may not be used on VARIABLE_DEFINITION. (5:17)",
            "Directive \"@skip\" may not be used on FRAGMENT_DEFINITION. (10:19)"),
        new("schema-only directives on a field",
            """
            {
              dog {
                name @deprecated
                nickname @specifiedBy(url: "x")
              }
            }
            """,
            "Directive \"@deprecated\" may not be used on FIELD. (3:10)",
            "Directive \"@specifiedBy\" may not be used on FIELD. (4:14)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
