using System.Globalization;
using System.Text;
using ClaimGraph.GraphQL;
using ClaimGraph.Storage;

namespace ClaimGraph.Api.GraphQL;

/// <summary>A Relay cursor connection: one page of edges, where it sits in the whole list, and how long that list is.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount);

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public static class Connection
{
    /// <summary>
    /// Wraps a store page. An edge cursor names its node's sort key when the list is paged by key (the next page seeks
    /// to it), otherwise the node's absolute offset.
    /// </summary>
    public static Connection<T> From<T>(Page<T> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var edges = new Edge<T>[page.Items.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            var cursor = page.Keys is { } keys && i < keys.Count
                ? ConnectionCursor.Encode(page.Offset + i, page.TotalCount, keys[i])
                : ConnectionCursor.Encode(page.Offset + i);
            edges[i] = new Edge<T>(cursor, page.Items[i]);
        }
        var pageInfo = new PageInfo(
            HasNextPage: page.HasNextPage,
            HasPreviousPage: page.Offset > 0,
            StartCursor: edges.Length > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, page.TotalCount);
    }
}

/// <summary>
/// Opaque cursors: base64 of <c>offset:N</c>, the position of an edge in its list, or of <c>key:…</c>, the edge's sort
/// key with its position and the list's count (lists paged by key). Clients must not build them; the prefix lets a
/// hand-made or foreign cursor fail with a clear error instead of paging somewhere unexpected.
/// </summary>
public static class ConnectionCursor
{
    private const string Prefix = "offset:";
    private const string KeyPrefix = "key:";

    /// <summary>Keyed cursors reuse the REST cursor's encoding under one fixed fingerprint; the key's shape ties them to their list.</summary>
    private static readonly string Fingerprint = ClaimGraph.Api.PageCursor.Fingerprint("graphql");

    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static string Encode(int offset, int totalCount, PageKey key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            KeyPrefix + ClaimGraph.Api.PageCursor.Encode(new ClaimGraph.Api.CursorPosition(offset, totalCount, key), Fingerprint)));

    /// <summary>
    /// The page after <paramref name="cursor"/> for a list paged by key of <paramref name="keyShape"/>
    /// (see <see cref="ClaimGraph.Api.PageCursor.ShapeOf"/>); the first page when there is no cursor.
    /// </summary>
    public static PageRequest PageAfter(string? cursor, int limit, string keyShape, string fieldName)
    {
        if (cursor is null)
        {
            return new PageRequest(limit);
        }

        var buffer = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, buffer, out var written)
            && Encoding.UTF8.GetString(buffer, 0, written) is var text
            && text.StartsWith(KeyPrefix, StringComparison.Ordinal)
            && ClaimGraph.Api.PageCursor.TryDecode(text[KeyPrefix.Length..], Fingerprint, keyShape, out var position, out _)
            && position!.After is not null
            && position.Offset < int.MaxValue)
        {
            return new PageRequest(limit, position.Offset + 1, position.After, position.TotalCount);
        }

        throw BadCursor(fieldName);
    }

    private static GraphQLError BadCursor(string fieldName) => new(
        $"Argument \"after\" of {fieldName} is not a cursor this API issued: use an endCursor or edge cursor from a previous page.",
        extensions: new Dictionary<string, object?> { ["code"] = "BAD_CURSOR", ["argument"] = "after" });

    /// <summary>The offset of the edge after <paramref name="cursor"/>; 0 when there is no cursor.</summary>
    public static int OffsetAfter(string? cursor, string fieldName)
    {
        if (cursor is null)
        {
            return 0;
        }
        var offset = TryDecode(cursor);
        return offset is >= 0 and < int.MaxValue ? offset.Value + 1 : throw BadCursor(fieldName);
    }

    private static int? TryDecode(string cursor)
    {
        var buffer = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, buffer, out var written))
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(buffer, 0, written);
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
    }
}
