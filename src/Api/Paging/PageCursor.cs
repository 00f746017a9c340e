using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ClaimGraph.Api;

/// <summary>
/// An opaque page cursor: the offset of the next page and a fingerprint of the query that produced it.
/// The fingerprint makes a cursor from one query (other filters, other endpoint) fail loudly instead of
/// silently paging through a different result set.
/// </summary>
public static class PageCursor
{
    private const byte FormatVersion = 1;
    private const int FingerprintLength = 8;
    private const int EncodedLength = 1 + sizeof(int) + FingerprintLength;

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

    public static string Encode(int offset, string fingerprint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        Span<byte> bytes = stackalloc byte[EncodedLength];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt32BigEndian(bytes[1..], offset);
        Convert.FromHexString(fingerprint).CopyTo(bytes[(1 + sizeof(int))..]);
        return WebEncoders.Base64UrlEncode(bytes);
    }

    /// <summary>Decodes <paramref name="cursor"/>; on failure <paramref name="error"/> says what is wrong with it.</summary>
    public static bool TryDecode(string cursor, string fingerprint, out int offset, out string error)
    {
        offset = 0;
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

        if (bytes.Length != EncodedLength || bytes[0] != FormatVersion)
        {
            error = "The cursor is malformed: it was not issued by this API. Use the 'next' link of a previous page.";
            return false;
        }

        var expected = Convert.FromHexString(fingerprint);
        if (!bytes.AsSpan(1 + sizeof(int)).SequenceEqual(expected))
        {
            error = "The cursor belongs to a different query (other endpoint or filters). Start again without a cursor.";
            return false;
        }

        offset = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1));
        if (offset < 0)
        {
            error = "The cursor is malformed: its offset is negative.";
            return false;
        }

        error = "";
        return true;
    }
}
