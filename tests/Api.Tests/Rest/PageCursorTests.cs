using System.Buffers.Binary;
using ClaimGraph.Storage;
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

    [Fact]
    public void A_keyed_cursor_round_trips_its_key_position_and_count()
    {
        var key = PageKey.Of(41L, "Nous Research", "nous-research");
        var cursor = PageCursor.Encode(new CursorPosition(60, 21273, key), Query);

        PageCursor.TryDecode(cursor, Query, "lss", out var position, out var error).Should().BeTrue(error);
        position.Should().Be(new CursorPosition(60, 21273, key));
    }

    [Theory]
    [InlineData("ss")]
    [InlineData("lsss")]
    [InlineData("")]
    public void A_keyed_cursor_for_a_key_of_another_shape_is_rejected(string otherShape)
    {
        var cursor = PageCursor.Encode(new CursorPosition(20, 100, PageKey.Of(41L, "Nous Research", "nous-research")), Query);

        PageCursor.TryDecode(cursor, Query, otherShape, out _, out var error).Should().BeFalse();
        error.Should().StartWith("The cursor is malformed");
    }

    [Fact]
    public void A_truncated_or_overlong_key_is_rejected()
    {
        var bytes = WebEncoders.Base64UrlDecode(PageCursor.Encode(new CursorPosition(20, 100, PageKey.Of("A title", "a-title")), Query));

        PageCursor.TryDecode(WebEncoders.Base64UrlEncode(bytes[..^3]), Query, "ss", out _, out var truncated).Should().BeFalse();
        truncated.Should().StartWith("The cursor is malformed");
        PageCursor.TryDecode(WebEncoders.Base64UrlEncode([.. bytes, 0x73]), Query, "ss", out _, out var overlong).Should().BeFalse();
        overlong.Should().StartWith("The cursor is malformed");
    }
}
