namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Operation Type Existence (spec 5.2.3.1, new in the 2025 edition): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class KnownOperationTypesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("query and subscription roots exist",
            """
            query q { dog { name } }
            subscription s { newMessage { body } }
            """),
        new("mutation without a mutation root",
            """
            mutation addPet {
              dog {
                name
              }
            }
            """,
            "The mutation operation is not supported by the schema. (1:1)") { Agreement = ReferenceAgreement.LacksKnownOperationTypes },
        new("mutation with variables without a mutation root",
            """
            mutation addPet($name: String) {
              addPet(name: $name) {
                name
              }
            }
            """,
            "The mutation operation is not supported by the schema. (1:1)") { Agreement = ReferenceAgreement.LacksKnownOperationTypes },
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
