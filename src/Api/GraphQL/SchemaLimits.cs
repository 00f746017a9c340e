using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Execution;
using ClaimGraph.Storage;

namespace ClaimGraph.Api.GraphQL;

/// <summary>Argument bounds of the claim-graph schema; each violation is a field error naming the argument and the bound.</summary>
internal static class SchemaLimits
{
    public const int DefaultPageSize = 20;
    public const int DefaultEvidencePageSize = 10;
    public const int DefaultSearchSize = 10;
    public const int DefaultPathHops = 4;
    public const int MaxPathHops = 6;
    public const int DefaultPaths = 10;
    public const int MaxNeighborDepth = 3;
    public const int DefaultTopEntities = 10;

    /// <summary>The page <c>first</c>/<c>after</c> ask for, of a list paged by a key of <paramref name="keyShape"/>.</summary>
    public static PageRequest KeyedPage(ResolveContext context, int maxPageSize, string keyShape)
    {
        var first = PageSize(context, maxPageSize);
        return ConnectionCursor.PageAfter(context.GetArgument<string?>("after", null), first, keyShape, FieldName(context));
    }
    // Costs of the fields whose store work does not shrink with their page size, against the default MaxCost of 100,000
    // (the standard introspection query is about 52,000). A search runs two full-text statements that rank every match,
    // whatever `first` asks for: 300 aliased searches in one document are refused before execution, a few dozen fit.
    public const int SearchCost = 2_000;

    /// <summary>Added to a claims list filtered by text: one full-text statement ranking every match, and a count of them.</summary>
    public const int FullTextFilterCost = 1_000;

    /// <summary>A bidirectional breadth-first search of up to six hops, one relation read per frontier level.</summary>
    public const int PathCost = 500;

    /// <summary>A traversal of up to three hops around one entity; fields listing entities multiply it by their page size.</summary>
    public const int NeighborhoodCost = 200;

    /// <summary>The page <c>first</c>/<c>after</c> ask for, within the configured maximum page size.</summary>
    public static PageRequest Page(ResolveContext context, int maxPageSize, int defaultSize = DefaultPageSize)
    {
        var first = PageSize(context, maxPageSize, defaultSize);
        var offset = ConnectionCursor.OffsetAfter(context.GetArgument<string?>("after", null), FieldName(context));
        return new PageRequest(first, offset);
    }

    /// <summary>The <c>first</c> argument, between 0 and the maximum page size.</summary>
    public static int PageSize(ResolveContext context, int maxPageSize, int defaultSize = DefaultPageSize, string argument = "first") =>
        InRange(context, argument, context.GetArgument(argument, defaultSize), 0, maxPageSize, "the maximum page size");

    public static int InRange(ResolveContext context, string argument, int value, int min, int max, string boundName)
    {
        if (value < min || value > max)
        {
            throw new GraphQLError(
                $"Argument \"{argument}\" of {FieldName(context)} must be between {min} and {max} ({boundName} is {max}); got {value}.",
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = "ARGUMENT_OUT_OF_RANGE",
                    ["argument"] = argument,
                    ["min"] = min,
                    ["max"] = max,
                });
        }
        return value;
    }

    public static string RequireText(ResolveContext context, string argument)
    {
        var text = context.GetArgument<string?>(argument, null);
        return string.IsNullOrWhiteSpace(text)
            ? throw new GraphQLError(
                $"Argument \"{argument}\" of {FieldName(context)} must not be blank.",
                extensions: new Dictionary<string, object?> { ["code"] = "BLANK_ARGUMENT", ["argument"] = argument })
            : text.Trim();
    }

    /// <summary>The full-text search text as given (null when absent); an error naming the limit when it is too long or has too many words.</summary>
    public static string? FullText(ResolveContext context, string argument, string? text, SearchTextOptions limits) =>
        Checked(context, argument, text, limits.FullTextProblem);

    /// <summary>A text filter (name contains, channel) as given (null when absent); an error naming the limit when it is too long.</summary>
    public static string? FilterText(ResolveContext context, string argument, string? text, SearchTextOptions limits) =>
        Checked(context, argument, text, limits.LengthProblem);

    private static string? Checked(ResolveContext context, string argument, string? text, Func<string, string?> problemOf)
    {
        if (text is null)
        {
            return null;
        }
        // Measured as the store will see it, so surrounding blanks neither count against the limit nor hide a long text.
        var trimmed = text.Trim();
        if (problemOf(trimmed) is { } problem)
        {
            throw new GraphQLError(
                $"Argument \"{argument}\" of {FieldName(context)}: {problem}",
                extensions: new Dictionary<string, object?> { ["code"] = "SEARCH_TEXT_TOO_LARGE", ["argument"] = argument });
        }
        return text;
    }

    /// <summary>The optional <c>minConfidence</c> argument, within [0, 1] (the REST parameter's bound and message).</summary>
    public static double? MinConfidence(ResolveContext context)
    {
        var value = context.GetArgument<double?>("minConfidence", null);
        if (value is double confidence && VocabularyParameters.CheckMinConfidence(confidence) is { } problem)
        {
            throw new GraphQLError(
                $"Argument \"minConfidence\" of {FieldName(context)}: {problem}",
                extensions: new Dictionary<string, object?> { ["code"] = "ARGUMENT_OUT_OF_RANGE", ["argument"] = "minConfidence", ["min"] = 0, ["max"] = 1 });
        }

        return value;
    }

    /// <summary>Search text given as an argument or input field must have a word in it (<see cref="SearchText"/>), as in REST.</summary>
    public static string? OptionalText(ResolveContext context, string argument, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(value)
            ? throw new GraphQLError(
                $"Argument \"{argument}\" of {FieldName(context)}: {SearchText.BlankMessage(argument)}",
                extensions: new Dictionary<string, object?> { ["code"] = "BLANK_ARGUMENT", ["argument"] = argument })
            : value.Trim();
    }

    /// <summary>
    /// The id argument of a lookup by id, as REST checks a path id: a malformed id is an INVALID_ID error with REST's
    /// "Did you mean" hint (and the suggestion in extensions); an id naming nothing is a NOT_FOUND error, the 404 of REST.
    /// </summary>
    public static string CheckId(ResolveContext context, string kind, string article, string id)
    {
        string? suggestion = null;
        var problem = string.Equals(kind, "Claim", StringComparison.Ordinal)
            ? IdSyntax.ClaimIdProblem(id)
            : IdSyntax.SlugProblem($"{article} {kind.ToLowerInvariant()}", id, out suggestion);
        if (problem is null)
        {
            return id;
        }

        var extensions = new Dictionary<string, object?> { ["code"] = "INVALID_ID", ["argument"] = "id" };
        if (suggestion is not null)
        {
            extensions["suggestion"] = suggestion;
        }

        throw new GraphQLError($"Argument \"id\" of {FieldName(context)}: {problem}", extensions: extensions);
    }

    public static GraphQLError NotFound(ResolveContext context, string kind, string id) => new(
        $"{FieldName(context)}: {IdSyntax.NotFoundDetail(kind, id)}",
        extensions: new Dictionary<string, object?> { ["code"] = "NOT_FOUND", ["argument"] = "id" });

    public static string FieldName(ResolveContext context) => $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
}
