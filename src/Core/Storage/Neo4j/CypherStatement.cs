using System.Text.RegularExpressions;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// A Cypher statement the adapter can send, with the parameters it declares. Every instance lives in
/// <see cref="Neo4jStatements"/> so the test suite can lint them all; <see cref="Bind"/> refuses a parameter set that
/// does not match the declaration, so the linted parameter list is the one actually sent.
/// </summary>
public sealed partial class CypherStatement
{
    public CypherStatement(string name, string text, params string[] parameterNames)
    {
        Name = name;
        Text = text;
        ParameterNames = parameterNames;

        var used = ParameterReference().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        if (!used.SetEquals(parameterNames))
        {
            throw new ArgumentException(
                $"Statement {name} uses parameters [{string.Join(", ", used.Order(StringComparer.Ordinal))}] " +
                $"but declares [{string.Join(", ", parameterNames)}].", nameof(parameterNames));
        }
    }

    public string Name { get; }

    public string Text { get; }

    public IReadOnlyList<string> ParameterNames { get; }

    public BoundStatement Bind(IReadOnlyDictionary<string, object?> parameters)
    {
        if (parameters.Count != ParameterNames.Count || !ParameterNames.All(parameters.ContainsKey))
        {
            throw new ArgumentException(
                $"Statement {Name} takes [{string.Join(", ", ParameterNames)}], got [{string.Join(", ", parameters.Keys)}].",
                nameof(parameters));
        }

        return new BoundStatement(this, parameters);
    }

    public BoundStatement Bind() => Bind(new Dictionary<string, object?>());

    public BoundStatement Bind(string name, object? value) => Bind(new Dictionary<string, object?> { [name] = value });

    public override string ToString() => Name;

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterReference();
}

/// <summary>A statement with its parameter values, ready to send.</summary>
public sealed record BoundStatement(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters);
