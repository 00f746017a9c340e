using System.Buffers.Binary;
using Microsoft.AspNetCore.WebUtilities;

namespace ClaimGraph.Api.Tests.Rest;

public sealed class PageCursorTests
{
    private static readonly string Query = PageCursor.Fingerprint("entities", "Person", null, "Name");

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(int.MaxValue)]
    public void A_cursor_decodes_to_its_offset_for_the_same_query(int offset)
    {
        var cursor = PageCursor.Encode(offset, Query);

        PageCursor.TryDecode(cursor, Query, out var decoded, out var error).Should().BeTrue(error);
        decoded.Should().Be(offset);
        cursor.Should().MatchRegex("^[A-Za-z0-9_-]+$", "cursors travel in query strings unescaped");
    }

    [Fact]
    public void A_cursor_for_other_filters_is_rejected()
    {
        var cursor = PageCursor.Encode(40, PageCursor.Fingerprint("entities", "Person", null, "Mentions"));

        PageCursor.TryDecode(cursor, Query, out _, out var error).Should().BeFalse();
        error.Should().Contain("different query");
    }

    [Fact]
    public void Filter_values_are_fingerprinted_apart_not_concatenated()
    {
        PageCursor.Fingerprint("claims", "ab", "c").Should().NotBe(PageCursor.Fingerprint("claims", "a", "bc"));
        PageCursor.Fingerprint("claims", null, "x").Should().NotBe(PageCursor.Fingerprint("claims", "", "x"));
    }

    [Theory]
    [InlineData("***")]
    [InlineData("AAAA")]
    [InlineData("")]
    public void Malformed_text_is_rejected(string cursor)
    {
        PageCursor.TryDecode(cursor, Query, out _, out var error).Should().BeFalse();
        error.Should().StartWith("The cursor is malformed");
    }

    [Fact]
    public void A_negative_offset_is_rejected_even_with_the_right_fingerprint()
    {
        var bytes = WebEncoders.Base64UrlDecode(PageCursor.Encode(5, Query));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(1), -5);

        PageCursor.TryDecode(WebEncoders.Base64UrlEncode(bytes), Query, out _, out var error).Should().BeFalse();
        error.Should().Contain("negative");
    }
}
