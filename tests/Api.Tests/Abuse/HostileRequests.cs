using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ClaimGraph.Abuse;

/// <summary>
/// One hostile request: what it is, how to make it (a fresh message each time), which status classes may answer it
/// (2 for 2xx, 4 for 4xx; never 5) and how long the answer may take at most.
/// </summary>
public sealed record HostileRequest(string Name, Func<HttpRequestMessage> Create, IReadOnlyList<int> StatusClasses, TimeSpan Bound)
{
    public override string ToString() => Name;
}

/// <summary>
/// The catalogue of hostile requests the abuse suite (tests/Api.Tests/Abuse) sends to a running API and the load
/// harness mixes into its hostile stream (this file is compiled into both). Each row is small to send but aimed at one
/// defence: the parser's and operation limits, the request reader, paging, ids, full-text search syntax, Kestrel's
/// URL and header limits. Huge or repeated search texts, aliased searches and cancellation belong to the search
/// bounds' own tests and are not repeated here.
/// </summary>
public static class HostileRequests
{
    /// <summary>The generous bound every row must answer within (the defended ones answer in milliseconds).</summary>
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(5);

    public const string GraphQLPath = "/graphql";

    /// <summary>A normal query and what its answer must contain: sent after every hostile request.</summary>
    public const string NormalQuery = "{ entity(id: \"bittensor\") { name } stats { notes } }";

    public const string NormalAnswer = "\"entity\":{\"name\":\"BitTensor\"}";

    private static readonly int[] ClientError = [4];
    private static readonly int[] Success = [2];
    private static readonly int[] SuccessOrClientError = [2, 4];

    public static IReadOnlyList<HostileRequest> All { get; } = Build();

    public static HostileRequest Named(string name) => All.Single(request => request.Name == name);

