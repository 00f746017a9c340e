using ClaimGraph.GraphQL.Types;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Execution;

public class ResultSerializationTests
{
    [Fact]
    public async Task Resolver_errors_keep_their_extensions_and_text_escapes_only_what_json_requires()
    {
        var query = new ObjectType("Query");
        query.Field("denied", ScalarType.String, _ => throw new GraphQLError(
            "Not allowed.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN", ["retry"] = false }));
        query.Field("emoji", ScalarType.String, _ => "Run🏃 <b>&</b> \"quoted\"");
        var json = await RunAsync(new Schema(query), "{ denied emoji }");
        json.Should().Be("{\"errors\":[{\"message\":\"Not allowed.\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"denied\"],"
            + "\"extensions\":{\"code\":\"FORBIDDEN\",\"retry\":false}}],\"data\":{\"denied\":null,\"emoji\":\"Run\\uD83C\\uDFC3 <b>&</b> \\\"quoted\\\"\"}}");
    }

    [Fact]
    public void The_document_cache_evicts_the_least_recently_used_query()
    {
        var query = new ObjectType("Query");
        query.Field("a", ScalarType.Int, _ => 1);
        var executor = new GraphQLExecutor(new Schema(query), documentCacheCapacity: 2);
        var first = executor.Prepare("{ a }");
        executor.Prepare("{ b: a }");
        executor.Prepare("{ a }").Should().BeSameAs(first);
        executor.Prepare("{ c: a }");
        executor.CachedDocumentCount.Should().Be(2);
        executor.Prepare("{ a }").Should().BeSameAs(first, "it was used more recently than { b: a }");
        executor.Prepare("{ b: a }").Should().NotBeNull();
        executor.CachedDocumentCount.Should().Be(2);
    }

    [Fact]
    public void Syntax_errors_are_prepared_once_and_reported_as_request_errors()
    {
        var query = new ObjectType("Query");
        query.Field("a", ScalarType.Int, _ => 1);
        var executor = new GraphQLExecutor(new Schema(query));
        var prepared = executor.Prepare("{ a");
        prepared.IsValid.Should().BeFalse();
        prepared.Document.Should().BeNull();
        prepared.Errors.Single().Message.Should().Be("Syntax Error: Expected Name, found <EOF>.");
        executor.Prepare("{ a").Should().BeSameAs(prepared);
    }
}
