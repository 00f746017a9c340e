using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Core.Tests.Parsing;

internal static class ClaimInvariants
{
    /// <summary>
    /// Every visible character maps into the claim's span, in increasing order, onto the same source character
    /// (a visible space stands for a run of source whitespace, or a <br> that breaks the line).
    /// </summary>
    public static void ShouldMapToSource(this ParsedNote note)
    {
        foreach (var claim in note.Claims)
        {
            claim.Text.Should().NotBeNullOrWhiteSpace();
            claim.SourceOffsets.Should().HaveCount(claim.Text.Length, "claim '{0}'", claim.Text);
            claim.Span.Start.Should().BeGreaterThanOrEqualTo(0);
            claim.Span.End.Should().BeLessThanOrEqualTo(note.Text.Length);
            for (var i = 0; i < claim.Text.Length; i++)
            {
                var offset = claim.SourceOffsets[i];
                offset.Should().BeInRange(claim.Span.Start, claim.Span.End - 1, "char {0} of '{1}' lies in its span", i, claim.Text);
                if (i > 0)
                {
                    offset.Should().BeGreaterThan(claim.SourceOffsets[i - 1], "offsets of '{0}' increase", claim.Text);
                }

                if (char.IsWhiteSpace(claim.Text[i]))
                {
                    (char.IsWhiteSpace(note.Text[offset]) || note.Text[offset] == '<').Should().BeTrue(
                        "a space in '{0}' stands for source whitespace or a line-breaking tag such as <br>", claim.Text);
                }
                else
                {
                    note.Text[offset].Should().Be(claim.Text[i], "char {0} of '{1}' is copied from the source", i, claim.Text);
                }
            }

            claim.Text.Should().NotContain("  ").And.NotStartWith(" ").And.NotEndWith(" ");
        }
    }
}