    private static List<HostileRequest> Build()
    {
        var rows = new List<HostileRequest>();
        void Add(string name, Func<HttpRequestMessage> create, int[]? classes = null) =>
            rows.Add(new HostileRequest(name, create, classes ?? ClientError, DefaultBound));
        void GraphQL(string name, string query, object? variables = null, int[]? classes = null) =>
            Add(name, () => GraphQLPost(query, variables), classes);
        void Raw(string name, string body) => Add(name, () => GraphQLPostBytes(Encoding.Latin1.GetBytes(body)));
        void Get(string name, string url, int[]? classes = null) => Add(name, () => new HttpRequestMessage(HttpMethod.Get, url), classes);

        // Operation and document limits.
        GraphQL("depth bomb: 41 levels of relations", DepthBomb());
        GraphQL("nesting bomb: 20,000 selection sets", "{ " + Repeat("a { ", 20_000) + Repeat("} ", 20_001));
        GraphQL("nesting bomb: 20,000 list brackets in an argument", "{ entity(id: " + new string('[', 20_000) + new string(']', 20_000) + ") { name } }");
        GraphQL("alias flood: 10,000 aliases", "{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}: __typename")) + " }");
        GraphQL("alias flood: 1,000 aliased pages of 100 entities", "{ " + string.Join(' ', Enumerable.Range(0, 1_000).Select(i => $"a{i}: entities(first: 100) {{ edges {{ node {{ name }} }} }}")) + " }");
        GraphQL("fragment cycle", "{ ...A } fragment A on Query { stats { notes } ...B } fragment B on Query { ...A }");
        GraphQL("fragment fan-out: 2^30 expansions", FragmentFanOut());
        GraphQL("900 KB document", "{ stats { notes } }\n#" + new string('x', 900_000));
        GraphQL("1.1 MB body (over the body limit)", "{ stats { notes } }\n#" + new string('x', 1_100_000));
        GraphQL("900 KB variable as an entity id", "query($id: ID!) { entity(id: $id) { name } }", new { id = new string('a', 900_000) }, SuccessOrClientError);
        GraphQL("50,000 unused variables", "{ stats { notes } }", Enumerable.Range(0, 50_000).ToDictionary(i => $"v{i}", i => i), SuccessOrClientError);
        GraphQL("5,000 operations", string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"query Q{i} {{ __typename }}")));

        // Paging and ids over GraphQL.
        GraphQL("GraphQL page size of 1,000,000", "{ entities(first: 1000000) { totalCount } }");
        // A page size out of range is a field error: 200 with the error and null data, as GraphQL over HTTP specifies.
        GraphQL("GraphQL negative page size", "{ entities(first: -1) { totalCount } }", classes: Success);
        GraphQL("GraphQL bad cursor", "{ notes(first: 5, after: \"not-a-cursor\") { totalCount } }", classes: SuccessOrClientError);
        GraphQL("GraphQL id with ../ and NUL", "{ entity(id: \"../../etc/passwd\\u0000\") { name } note(id: \"..%2F..\") { id } }", classes: SuccessOrClientError);

        // Malformed bodies.
        Raw("lone UTF-16 surrogate escape", "{\"query\":\"{ stats { notes } } \\ud800\"}");
        Raw("invalid UTF-8 byte", "{\"query\":\"{ stats { notes } }\xFF\"}");
        Raw("UTF-8 encoded surrogate", "{\"query\":\"\xED\xA0\x80\"}");
        Raw("JSON nested 100,000 deep", "{\"query\":\"{ stats { notes } }\",\"variables\":{\"v\":" + new string('[', 100_000) + new string(']', 100_000) + "}}");
        Raw("number 1e400 in variables", "{\"query\":\"{ stats { notes } }\",\"variables\":{\"n\":1e400}}");
        Raw("query as a number", "{\"query\":5}");
        Raw("variables as an array", "{\"query\":\"{ stats { notes } }\",\"variables\":[1]}");
        Raw("operationName as an object", "{\"query\":\"{ stats { notes } }\",\"operationName\":{}}");
        Raw("truncated JSON", "{\"query\":\"{ stats");
        Add("GraphQL POST as text/plain", () => new HttpRequestMessage(HttpMethod.Post, GraphQLPath) { Content = new StringContent("{ stats { notes } }") });

        // URLs and headers.
        Get("GraphQL GET with a 100 KB URL", GraphQLPath + "?query=" + Uri.EscapeDataString("{ stats { notes } }#" + new string('x', 100_000)));
        Get("REST search with a 100 KB URL", "/api/search?q=" + new string('a', 100_000));
        Add("100 KB header", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
            request.Headers.TryAddWithoutValidation("X-Padding", new string('x', 100_000));
            return request;
        });

        // REST paging.
        Get("REST page size of 1,000,000", "/api/entities?limit=1000000");
        Get("REST negative page size", "/api/notes?limit=-5");
        Get("REST page size not a number", "/api/claims?limit=abc");
        Get("REST page size beyond Int64", "/api/entities?limit=99999999999999999999999");
        Get("REST garbage cursor", "/api/notes?cursor=not-a-cursor");
        Get("REST cursor of a far offset", "/api/notes?cursor=" + Uri.EscapeDataString(Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"o\":100000000}"))));
        Get("REST cursor with NUL", "/api/claims?cursor=%00");

        // Ids.
        Get("entity id ../../etc/passwd", "/api/entities/..%2F..%2Fetc%2Fpasswd");
        Get("note id %00", "/api/notes/%00");
        Get("claim id ..%00", "/api/claims/..%00");
        Get("relations of id a%00b", "/api/entities/a%00b/relations");
        Get("paths between ../ and %00", "/api/paths?from=..%2F..&to=%00");

        // FTS5 syntax in search text: must be searched for as words, never reach SQLite as query syntax.
        foreach (var text in new[] { "\"", "*", "NEAR(", "OR", "-", "^", "a OR b", "NEAR(openai anthropic, 1)", "\"unterminated", "text:openai", "openai AND NOT", "((( )))", "-openai", "^openai*" })
        {
            Get($"REST search for {text}", "/api/search?q=" + Uri.EscapeDataString(text), SuccessOrClientError);
        }
        foreach (var text in new[] { "\"", "NEAR(", "a OR b", "^openai*" })
        {
            GraphQL($"GraphQL search for {text}", "query($t: String!) { search(text: $t) { entities { rank } } }", new { t = text }, SuccessOrClientError);
        }
        return rows;
    }

    public static HttpRequestMessage GraphQLPost(string query, object? variables = null) =>
        GraphQLPostBytes(JsonSerializer.SerializeToUtf8Bytes(new { query, variables }));

    private static HttpRequestMessage GraphQLPostBytes(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return request;
    }

    private static string DepthBomb()
    {
        var query = new StringBuilder("{ entity(id: \"bittensor\") { ");
        for (var i = 0; i < 10; i++)
        {
            query.Append("relations { edges { node { subject { ");
        }
        return query.Append("id").Append(new string('}', 40)).Append(" } }").ToString();
    }

    private static string FragmentFanOut()
    {
        var query = new StringBuilder("{ ...F0 }\nfragment F0 on Query { entities(first: 100) { edges { node { ...E0 } } } }\n");
        for (var i = 0; i < 30; i++)
        {
            query.Append($"fragment E{i} on Entity {{ ...E{i + 1} ...E{i + 1} }}\n");
        }
        return query.Append("fragment E30 on Entity { relations(first: 100) { totalCount } }").ToString();
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
