using System.Text;
using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Http;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Limits;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.GraphQL.Validation;

namespace ClaimGraph.GraphQL.Tests.Language;

/// <summary>
/// No configuration lets nesting overflow the stack: with every limit lifted, a million-deep document or request JSON
/// ends in a clean error at <see cref="ParserOptions.MaxDepthCeiling"/>, and documents as deep as the ceiling admits
/// are validated, analysed, executed, printed and serialised with a clean error (or a result) on small stacks too.
/// </summary>
public sealed class NestingCeilingTests
{
    private const int Million = 1_000_000;
    private const int LargeStack = 256 * 1024 * 1024;
    private const int SmallStack = 512 * 1024;

    private static readonly GraphQLOptions Unlimited = GraphQLOptions.Default with
    {
        Parser = new ParserOptions
        {
            MaxDocumentLength = int.MaxValue,
            MaxTokens = int.MaxValue,
            MaxFields = int.MaxValue,
            MaxDepth = int.MaxValue,
        },
        Limits = GraphQLLimits.Default with
        {
            MaxDepth = int.MaxValue,
            MaxCost = int.MaxValue,
            MaxPageSize = int.MaxValue,
            ExecutionTimeout = null,
        },
    };

    private static readonly Schema Chain = CreateChainSchema();

    [Theory]
    [InlineData("selection sets")]
    [InlineData("list values")]
    [InlineData("object values")]
    [InlineData("list types")]
    [InlineData("inline fragments")]
    public void A_million_deep_document_with_every_limit_lifted_is_a_syntax_error_at_the_ceiling(string shape)
    {
        var query = MillionDeep(shape);

        var result = OnThread(LargeStack, () => GraphQLExecutor.ExecuteAsync(Chain, new GraphQLRequest(query), options: Unlimited).GetAwaiter().GetResult());

        result.IsRequestError.Should().BeTrue();
        result.Errors.Should().ContainSingle().Which.Message.Should().Be(
            $"Syntax Error: Document exceeds the maximum nesting depth of {ParserOptions.MaxDepthCeiling} (MaxDepth ceiling; MaxDepth is {int.MaxValue}). Parsing aborted.");
    }

    [Theory]
    [InlineData("selection sets")]
    [InlineData("list values")]
    [InlineData("object values")]
    [InlineData("list types")]
    public void On_a_small_stack_the_parser_stops_before_the_stack_runs_out(string shape)
    {
        var query = MillionDeep(shape);

        var error = OnThread(SmallStack, () => Catch(() => Parser.Parse(query, Unlimited.Parser)));

        error.Should().BeOfType<GraphQLSyntaxError>().Which.Message.Should().MatchRegex(
            @"^Syntax Error: Document is nested too deeply \(\d+ levels\) for the stack of this thread\. Parsing aborted\.$");
    }

    [Fact]
    public void A_million_deep_value_literal_is_a_syntax_error()
    {
        var source = new string('[', Million) + new string(']', Million);

        var error = OnThread(LargeStack, () => Catch(() => Parser.ParseValue(source, Unlimited.Parser)));

        error.Should().BeOfType<GraphQLSyntaxError>().Which.Message.Should().Contain($"maximum nesting depth of {ParserOptions.MaxDepthCeiling}");
    }

    [Fact]
    public void A_million_deep_request_JSON_with_the_limit_lifted_stops_at_the_ceiling()
    {
        var json = Encoding.UTF8.GetBytes("{\"v\":" + new string('[', Million) + new string(']', Million) + "}");

        var read = OnThread(SmallStack, () => RequestJson.TryRead(json, int.MaxValue, out _, out var problem) ? null : problem);

        read.Should().StartWith($"The JSON nests deeper than {ParserOptions.MaxDepthCeiling} levels at $.v[0][0]");
    }

