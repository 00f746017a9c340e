using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Http;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Limits;

namespace ClaimGraph.Api.GraphQL;

/// <summary>
/// The GraphQL endpoint's settings, bound from the <c>GraphQL</c> configuration section and overridable from the
/// environment (<c>GraphQL__MaxDepth=10</c>, <c>GraphQL__EnableIntrospection=false</c>). Defaults are the engine's.
/// </summary>
public sealed class ClaimGraphQLOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>The URL path of the endpoint; the IDE assets and the SDL live beneath it.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Deepest field nesting an operation may select.</summary>
    public int MaxDepth { get; set; } = GraphQLLimits.Default.MaxDepth;

    /// <summary>Highest estimated cost of an operation (field costs multiplied by the page sizes above them).</summary>
    public int MaxCost { get; set; } = GraphQLLimits.Default.MaxCost;

    /// <summary>The largest <c>first</c> any list or connection accepts.</summary>
    public int MaxPageSize { get; set; } = GraphQLLimits.Default.MaxPageSize;

    /// <summary>Longest an operation may execute, in seconds; 0 for no limit.</summary>
    public double ExecutionTimeoutSeconds { get; set; } = GraphQLLimits.Default.ExecutionTimeout?.TotalSeconds ?? 0;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> are answered (GraphiQL needs them).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Largest accepted query document, in characters.</summary>
    public int MaxDocumentLength { get; set; } = ParserOptions.Default.MaxDocumentLength;

    /// <summary>Most tokens a query document may contain.</summary>
    public int MaxTokens { get; set; } = ParserOptions.Default.MaxTokens;

    /// <summary>Most field selections (aliases counted) a query document may contain.</summary>
    public int MaxFields { get; set; } = ParserOptions.Default.MaxFields;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types the parser accepts; at most
    /// <see cref="ParserOptions.MaxDepthCeiling"/>.
    /// </summary>
    public int MaxNestingDepth { get; set; } = ParserOptions.Default.MaxDepth;

    /// <summary>Deepest nesting of a request's JSON (body, GET variables and extensions); at most <see cref="ParserOptions.MaxDepthCeiling"/>.</summary>
    public int MaxJsonDepth { get; set; } = new GraphQLServerOptions().MaxJsonDepth;

    /// <summary>Largest accepted POST body, in bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 1_048_576;

    public GraphQLOptions ToEngineOptions() => GraphQLOptions.Default with
    {
        Parser = ParserOptions.Default with
        {
            MaxDocumentLength = MaxDocumentLength,
            MaxTokens = MaxTokens,
            MaxFields = MaxFields,
            MaxDepth = MaxNestingDepth,
        },
        Limits = GraphQLLimits.Default with
        {
            MaxDepth = MaxDepth,
            MaxCost = MaxCost,
            MaxPageSize = MaxPageSize,
            ExecutionTimeout = ExecutionTimeoutSeconds > 0 ? TimeSpan.FromSeconds(ExecutionTimeoutSeconds) : null,
        },
        EnableIntrospection = EnableIntrospection,
    };

    /// <summary>Problems with the bound values, each naming its configuration key; empty when all is well.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Positive(string key, double value)
        {
            if (value <= 0)
            {
                problems.Add($"{SectionName}:{key} must be positive; got {value}.");
            }
        }
        Positive(nameof(MaxDepth), MaxDepth);
        Positive(nameof(MaxCost), MaxCost);
        Positive(nameof(MaxPageSize), MaxPageSize);
        Positive(nameof(MaxDocumentLength), MaxDocumentLength);
        Positive(nameof(MaxTokens), MaxTokens);
        Positive(nameof(MaxFields), MaxFields);
        Positive(nameof(MaxRequestBodyBytes), MaxRequestBodyBytes);
        void AtMostTheCeiling(string key, int value)
        {
            if (value is <= 0 or > ParserOptions.MaxDepthCeiling)
            {
                problems.Add($"{SectionName}:{key} must be between 1 and {ParserOptions.MaxDepthCeiling} (the nesting ceiling); got {value}.");
            }
        }
        AtMostTheCeiling(nameof(MaxNestingDepth), MaxNestingDepth);
        AtMostTheCeiling(nameof(MaxJsonDepth), MaxJsonDepth);
        if (ExecutionTimeoutSeconds < 0)
        {
            problems.Add($"{SectionName}:{nameof(ExecutionTimeoutSeconds)} must be 0 (no limit) or positive; got {ExecutionTimeoutSeconds}.");
        }
        if (!Path.StartsWith('/') || Path.Length < 2 || Path.EndsWith('/'))
        {
            problems.Add($"{SectionName}:{nameof(Path)} must start with '/' and not end with one, e.g. /graphql; got '{Path}'.");
        }
        return problems;
    }
}
