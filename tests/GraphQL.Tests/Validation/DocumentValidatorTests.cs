using System.Text;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.GraphQL.Validation;
using ClaimGraph.GraphQL.Validation.Rules;

namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>The validator as a whole: error limits, cancellation, bounded work on hostile documents, rule selection.</summary>
public sealed class DocumentValidatorTests
{
    private static readonly ParserOptions LargeDocuments = new()
    {
        MaxDocumentLength = 2_000_000,
        MaxTokens = 500_000,
        MaxFields = 100_000,
        MaxDepth = 20_000,
    };

    [Fact]
    public void Stops_after_the_error_limit_with_a_final_error()
    {
        var query = "{ dog { " + string.Join(' ', Enumerable.Range(0, 150).Select(i => $"unknown{i}")) + " } }";

        var errors = DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse(query));

        errors.Should().HaveCount(DocumentValidator.DefaultMaxErrors + 1);
        errors[0].Message.Should().StartWith("Cannot query field \"unknown0\" on type \"Dog\".");
        errors[^1].Message.Should().Be("Too many validation errors, error limit reached. Validation aborted.");
        errors[^1].Locations.Should().BeNull();
    }

    [Fact]
    public void Honours_a_custom_error_limit()
    {
        var errors = DocumentValidator.Validate(
            SpecificationSchema.Instance, Parser.Parse("{ a b c d }"), DocumentValidator.SpecifiedRules, maxErrors: 2);

        ValidationCase.Describe(errors).Should().Equal(
            "Cannot query field \"a\" on type \"Query\". (1:3)",
            "Cannot query field \"b\" on type \"Query\". (1:5)",
            "Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void Runs_only_the_rules_it_is_given()
    {
        var document = Parser.Parse("query ($unused: Int) { dog { unknown } }");

        var errors = DocumentValidator.Validate(SpecificationSchema.Instance, document, [new NoUnusedVariablesRule()]);

        ValidationCase.Describe(errors).Should().Equal("Variable \"$unused\" is never used. (1:8)");
    }

    [Fact]
    public void A_cancelled_validation_throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var validate = () => DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse("{ dog { name } }"), cancellation.Token);

        validate.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Ten_thousand_distinct_aliases_are_valid()
    {
        var query = "{ dog { " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}: name")) + " } }";

        DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse(query, LargeDocuments)).Should().BeEmpty();
    }

    [Fact]
    public void Ten_thousand_copies_of_one_field_exhaust_the_comparison_budget_instead_of_comparing_fifty_million_pairs()
    {
        var query = "{ dog { " + string.Join(' ', Enumerable.Repeat("name", 10_000)) + " } }";

        var errors = DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse(query, LargeDocuments));

        ValidationCase.Describe(errors).Should().Equal("Validation aborted.");
    }

    [Fact]
    public void Five_hundred_copies_of_one_field_are_compared_in_full()
    {
        var query = "{ dog { " + string.Join(' ', Enumerable.Repeat("name", 500)) + " } }";

        DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse(query, LargeDocuments)).Should().BeEmpty();
    }

    [Fact]
    public void Conflicting_aliases_across_many_fragments_are_reported_without_blowing_up()
    {
        var builder = new StringBuilder("{ dog { ");
        for (var i = 0; i < 200; i++)
        {
            builder.Append("...F").Append(i).Append(' ');
        }
        builder.Append("} }\n");
        for (var i = 0; i < 200; i++)
        {
            builder.Append("fragment F").Append(i).Append(" on Dog { x: ").Append(i % 2 == 0 ? "name" : "nickname").Append(" }\n");
        }

        var errors = DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse(builder.ToString(), LargeDocuments));

        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e =>
            e.Message.StartsWith("Fields \"x\" conflict because", StringComparison.Ordinal)
            || e.Message == "Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void A_cycle_through_five_thousand_fragments_is_reported_once_without_overflowing_the_stack()
    {
        const int count = 5_000;
        var builder = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("fragment F").Append(i).Append(" on Dog { ...F").Append((i + 1) % count).Append(" }\n");
        }

        var errors = DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse(builder.ToString(), LargeDocuments));

        errors.Should().ContainSingle().Which.Message.Should().StartWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",");
        errors[0].Locations.Should().HaveCount(count);
    }

    [Fact]
    public void A_very_deep_document_is_an_error_not_a_stack_overflow()
    {
        const int levels = 3_000;
        var query = "{ dog " + string.Concat(Enumerable.Repeat("{ owner { pets { ... on Dog ", levels)) + "{ name }" + new string('}', 3 * levels) + " }";
        // Parsed on a large stack of its own: the test runner's thread may have too little left for 9,000 levels.
        var document = RunOnStack(64 * 1024 * 1024, () => Parser.Parse(query, LargeDocuments));

        var errors = RunOnStack(256 * 1024, () => DocumentValidator.Validate(SpecificationSchema.Instance, document));

        ValidationCase.Describe(errors).Should().Equal("Document is nested too deeply to validate. Validation aborted.");
    }

    [Fact]
    public void Locations_fall_back_to_the_node_when_a_tree_is_built_without_name_locations()
    {
        var location = new Location(0, 10, 2, 5);
        var selection = new SelectionSet(location, [new Field(location, null, "dog", [], [], new SelectionSet(location, [new Field(location, null, "name", [], [], null)]))]);
        var document = new Document(location, [
            new OperationDefinition(location, OperationType.Query, "Same", [], [], selection),
            new OperationDefinition(location, OperationType.Query, "Same", [], [], selection),
        ]);

        ValidationCase.Describe(DocumentValidator.Validate(SpecificationSchema.Instance, document))
            .Should().Equal("There can be only one operation named \"Same\". (2:5, 2:5)");
    }

    [Fact]
    public void Every_rule_of_the_specification_runs_by_default()
    {
        DocumentValidator.SpecifiedRules.Select(rule => rule.GetType().Name).Should().Contain(
        [
            "ExecutableDefinitionsRule", "UniqueOperationNamesRule", "LoneAnonymousOperationRule", "KnownOperationTypesRule",
            "SingleFieldSubscriptionsRule", "KnownTypeNamesRule", "FragmentsOnCompositeTypesRule", "VariablesAreInputTypesRule",
            "ScalarLeafsRule", "FieldsOnCorrectTypeRule", "UniqueFragmentNamesRule", "KnownFragmentNamesRule", "NoUnusedFragmentsRule",
            "PossibleFragmentSpreadsRule", "NoFragmentCyclesRule", "UniqueVariableNamesRule", "NoUndefinedVariablesRule",
            "NoUnusedVariablesRule", "KnownDirectivesRule", "UniqueDirectivesPerLocationRule", "KnownArgumentNamesRule",
            "UniqueArgumentNamesRule", "ValuesOfCorrectTypeRule", "ProvidedRequiredArgumentsRule", "VariablesInAllowedPositionRule",
            "OverlappingFieldsCanBeMergedRule", "UniqueInputFieldNamesRule",
        ]);
    }

    [Fact]
    public void Validating_the_same_document_twice_gives_the_same_errors()
    {
        var document = Parser.Parse("query Q($x: Int) { dog { ...F } }\nfragment F on Dog { name: nickname name }");

        var first = ValidationCase.Describe(DocumentValidator.Validate(SpecificationSchema.Instance, document));
        var second = ValidationCase.Describe(DocumentValidator.Validate(SpecificationSchema.Instance, document));

        first.Should().NotBeEmpty().And.Equal(second);
    }

    [Fact]
    public void A_validation_sees_nothing_of_the_one_before_it_on_the_same_thread()
    {
        var first = Parser.Parse("query Q($x: Boolean) { dog { ...F } }\nfragment F on Dog { isHouseTrained(atOtherHomes: $x) }");
        var second = Parser.Parse("query Q { dog { ...F } }");

        DocumentValidator.Validate(SpecificationSchema.Instance, first).Should().BeEmpty();
        ValidationCase.Describe(DocumentValidator.Validate(SpecificationSchema.Instance, second))
            .Should().Equal("Unknown fragment \"F\". (1:20)");
    }

    [Fact]
    public void A_validation_stopped_at_the_error_limit_leaves_no_trace_in_the_next_one()
    {
        var flood = "{ dog { " + string.Join(' ', Enumerable.Range(0, 150).Select(i => $"unknown{i}")) + " } }";
        DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse(flood)).Should().HaveCount(DocumentValidator.DefaultMaxErrors + 1);

        DocumentValidator.Validate(SpecificationSchema.Instance, Parser.Parse("query ($x: Boolean) { dog { isHouseTrained(atOtherHomes: $x) } }"))
            .Should().BeEmpty();
    }

    [Fact]
    public void A_custom_scalar_that_fails_with_any_exception_makes_the_value_invalid()
    {
        var strict = new ScalarType("Strict") { ParseLiteral = static (_, _) => throw new FormatException("not a strict value") };
        var query = new ObjectType("Query");
        query.Field("echo", ScalarType.String).Argument("value", strict);
        var schema = new Schema(query);

        ValidationCase.Describe(DocumentValidator.Validate(schema, Parser.Parse("{ echo(value: \"x\") }"))).Should().Equal(
            "Expected value of type \"Strict\", found \"x\"; not a strict value (1:15)");
    }

    [Fact]
    public void Validations_on_several_threads_at_once_do_not_disturb_each_other()
    {
        var valid = Parser.Parse("query Q($x: Boolean) { dog { ...F } }\nfragment F on Dog { isHouseTrained(atOtherHomes: $x) }");
        var invalid = Parser.Parse("query Q { dog { ...F } }\nfragment F on Dog { isHouseTrained(atOtherHomes: $x) }");

        var outcomes = Enumerable.Range(0, 400).AsParallel().Select(i => i % 2 == 0
            ? DocumentValidator.Validate(SpecificationSchema.Instance, valid).Count
            : DocumentValidator.Validate(SpecificationSchema.Instance, invalid).Count).ToList();

        outcomes.Where((count, i) => i % 2 == 0).Should().OnlyContain(count => count == 0);
        outcomes.Where((count, i) => i % 2 == 1).Should().OnlyContain(count => count == 1);
    }

    // Validation runs on a thread with a small stack so that unbounded recursion would crash the test run rather than pass
    // unnoticed.
    private static T RunOnStack<T>(int stackBytes, Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }, maxStackSize: stackBytes);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException($"The action failed on a {stackBytes / 1024} KiB stack.", failure);
    }
}
