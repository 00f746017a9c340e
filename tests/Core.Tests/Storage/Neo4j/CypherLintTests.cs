using System.Reflection;
using System.Text.Json;
using ClaimGraph.Storage.Neo4j;

namespace ClaimGraph.Core.Tests.Storage.Neo4j;

/// <summary>
/// Every statement the Neo4j store can send, linted offline by Neo4j's own Cypher language support
/// (<c>tests/js/cypher-lint.mjs</c>): parser, semantic analysis, procedure catalog and deprecations of Cypher 5.
/// </summary>
public sealed class CypherLintTests
{
    public static IReadOnlyList<CypherStatement> AllStatements { get; } = typeof(Neo4jStatements)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(CypherStatement))
        .Select(field => (CypherStatement)field.GetValue(null)!)
        .ToList();

    [Fact]
    public void The_statement_catalog_is_complete_and_uniquely_named()
    {
        AllStatements.Should().HaveCountGreaterThan(40);
        AllStatements.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        Neo4jStatements.Schema.Should().OnlyContain(s => AllStatements.Contains(s));
    }

    [Fact]
    public void Schema_statements_are_idempotent_Neo4j_5_commands()
    {
        Neo4jStatements.Schema.Should().OnlyContain(s => s.Text.Contains(" IF NOT EXISTS ", StringComparison.Ordinal));
        Neo4jStatements.Schema.Select(s => s.Text).Should().Contain(
            "CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE");
        Neo4jStatements.Schema.Select(s => s.Text).Should().Contain(
            "CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text]");
    }

    [Fact]
    public void A_statement_must_declare_exactly_the_parameters_it_uses()
    {
        var undeclared = () => new CypherStatement("Broken", "MATCH (n:Note {id: $noteId}) RETURN n LIMIT $limit", "noteId");
        undeclared.Should().Throw<ArgumentException>().WithMessage("*Broken*limit*");

        var bindingTheWrongParameters = () => Neo4jStatements.NoteFingerprint.Bind("id", "x");
        bindingTheWrongParameters.Should().Throw<ArgumentException>().WithMessage("*NoteFingerprint takes [noteId, sourcePath]*");
    }

    [RequiresNodeFact]
    public async Task Every_statement_lints_without_errors_or_deprecation_warnings()
    {
        var input = Path.Combine(Path.GetTempPath(), $"claimgraph-cypher-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(input, JsonSerializer.Serialize(
                AllStatements.Select(s => new { name = s.Name, text = s.Text, parameters = s.ParameterNames })));
            var output = await NodeEnvironment.RunScriptAsync("cypher-lint.mjs", [input], CancellationToken.None);

            var results = JsonSerializer.Deserialize<List<LintResult>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
            results.Select(r => r.Name).Should().BeEquivalentTo(AllStatements.Select(s => s.Name));
            var problems = results
                .SelectMany(r => r.Diagnostics.Select(d => $"{r.Name} {d.Line}:{d.Column} {d.Severity}: {d.Message}"))
                .ToList();
            problems.Should().BeEmpty("every Cypher statement must parse and pass semantic analysis without deprecations");
        }
        finally
        {
            File.Delete(input);
        }
    }

    [RequiresNodeFact]
    public async Task The_linter_catches_what_it_is_trusted_to_catch()
    {
        var input = Path.Combine(Path.GetTempPath(), $"claimgraph-cypher-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new object[]
            {
                new { name = "syntax", text = "MATCH (n:Note RETURN n", parameters = Array.Empty<string>() },
                new { name = "undeclared", text = "MATCH (n:Note {id: $id}) RETURN n", parameters = Array.Empty<string>() },
                new { name = "deprecated", text = "MATCH (n:Note) WHERE id(n) = 1 RETURN n", parameters = Array.Empty<string>() },
                new { name = "fine", text = "MATCH (n:Note {id: $id}) RETURN n", parameters = new[] { "id" } },
            }));
            var output = await NodeEnvironment.RunScriptAsync("cypher-lint.mjs", [input], CancellationToken.None);
            var results = JsonSerializer.Deserialize<List<LintResult>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!
                .ToDictionary(r => r.Name);

            results["syntax"].Diagnostics.Should().Contain(d => d.Severity == "error");
            results["undeclared"].Diagnostics.Should().Contain(d => d.Message.Contains("$id", StringComparison.Ordinal));
            results["deprecated"].Diagnostics.Should().Contain(d => d.Severity == "warning" && d.Message.Contains("deprecated", StringComparison.OrdinalIgnoreCase));
            results["fine"].Diagnostics.Should().BeEmpty();
        }
        finally
        {
            File.Delete(input);
        }
    }

    private sealed record LintResult(string Name, List<LintDiagnostic> Diagnostics);

    private sealed record LintDiagnostic(string Severity, string Message, int Line, int Column);
}
