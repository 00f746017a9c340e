using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimGraph.Api;

/// <summary>
/// Gives every successful GET under <c>/api</c> a strong ETag (a hash of the body) and answers <c>If-None-Match</c> with 304.
/// Hashing the body is always correct, whatever changed in the store; REST responses are small JSON documents, so
/// buffering them costs little, and a 304 still saves the client the transfer and parsing.
/// </summary>
public sealed class EntityTagMiddleware(RequestDelegate next, IOptions<HttpCachingOptions> options)
{
    private readonly string _cacheControl = string.Create(
        CultureInfo.InvariantCulture, $"public, max-age={options.Value.MaxAgeSeconds}, must-revalidate");

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

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
            // Errors describe this moment (rate limit, readiness, a bad parameter), not the data: never reuse them.
            response.Headers.CacheControl = "no-store";
            buffer.Position = 0;
            await buffer.CopyToAsync(originalBody, context.RequestAborted);
            return;
        }

        var etag = new EntityTagHeaderValue(ComputeTag(buffer));
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = _cacheControl;

        if (Matches(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            response.Headers.ContentType = default;
            return;
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(originalBody, context.RequestAborted);
    }

    private static string ComputeTag(MemoryStream body)
    {
        var hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        return $"\"{WebEncoders.Base64UrlEncode(hash, 0, 16)}\"";
    }

    /// <summary>RFC 9110 §13.1.2: If-None-Match uses the weak comparison, and <c>*</c> matches any current representation.</summary>
    private static bool Matches(HttpRequest request, EntityTagHeaderValue current)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
