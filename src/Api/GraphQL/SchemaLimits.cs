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

    public static string FieldName(ResolveContext context) => $"{context.ParentType.Name}.{context.FieldDefinition.Name}";
}