    [Fact]
    public void Variable_values_nested_far_beyond_the_stack_in_code_are_a_coercion_error()
    {
        // Values passed in code skip the JSON reader's limit; 100,000 levels are far beyond any thread's stack.
        object? value = 1;
        for (var i = 0; i < 100_000; i++)
        {
            value = new Dictionary<string, object?> { ["next"] = value };
        }
        var variables = new Dictionary<string, object?> { ["v"] = value };

        var result = OnThread(SmallStack, () => GraphQLExecutor.ExecuteAsync(
            Chain, new GraphQLRequest("query($v: Link) { echo(link: $v) }", Variables: variables), options: Unlimited).GetAwaiter().GetResult());

        result.IsRequestError.Should().BeTrue();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("Value is nested too deeply to coerce.");
    }

    [Fact]
    public void The_deepest_document_the_ceiling_admits_executes_on_a_large_stack()
    {
        var depth = ParserOptions.MaxDepthCeiling - 1;
        var query = Chained(depth);

        var json = OnThread(LargeStack, () => GraphQLExecutor.ExecuteAsync(Chain, new GraphQLRequest(query), options: Unlimited).GetAwaiter().GetResult().ToJson());

        json.Should().StartWith("{\"data\":{\"next\":{\"next\":");
        json.Should().Contain("\"n\":" + depth).And.NotContain("errors");
    }

    [Fact]
    public void At_the_ceiling_every_stage_ends_cleanly_on_a_small_stack()
    {
        var document = OnThread(LargeStack, () => Parser.Parse(Chained(ParserOptions.MaxDepthCeiling - 1), Unlimited.Parser));
        var operation = (OperationDefinition)document.Definitions[0];

        var (validation, limits, printed, execution) = OnThread(SmallStack, () => (
            DocumentValidator.Validate(Chain, document),
            OperationLimitChecker.Check(Chain, document, operation, null, Unlimited),
            DocumentPrinter.Print(document),
            Executor.ExecuteAsync(Chain, document, options: Unlimited).GetAwaiter().GetResult()));

        validation.Should().ContainSingle().Which.Message.Should().Be("Document is nested too deeply to validate. Validation aborted.");
        limits.Should().ContainSingle().Which.Message.Should().Be("Operation is nested too deeply to analyse. Analysis aborted.");
        printed.Should().Contain("next {").And.Contain("…");
        execution.Errors.Should().ContainSingle().Which.Message.Should().MatchRegex(@"^(Result|Selections) (is|are) nested too deeply .*on this thread's stack\.$");
        OnThread(SmallStack, () => execution.ToJson()).Should().MatchRegex("^{\"errors\":\\[{\"message\":\"(Result|Selections) (is|are) nested too deeply");
    }

    private static string MillionDeep(string shape) => shape switch
    {
        "selection sets" => "{" + Repeat("next{", Million) + "n" + new string('}', Million + 1),
        "list values" => "{ echo(list: " + new string('[', Million) + new string(']', Million) + ") }",
        "object values" => "{ echo(link: " + Repeat("{next:", Million) + "1" + new string('}', Million) + ") }",
        "list types" => "query($v: " + new string('[', Million) + "Int" + new string(']', Million) + ") { n }",
        "inline fragments" => "{" + Repeat("... on Query {", Million) + "n" + new string('}', Million + 1),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    /// <summary><c>{ next { next { … n } } }</c> with <paramref name="depth"/> selection sets.</summary>
    private static string Chained(int depth) => Repeat("{ next ", depth - 1) + "{ n" + new string('}', depth);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary><c>type Query { next: Query, n: Int, echo(list: [Int], link: Link): Int }</c>, where <c>n</c> is the depth.</summary>
    private static Schema CreateChainSchema()
    {
        var link = new InputObjectType("Link");
        link.Field("next", link);
        var query = new ObjectType("Query");
        query.Field("next", query, context => (object?)((int)(context.Source ?? 0) + 1));
        query.Field("n", ScalarType.Int, context => (object?)((int)(context.Source ?? 0) + 1));
        query.Field("echo", ScalarType.Int, _ => (object?)1).Argument("list", ScalarType.Int.List()).Argument("link", link);
        return new Schema(query);
    }

    private static Exception? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private static T OnThread<T>(int stackSize, Func<T> action)
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
        }, stackSize);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("The action failed on its thread.", failure);
    }
}
