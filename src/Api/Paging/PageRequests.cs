using ClaimGraph.Storage;
using Microsoft.AspNetCore.Http.Extensions;

namespace ClaimGraph.Api;

/// <summary>Turns the <c>limit</c> and <c>cursor</c> query parameters into a store page, and a store page back into a <see cref="PagedList{T}"/>.</summary>
public static class PageRequests
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <param name="keyShape">
    /// For a list paged by key, the shape of its sort key (<see cref="PageCursor.ShapeOf"/>: <c>ss</c> for title and id);
    /// empty for a list paged by offset. A cursor whose key has another shape was not issued for this list: a 400.
    /// </param>
    public static PageRequest Resolve(int? limit, string? cursor, string fingerprint, ValidationErrors errors, string keyShape = "")
    {
        ArgumentNullException.ThrowIfNull(errors);
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"The limit must be between 1 and {MaxLimit}; it was {size}.");
            size = DefaultLimit;
        }

        if (cursor is null)
        {
            return new PageRequest(size);
        }

        if (cursor.Length == 0)
        {
            errors.Add("cursor", "The cursor is empty. Omit it to start at the first page.");
            return new PageRequest(size);
        }

        if (!PageCursor.TryDecode(cursor, fingerprint, keyShape, out var position, out var error))
        {
            errors.Add("cursor", error);
            return new PageRequest(size);
        }

        return position!.After is null
            ? new PageRequest(size, position.Offset)
            : new PageRequest(size, position.Offset, position.After, position.TotalCount);
    }

    public static PagedList<TOut> ToPagedList<TIn, TOut>(this Page<TIn> page, HttpRequest request, string fingerprint, Func<TIn, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(page);
        string? next = null;
        if (page.HasNextPage && page.Items.Count > 0)
        {
            var after = page.Keys is { Count: > 0 } keys ? keys[^1] : null;
            next = LinkWithCursor(request, PageCursor.Encode(new CursorPosition(page.Offset + page.Items.Count, page.TotalCount, after), fingerprint));
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
