using ClaimGraph.Storage;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ClaimGraph.Api;

/// <summary>
/// An opaque page cursor: where the next page starts (the sort key of the last item shown, for lists paged by key, and
/// its position), how many items the first page counted, and a fingerprint of the query that produced it. The
/// fingerprint makes a cursor from one query (other filters, other endpoint) fail loudly instead of silently paging
/// through a different result set; the key lets the store seek to the next page instead of skipping the ones before.
/// </summary>
public static class PageCursor
{
    private const byte FormatVersion = 2;
    private const int FingerprintLength = 8;
    private const int HeaderLength = 1 + sizeof(int) + sizeof(int) + FingerprintLength;
    private const byte StringValue = (byte)'s';
    private const byte IntegerValue = (byte)'l';

    /// <summary>No key value is longer than this many bytes (a title or an id); a longer one is not a cursor we issued.</summary>
    private const int MaxValueBytes = 4096;

    /// <summary>Fingerprints a query from its route and the filter values that shape the result set (not limit, not cursor).</summary>
    public static string Fingerprint(string route, params ReadOnlySpan<string?> filterValues)
    {
        var canonical = new StringBuilder(route);
        foreach (var value in filterValues)
        {
            // A separator that cannot appear in a query value keeps ("ab", "c") and ("a", "bc") apart.
            canonical.Append('\u001f').Append(value ?? "\u0000");
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexString(hash, 0, FingerprintLength);
    }

    /// <summary>The shape of a key: one letter per value, <c>s</c> for a string, <c>l</c> for an integer.</summary>
    public static string ShapeOf(PageKey? key) =>
        key is null ? "" : string.Concat(key.Values.Select(value => value is long ? 'l' : 's'));

    public static string Encode(int offset, string fingerprint) => Encode(new CursorPosition(offset, 0, null), fingerprint);

    public static string Encode(CursorPosition position, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentOutOfRangeException.ThrowIfNegative(position.Offset);
        var bytes = new List<byte>(HeaderLength + 64) { FormatVersion };
        Span<byte> number = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt32BigEndian(number, position.Offset);
        bytes.AddRange(number[..sizeof(int)]);
        BinaryPrimitives.WriteInt32BigEndian(number, position.TotalCount);
        bytes.AddRange(number[..sizeof(int)]);
        bytes.AddRange(Convert.FromHexString(fingerprint));
        foreach (var value in position.After?.Values ?? [])
        {
            if (value is long integer)
            {
                bytes.Add(IntegerValue);
                BinaryPrimitives.WriteInt64BigEndian(number, integer);
                bytes.AddRange(number.ToArray());
            }
            else
            {
                var text = Encoding.UTF8.GetBytes((string)value);
                bytes.Add(StringValue);
                BinaryPrimitives.WriteInt32BigEndian(number, text.Length);
                bytes.AddRange(number[..sizeof(int)]);
                bytes.AddRange(text);
            }
        }

        return WebEncoders.Base64UrlEncode(bytes.ToArray());
    }

    /// <summary>Decodes an offset-only cursor (lists without a key order).</summary>
    public static bool TryDecode(string cursor, string fingerprint, out int offset, out string error)
    {
        var decoded = TryDecode(cursor, fingerprint, "", out var position, out error);
        offset = position?.Offset ?? 0;
        return decoded;
    }

    /// <summary>
    /// Decodes <paramref name="cursor"/>, whose key must have <paramref name="keyShape"/> (see <see cref="ShapeOf"/>);
    /// on failure <paramref name="error"/> says what is wrong with it.
    /// </summary>
    public static bool TryDecode(string cursor, string fingerprint, string keyShape, out CursorPosition? position, out string error)
    {
        ArgumentNullException.ThrowIfNull(keyShape);
        position = null;
        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(cursor);
        }
        catch (FormatException)
        {
            error = "The cursor is malformed: it is not base64url text. Use the 'next' link of a previous page.";
            return false;
        }

        const string NotOurs = "The cursor is malformed: it was not issued by this API. Use the 'next' link of a previous page.";
        if (bytes.Length < HeaderLength || bytes[0] != FormatVersion)
        {
            error = NotOurs;
            return false;
        }

        var expected = Convert.FromHexString(fingerprint);
        if (!bytes.AsSpan(1 + sizeof(int) + sizeof(int), FingerprintLength).SequenceEqual(expected))
        {
            error = "The cursor belongs to a different query (other endpoint or filters). Start again without a cursor.";
            return false;
        }

        var offset = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1));
        var total = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1 + sizeof(int)));
        if (offset < 0 || total < 0)
        {
            error = "The cursor is malformed: its offset or count is negative.";
            return false;
        }

        if (!TryReadKey(bytes.AsSpan(HeaderLength), keyShape, out var key))
        {
            error = NotOurs;
            return false;
        }

        position = new CursorPosition(offset, total, key);
        error = "";
        return true;
    }

    private static bool TryReadKey(ReadOnlySpan<byte> rest, string keyShape, out PageKey? key)
    {
        key = null;
        var values = new List<object>(keyShape.Length);
        foreach (var expected in keyShape)
        {
            if (rest.IsEmpty || rest[0] != (byte)expected)
            {
                return false;
            }

            rest = rest[1..];
            if (expected == 'l')
            {
                if (rest.Length < sizeof(long))
                {
                    return false;
                }

                values.Add(BinaryPrimitives.ReadInt64BigEndian(rest));
                rest = rest[sizeof(long)..];
                continue;
            }

            if (rest.Length < sizeof(int))
            {
                return false;
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(rest);
            rest = rest[sizeof(int)..];
            if (length < 0 || length > MaxValueBytes || length > rest.Length)
            {
                return false;
            }

            try
            {
                values.Add(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(rest[..length]));
            }
            catch (DecoderFallbackException)
            {
                return false;
            }

            rest = rest[length..];
        }

        if (!rest.IsEmpty)
        {
            return false;
        }

        key = values.Count == 0 ? null : new PageKey(values);
        return true;
    }
}

/// <summary>Where a cursor points: <see cref="Offset"/> items came before, the first page counted <see cref="TotalCount"/>, and the last item shown had key <see cref="After"/>.</summary>
public sealed record CursorPosition(int Offset, int TotalCount, PageKey? After);
