using System.Text.RegularExpressions;

namespace ClaimGraph.Api.Tests.GraphQL.Support;

/// <summary>One query of the validation corpus: the rule file it belongs to and whether it is meant to be valid.</summary>
public sealed record CorpusCase(string Rule, string Name, bool ExpectedValid, string Query, string File, int Line)
{
    public string Id => $"{Rule}/{Name}";
}

/// <summary>Reads <c>tests/Api.Tests/GraphQL/Corpus/*.graphql</c> (format in the folder's README).</summary>
public static partial class ValidationCorpus
{
    /// <summary>Cases of rules graphql-js 16 does not implement; judged against the specification, not graphql-js.</summary>
    public const string SpecificationOnlyRule = "KnownOperationTypes";

    /// <summary>Realistic queries that must pass; not tied to one rule.</summary>
    public const string ValidQueriesFile = "Valid";

    public static string Directory => RepositoryRoot.Combine("tests", "Api.Tests", "GraphQL", "Corpus");

    public static IReadOnlyList<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.graphql").Order(StringComparer.Ordinal))
        {
            var rule = Path.GetFileNameWithoutExtension(path);
            var lines = File.ReadAllLines(path);
            string? name = null;
            var expectedValid = false;
            var headerLine = 0;
            var body = new List<string>();
            void Flush()
            {
                if (name is not null)
                {
                    var query = string.Join('\n', body).Trim();
                    if (query.Length == 0)
                    {
                        throw new InvalidDataException($"{path}:{headerLine}: case '{name}' has no query.");
                    }
                    cases.Add(new CorpusCase(rule, name, expectedValid, query, Path.GetFileName(path), headerLine));
                }
                body.Clear();
            }
            for (var i = 0; i < lines.Length; i++)
            {
                var header = CaseHeader().Match(lines[i]);
                if (header.Success)
                {
                    Flush();
                    name = header.Groups["name"].Value;
                    expectedValid = header.Groups["verdict"].Value == "valid";
                    headerLine = i + 1;
                }
                else if (name is null && lines[i].Trim().Length > 0)
                {
                    throw new InvalidDataException($"{path}:{i + 1}: text before the first '### valid|invalid <name>' header.");
                }
                else
                {
                    body.Add(lines[i]);
                }
            }
            Flush();
        }
        var duplicate = cases.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        return duplicate is null
            ? cases
            : throw new InvalidDataException($"Corpus case {duplicate.Key} is defined {duplicate.Count()} times.");
    }

    [GeneratedRegex(@"^### (?<verdict>valid|invalid) (?<name>[a-z0-9-]+)\s*$")]
    private static partial Regex CaseHeader();
}
