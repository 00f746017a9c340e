using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api;

/// <summary>
/// Marks an endpoint whose successful answers the server may keep until the store's data changes.
/// <see cref="IsRepeatable"/> decides, once the endpoint has answered 200, whether this answer may be reused.
/// </summary>
public sealed class ServerCachedMetadata(bool keyIncludesBody, Func<HttpContext, bool> isRepeatable)
{
    /// <summary>GET endpoints whose answer depends only on the URL.</summary>
    public static ServerCachedMetadata Url { get; } = new(keyIncludesBody: false, _ => true);

    /// <summary>The request body is part of what is asked (GraphQL over POST), and so part of the key.</summary>
    public bool KeyIncludesBody { get; } = keyIncludesBody;

    public Func<HttpContext, bool> IsRepeatable { get; } = isRepeatable;
}

/// <summary>
/// HTTP caching for the API, in one pass over each answer:
/// <list type="bullet">
/// <item>every successful GET under <c>/api</c> gets a strong ETag (a hash of the body) and <c>Cache-Control</c>, and
/// <c>If-None-Match</c> is answered with 304; errors get <c>no-store</c>;</item>
/// <item>answers of endpoints marked <see cref="ServerCachedMetadata"/> are kept in <see cref="ServerResponseCache"/>
/// and served from there until the store's data version changes — the data changes only when notes are ingested,
/// so the same request is otherwise answered from the store again and again.</item>
/// </list>
/// </summary>
public sealed class HttpCachingMiddleware(RequestDelegate next, ServerResponseCache cache, IOptions<HttpCachingOptions> options)
{
    private const int MaxKeyBodyBytes = 16 * 1024;

    private readonly string _cacheControl = string.Create(
        CultureInfo.InvariantCulture, $"public, max-age={options.Value.MaxAgeSeconds}, must-revalidate");

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var taggable = HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments("/api");
        var cached = cache.IsActive ? context.GetEndpoint()?.Metadata.GetMetadata<ServerCachedMetadata>() : null;
        if (!taggable && cached is null)
        {
            await next(context);
            return;
        }

        var key = cached is null ? null : await KeyAsync(request, cached);
        if (key is not null && cache.TryGet(key, out var hit))
        {
            await WriteAsync(context, hit.Body, hit.ContentType, hit.EntityTag);
            return;
        }

        var generation = cache.Generation;
        var response = context.Response;
        var originalBody = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = originalBody;
        }

        if (response.StatusCode != StatusCodes.Status200OK)
        {
            if (taggable)
            {
                // Errors describe this moment (rate limit, readiness, a bad parameter), not the data: never reuse them.
                response.Headers.CacheControl = "no-store";
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted);
            return;
        }

        var body = buffer.ToArray();
        var entityTag = taggable ? ComputeTag(body) : null;
        var contentType = response.ContentType ?? "application/json; charset=utf-8";
        if (key is not null && cached!.IsRepeatable(context))
        {
            cache.Add(key, new CachedResponse(body, contentType, entityTag, generation));
        }
        await WriteAsync(context, body, contentType, entityTag);
    }

    private async Task WriteAsync(HttpContext context, byte[] body, string contentType, string? entityTag)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        if (entityTag is not null)
        {
            response.Headers.ETag = entityTag;
            response.Headers.CacheControl = _cacheControl;
            if (Matches(context.Request, entityTag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>
    /// What the answer depends on: the URL, and for endpoints that read the body, the headers that choose the answer's
    /// form (<c>Accept</c>, <c>Content-Type</c>) and the body itself. Null when the request should not be cached
    /// (a body too large to be worth keying on).
    /// </summary>
    private static async Task<string?> KeyAsync(HttpRequest request, ServerCachedMetadata cached)
    {
        var url = string.Concat(request.Method, " ", request.PathBase.Value, request.Path.Value, request.QueryString.Value);
        if (!cached.KeyIncludesBody)
        {
            return url;
        }

        byte[] body;
        if (request.ContentLength is not null || HttpMethods.IsGet(request.Method))
        {
            if (request.ContentLength > MaxKeyBodyBytes)
            {
                return null;
            }
            body = new byte[request.ContentLength ?? 0];
            if (body.Length > 0)
            {
                await request.Body.ReadExactlyAsync(body, request.HttpContext.RequestAborted);
                // The endpoint still reads the body; it gets the same bytes.
                request.Body = new MemoryStream(body, writable: false);
            }
        }
        else
        {
            // A body of unknown length (chunked): read at most one byte past the limit, then rewind for the endpoint.
            request.EnableBuffering();
            var prefix = new byte[MaxKeyBodyBytes + 1];
            var read = await request.Body.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, request.HttpContext.RequestAborted);
            request.Body.Position = 0;
            if (read > MaxKeyBodyBytes)
            {
                return null;
            }
            body = prefix[..read];
        }
        // Latin-1 maps each byte to one char, so distinct bodies never share a key (UTF-8 decoding would merge invalid bytes).
        return string.Concat(url, "\n", request.Headers.Accept.ToString(), "\n", request.ContentType, "\n", Encoding.Latin1.GetString(body));
    }

    private static string ComputeTag(byte[] body)
    {
        var hash = SHA256.HashData(body);
        return $"\"{WebEncoders.Base64UrlEncode(hash, 0, 16)}\"";
    }

    /// <summary>RFC 9110 §13.1.2: If-None-Match uses the weak comparison, and <c>*</c> matches any current representation.</summary>
    private static bool Matches(HttpRequest request, string entityTag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = new EntityTagHeaderValue(entityTag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
