using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.Extensions;

namespace ClaimGraph.Api;

/// <summary>Turns the <c>limit</c> and <c>cursor</c> query parameters into a store page, and a store page back into a <see cref="PagedList{T}"/>.</summary>
public static class PageRequests
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static PageRequest Resolve(int? limit, string? cursor, string fingerprint, ValidationErrors errors)
    {
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"The limit must be between 1 and {MaxLimit}; it was {size}.");
            size = DefaultLimit;
        }

        var offset = 0;
        if (cursor is not null)
        {
            if (cursor.Length == 0)
            {
                errors.Add("cursor", "The cursor is empty. Omit it to start at the first page.");
            }
            else if (!PageCursor.TryDecode(cursor, fingerprint, out offset, out var error))
            {
                errors.Add("cursor", error);
            }
        }

        return new PageRequest(size, offset);
    }

    public static PagedList<TOut> ToPagedList<TIn, TOut>(this Page<TIn> page, HttpRequest request, string fingerprint, Func<TIn, TOut> map)
    {
        string? next = null;
        if (page.HasNextPage)
        {
            next = LinkWithCursor(request, PageCursor.Encode(page.Offset + page.Items.Count, fingerprint));
        }

        return new PagedList<TOut>(page.Items.Select(map).ToList(), page.TotalCount, next);
    }

    /// <summary>The request's own path and query with <c>cursor</c> replaced, so the next page keeps every filter and the limit.</summary>
    private static string LinkWithCursor(HttpRequest request, string cursor)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (string.Equals(key, "cursor", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var value in values)
            {
                query.Add(key, value ?? "");
            }
        }

        query.Add("cursor", cursor);
        return $"{request.PathBase}{request.Path}{query.ToQueryString()}";
    }
}
