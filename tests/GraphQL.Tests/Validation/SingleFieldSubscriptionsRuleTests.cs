namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Single Root Field (spec 5.2.4.1): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class SingleFieldSubscriptionsRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("one root field (spec example)",
            """
            subscription sub {
              newMessage {
                body
                sender
              }
            }
            """),
        new("one root field through a fragment (spec example)",
            """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on Subscription {
              newMessage {
                body
                sender
              }
            }
            """),
        new("two root fields (spec example)",
            """
            subscription sub {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """,
            "Subscription \"sub\" must select only one top level field. (6:3)"),
        new("two root fields through a fragment (spec example)",
            """
            subscription sub {
              ...multipleSubscriptions
            }

            fragment multipleSubscriptions on Subscription {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """,
            "Subscription \"sub\" must select only one top level field. (10:3)"),
        new("introspection root field (spec example)",
            """
            subscription sub {
              __typename
            }
            """,
            "Subscription \"sub\" must not select an introspection top level field. (2:3)"),
        new("anonymous subscription with an extra root field",
            """
            subscription {
              newMessage { body }
              disallowedSecondRootField
              alias: disallowedSecondRootField
            }
            """,
            "Anonymous Subscription must select only one top level field. (3:3, 4:3)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
