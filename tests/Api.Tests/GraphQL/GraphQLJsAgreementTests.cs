using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Api.Tests.GraphQL.Support;
using Xunit.Abstractions;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>
/// The claim-graph schema and our validator measured against graphql-js 16, the reference implementation:
/// the introspection result must rebuild into the same schema, and every corpus query must get the same verdict.
/// </summary>
public sealed class GraphQLJsAgreementTests(ITestOutputHelper output)
{
    /// <summary>The validation rules of the specification (September 2025 edition) the corpus must cover.</summary>
    private static readonly string[] SpecificationRules =
    [
        "ExecutableDefinitions", "OperationNameUniqueness", "LoneAnonymousOperation", "FieldsOnCorrectType",
        "OverlappingFieldsCanBeMerged", "ScalarLeafs", "KnownArgumentNames", "UniqueArgumentNames",
        "ProvidedRequiredArguments", "UniqueFragmentNames", "KnownTypeNames", "FragmentsOnCompositeTypes",
        "NoUnusedFragments", "KnownFragmentNames", "NoFragmentCycles", "PossibleFragmentSpreads", "ValuesOfCorrectType",
        "UniqueInputFieldNames", "KnownDirectives", "UniqueDirectivesPerLocation", "UniqueVariableNames",
        "VariablesAreInputTypes", "NoUndefinedVariables", "NoUnusedVariables", "VariablesInAllowedPosition",
        "KnownOperationTypes",
    ];

    private const int MinimumCasesPerRule = 5;

    [Fact]
    public void Corpus_covers_every_rule_with_several_broken_queries()
    {
        var corpus = ValidationCorpus.Load();

        corpus.Should().HaveCountGreaterThanOrEqualTo(200);
        foreach (var rule in SpecificationRules)
        {
            corpus.Count(c => c.Rule == rule && !c.ExpectedValid)
                .Should().BeGreaterThanOrEqualTo(MinimumCasesPerRule, $"the corpus needs several queries breaking {rule}");
        }
        corpus.Select(c => c.Rule).Distinct().Should().BeSubsetOf(SpecificationRules.Append(ValidationCorpus.ValidQueriesFile));
    }

    [Fact]
    public void Our_validator_gives_every_corpus_query_its_intended_verdict()
    {
        var wrong = ValidationCorpus.Load()
            .Select(c => (Case: c, Errors: SchemaUnderTest.Executor.Prepare(c.Query).Errors))
            .Where(judged => judged.Errors.Count == 0 != judged.Case.ExpectedValid)
            .Select(judged => $"{judged.Case.File}:{judged.Case.Line} {judged.Case.Id}: meant to be {(judged.Case.ExpectedValid ? "valid" : "invalid")}, "
                + (judged.Errors.Count == 0 ? "we found no error" : "we report: " + string.Join(" | ", judged.Errors.Select(e => e.Message))))
            .ToList();

        wrong.Should().BeEmpty();
    }

    [RequiresNodeFact]
    public async Task Introspection_rebuilds_in_graphql_js_into_a_valid_schema_that_prints_as_our_sdl()
    {
        var introspection = await SchemaUnderTest.IntrospectionJsonAsync(CancellationToken.None);

        var stdout = await NodeScript.RunAsync("schema-check.mjs", [], introspection, CancellationToken.None);
        var report = JsonNode.Parse(stdout)!;

        output.WriteLine($"graphql-js {report["graphqlVersion"]}: buildClientSchema {(report["built"]!.GetValue<bool>() ? "ok" : "failed")}");
        report["buildError"].Should().BeNull();
        report["built"]!.GetValue<bool>().Should().BeTrue();
        report["errors"]!.AsArray().Select(e => e!.GetValue<string>()).Should().BeEmpty("validateSchema must find no problem");
        var printed = report["sdl"]!.GetValue<string>();
        var ours = SchemaUnderTest.Sdl;
        if (printed != ours.TrimEnd('\n'))
        {
            output.WriteLine(FirstDifference(printed, ours.TrimEnd('\n')));
        }
        ours.TrimEnd('\n').Should().Be(printed, "printSchema(buildClientSchema(our introspection)) must equal our SDL");
    }

