namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Input Object Field Uniqueness (spec 5.6.3): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class UniqueInputFieldNamesRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("distinct input fields, also in nested objects",
            """
            {
              arguments {
                complexArgField(complexArg: { requiredField: true, intField: 1 })
              }
              findDog(searchBy: { name: "a", owner: "b" }) { name }
            }
            """),
        new("input field given twice (spec example)",
            """
            {
              findDog(searchBy: { name: "Fido", name: "Fido" }) {
                name
              }
            }
            """,
            "There can be only one input field named \"name\". (2:23, 2:37)"),
        new("input field given three times",
            """
            {
              findDog(searchBy: { name: "a", owner: "x", name: "b", name: "c" }) {
                name
              }
            }
            """,
            "There can be only one input field named \"name\". (2:23, 2:46)",
            "There can be only one input field named \"name\". (2:23, 2:57)"),
        new("duplicate in a variable default",
            """
            query ($search: FindDogInput = { owner: "a", owner: "b" }) {
              findDog(searchBy: $search) { name }
            }
            """,
            "There can be only one input field named \"owner\". (1:34, 1:46)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
