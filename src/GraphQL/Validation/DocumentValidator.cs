using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.GraphQL.Validation.Rules;

namespace ClaimGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema with the specification's validation rules (September 2025
/// edition). All rules run in one walk of the document, in graphql-js's rule order, so errors come out in the order
/// the reference implementation reports them.
/// </summary>
public static class DocumentValidator
{
    /// <summary>How many errors a validation reports before it stops (graphql-js's default <c>maxErrors</c>).</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>The rules of the specification, plus graphql-js's recommended introspection depth limit, in reporting order.</summary>
    public static IReadOnlyList<IValidationRule> SpecifiedRules { get; } =
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new KnownOperationTypesRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    ];

    private static readonly RuleSet Specified = new(SpecifiedRules);

    /// <summary>Every validation error of <paramref name="document"/>; empty when the document is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, Document document, CancellationToken cancellationToken = default) =>
        Validate(schema, document, Specified, DefaultMaxErrors, cancellationToken);

    /// <summary>
    /// Validates with the given rules (in the given order), stopping after <paramref name="maxErrors"/> errors with a
    /// final "Too many validation errors" error.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        Document document,
        IReadOnlyList<IValidationRule> rules,
        int maxErrors = DefaultMaxErrors,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var ruleSet = ReferenceEquals(rules, SpecifiedRules) ? Specified : new RuleSet(rules);
        return Validate(schema, document, ruleSet, maxErrors, cancellationToken);
    }

    private static IReadOnlyList<GraphQLError> Validate(Schema schema, Document document, RuleSet rules, int maxErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(maxErrors);
        cancellationToken.ThrowIfCancellationRequested();
        var walker = RentWalker(schema, document, maxErrors, cancellationToken);
        try
        {
            var context = walker.Context;
            try
            {
                walker.Walk(document, rules);
            }
            catch (ValidationAbortedException aborted)
            {
                if (aborted.AddAbortError)
                {
                    return [.. context.Errors, new GraphQLError("Validation aborted.")];
                }
            }
            catch (InsufficientExecutionStackException)
            {
                // Helpers that walk beside the main walk (fragment variable usages) stop this way instead.
                return [.. context.Errors, new GraphQLError("Document is nested too deeply to validate. Validation aborted.")];
            }
            return context.Errors.Count == 0 ? [] : [.. context.Errors];
        }
        finally
        {
            walker.Clear();
            t_cachedWalker = walker;
        }
    }

    // One walker (with its context, stacks and caches) per thread, reused so that validating a small document
    // allocates next to nothing; a nested validation on the same thread simply creates its own.
    [ThreadStatic]
    private static DocumentWalker? t_cachedWalker;

    private static DocumentWalker RentWalker(Schema schema, Document document, int maxErrors, CancellationToken cancellationToken)
    {
        var walker = t_cachedWalker;
        if (walker is null)
        {
            return new DocumentWalker(new ValidationContext(schema, document, maxErrors, cancellationToken));
        }
        t_cachedWalker = null;
        walker.Context.Reset(schema, document, maxErrors, cancellationToken);
        return walker;
    }
}
