namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Every case of every rule's tests, for the comparison with graphql-js.</summary>
public static class ValidationCatalog
{
    public static IReadOnlyList<ValidationCase> All { get; } =
    [
        .. ExecutableDefinitionsRuleTests.Cases,
        .. UniqueOperationNamesRuleTests.Cases,
        .. LoneAnonymousOperationRuleTests.Cases,
        .. KnownOperationTypesRuleTests.Cases,
        .. SingleFieldSubscriptionsRuleTests.Cases,
        .. FieldsOnCorrectTypeRuleTests.Cases,
        .. OverlappingFieldsCanBeMergedRuleTests.Cases,
        .. ScalarLeafsRuleTests.Cases,
        .. KnownArgumentNamesRuleTests.Cases,
        .. UniqueArgumentNamesRuleTests.Cases,
        .. ProvidedRequiredArgumentsRuleTests.Cases,
        .. UniqueFragmentNamesRuleTests.Cases,
        .. KnownTypeNamesRuleTests.Cases,
        .. FragmentsOnCompositeTypesRuleTests.Cases,
        .. NoUnusedFragmentsRuleTests.Cases,
        .. KnownFragmentNamesRuleTests.Cases,
        .. NoFragmentCyclesRuleTests.Cases,
        .. PossibleFragmentSpreadsRuleTests.Cases,
        .. ValuesOfCorrectTypeRuleTests.Cases,
        .. UniqueInputFieldNamesRuleTests.Cases,
        .. KnownDirectivesRuleTests.Cases,
        .. UniqueDirectivesPerLocationRuleTests.Cases,
        .. UniqueVariableNamesRuleTests.Cases,
        .. VariablesAreInputTypesRuleTests.Cases,
        .. NoUndefinedVariablesRuleTests.Cases,
        .. NoUnusedVariablesRuleTests.Cases,
        .. VariablesInAllowedPositionRuleTests.Cases,
        .. MaxIntrospectionDepthRuleTests.Cases,
        .. RuleInterplayRuleTests.Cases,
    ];
}
