using System.Net.Http.Headers;
using System.Text;

namespace ClaimGraph.LoadHarness;

/// <summary>One request the harness drives: a GET, or a POST of a GraphQL JSON body.</summary>
public sealed record LoadTarget(string Name, string Server, Uri Url, string? Body)
{
    public string Describe => Body is null ? $"GET {Url.PathAndQuery}" : $"POST {Url.AbsolutePath}";

    public HttpRequestMessage CreateRequest()
    {
        var request = new HttpRequestMessage(Body is null ? HttpMethod.Get : HttpMethod.Post, Url);
        if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8, "application/json");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }
        return request;
    }
}