    [RequiresNodeFact]
    public async Task Our_verdicts_agree_with_graphql_js_on_every_corpus_query()
    {
        var corpus = ValidationCorpus.Load();
        var introspection = JsonNode.Parse(await SchemaUnderTest.IntrospectionJsonAsync(CancellationToken.None));
        var input = new JsonObject
        {
            ["introspection"] = introspection,
            ["queries"] = new JsonArray([.. corpus.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["query"] = c.Query })]),
        };

        var stdout = await NodeScript.RunAsync("graphql-verdicts.mjs", [], input.ToJsonString(), CancellationToken.None);
        var reference = JsonDocument.Parse(stdout).RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.Clone(), StringComparer.Ordinal);

        var compared = 0;
        var verdictAgreements = 0;
        var countAgreements = 0;
        var disagreements = new List<string>();
        var countDifferences = new List<string>();
        var specificationOnly = new List<string>();
        var uncoveredRule = new List<string>();
        foreach (var corpusCase in corpus)
        {
            var theirs = reference[corpusCase.Id];
            var theirValid = theirs.GetProperty("valid").GetBoolean();
            var theirCount = theirs.GetProperty("errorCount").GetInt32();
            var ourErrors = SchemaUnderTest.Executor.Prepare(corpusCase.Query).Errors;
            var ourValid = ourErrors.Count == 0;

            if (corpusCase.Rule == ValidationCorpus.SpecificationOnlyRule)
            {
                // graphql-js 16 has no KnownOperationTypes rule: it passes an operation whose root type is missing and
                // fails it only at execution. The 2025 edition makes it a validation error, as we do.
                specificationOnly.Add($"  {corpusCase.Id}: ours {Verdict(ourValid)} ({ourErrors.Count}), graphql-js {Verdict(theirValid)} ({theirCount})"
                    + (ourErrors.Count > 0 ? $" — {ourErrors[0].Message}" : ""));
                ourValid.Should().BeFalse($"{corpusCase.Id} breaks KnownOperationTypes");
                continue;
            }

            compared++;
            if (ourValid == theirValid)
            {
                verdictAgreements++;
            }
            else
            {
                disagreements.Add($"{corpusCase.File}:{corpusCase.Line} {corpusCase.Id}: ours {Verdict(ourValid)}, graphql-js {Verdict(theirValid)}\n"
                    + $"    ours: {string.Join(" | ", ourErrors.Select(e => e.Message))}\n"
                    + $"    graphql-js: {string.Join(" | ", theirs.GetProperty("messages").EnumerateArray().Select(m => m.GetString()))}");
            }
            if (ourErrors.Count == theirCount)
            {
                countAgreements++;
            }
            else
            {
                countDifferences.Add($"  {corpusCase.Id}: ours {ourErrors.Count}, graphql-js {theirCount}");
            }
            if (!corpusCase.ExpectedValid && corpusCase.Rule != ValidationCorpus.ValidQueriesFile
                && !theirs.GetProperty("rules").EnumerateArray().Any(r => r.GetString() == GraphQLJsRuleName(corpusCase.Rule)))
            {
                uncoveredRule.Add($"{corpusCase.File}:{corpusCase.Line} {corpusCase.Id} does not break {corpusCase.Rule} according to graphql-js");
            }
        }

        output.WriteLine($"graphql-js {JsonDocument.Parse(stdout).RootElement.GetProperty("graphqlVersion").GetString()} on {corpus.Count} corpus queries "
            + $"({corpus.Count(c => c.ExpectedValid)} valid, {corpus.Count(c => !c.ExpectedValid)} invalid):");
        output.WriteLine($"  verdict agreement: {verdictAgreements}/{compared} = {Percent(verdictAgreements, compared)}");
        output.WriteLine($"  error-count agreement: {countAgreements}/{compared} = {Percent(countAgreements, compared)}");
        foreach (var difference in countDifferences)
        {
            output.WriteLine(difference);
        }
        output.WriteLine($"Judged against the 2025 specification only ({specificationOnly.Count}; graphql-js 16 lacks KnownOperationTypesRule):");
        foreach (var line in specificationOnly)
        {
            output.WriteLine(line);
        }

        uncoveredRule.Should().BeEmpty("each invalid case must break the rule its file is named after");
        disagreements.Should().BeEmpty("our verdict must equal graphql-js's on every query");
    }

    private static string GraphQLJsRuleName(string rule) => rule == "OperationNameUniqueness" ? "UniqueOperationNamesRule" : rule + "Rule";

    private static string Verdict(bool valid) => valid ? "valid" : "invalid";

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                var context = new StringBuilder($"First SDL difference at line {i + 1}:\n");
                context.AppendLine($"  graphql-js: {e}");
                context.AppendLine($"  ours:       {a}");
                return context.ToString();
            }
        }
        return "The SDLs differ only in trailing text.";
    }
}
