using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.GraphQL.Validation;

namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>How a case relates to graphql-js 16's verdict on it.</summary>
public enum ReferenceAgreement
{
    /// <summary>graphql-js reports exactly the same errors (messages and locations, in order).</summary>
    Same,

    /// <summary>The 2025 edition's Operation Type Existence rule, which graphql-js 16 lacks: it reports nothing.</summary>
    LacksKnownOperationTypes,

    /// <summary>A custom scalar judges its literals; graphql-js, given only the SDL, accepts any literal for it.</summary>
    CustomScalarParsing,
}

/// <summary>
/// A document validated against <see cref="SpecificationSchema"/> with the errors it must produce, each written as
/// "message (line:column, …)", in the order they must be reported.
/// </summary>
public sealed record ValidationCase(string Name, string Query, params string[] ExpectedErrors)
{
    public ReferenceAgreement Agreement { get; init; } = ReferenceAgreement.Same;

    public override string ToString() => Name;

    public static IReadOnlyList<string> Describe(IEnumerable<GraphQLError> errors) =>
        [.. errors.Select(error => error.Locations is { Count: > 0 } locations
            ? $"{error.Message} ({string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))})"
            : error.Message)];

    public IReadOnlyList<string> Validate(Schema? schema = null) =>
        Describe(DocumentValidator.Validate(schema ?? SpecificationSchema.Instance, Parser.Parse(Query)));

    public void Verify() => Validate().Should().Equal(ExpectedErrors, $"case \"{Name}\" must report exactly the expected errors");
}

/// <summary>A rule's cases, exposed one test per case.</summary>
public abstract class ValidationRuleCases
{
    protected static TheoryData<string> NamesOf(IEnumerable<ValidationCase> cases)
    {
        var data = new TheoryData<string>();
        foreach (var validationCase in cases)
        {
            data.Add(validationCase.Name);
        }
        return data;
    }

    protected static void Verify(IEnumerable<ValidationCase> cases, string name) => cases.Single(c => c.Name == name).Verify();
}
