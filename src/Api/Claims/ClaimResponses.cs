using System.ComponentModel;
using ClaimGraph.Model;

namespace ClaimGraph.Api;

[Description("A half-open character range [start, end) into the note's stored text.")]
public sealed record SpanResponse(
    [property: Description("Index of the first character.")] int Start,
    [property: Description("Index after the last character.")] int End)
{
    public static SpanResponse From(TextSpan span) => new(span.Start, span.End);
}

[Description("The first timestamp anchored to a claim, as written in the note.")]
public sealed record TimestampResponse(
    [property: Description("The timestamp as written (HH:MM:SS, MM:SS, or MM:SS:FF in notes that write minutes first).")] string Text,
    [property: Description("Seconds from the start of the video; null when the written timestamp is malformed or untrusted (far beyond the note's other timestamps, or beyond 12 hours).")] int? Seconds,
    [property: Description("True when the seconds are not the literal reading of the text: the note writes minutes first, so 45:50:00 is 45 min 50 s.")] bool Repaired)
{
    public static TimestampResponse? From(Timestamp? timestamp) =>
        timestamp is null ? null : new(timestamp.Text, timestamp.Seconds, timestamp.Repaired);
}

public sealed record ClaimSummary(
    [property: Description("Stable claim id: note id and span.")] string Id,
    [property: Description("The claim as a reader sees it (markup removed), verbatim otherwise.")] string Text,
    [property: Description("Id of the note the claim comes from.")] string NoteId,
    [property: Description("Headings above the claim, outermost first.")] IReadOnlyList<string> Section,
    [property: Description("Where the claim's source is in the note text.")] SpanResponse Span,
    [property: Description("The first timestamp anchored to the claim, if any.")] TimestampResponse? Timestamp,
    [property: Description("YouTube link at the claim's timestamp, when the note has a video and the timestamp is valid.")] string? DeepLink,
    [property: Description(ClaimSummary.HeadingFragmentDescription)] bool HeadingFragment)
{
    public const string HeadingFragmentDescription =
        "True when the claim is only a heading-like lead-in ending in ':' (\"Key points include:\"); such a claim carries no relations.";

    public static ClaimSummary From(Claim claim) => new(
        claim.Id, claim.Text, claim.NoteId, claim.Section, SpanResponse.From(claim.Span), TimestampResponse.From(claim.Timestamp), claim.DeepLink,
        claim.IsHeadingFragment);
}

public sealed record MentionResponse(
    [property: Description("The entity mentioned.")] EntityRef Entity,
    [property: Description("The alias text as it appears in the note.")] string MatchedText,
    [property: Description("Where the alias is in the note text.")] SpanResponse Span);

public sealed record ClaimDetail(
    [property: Description("Stable claim id: note id and span.")] string Id,
    [property: Description("The claim as a reader sees it.")] string Text,
    [property: Description("Headings above the claim, outermost first.")] IReadOnlyList<string> Section,
    [property: Description("Where the claim's source is in the note text.")] SpanResponse Span,
    [property: Description("The first timestamp anchored to the claim, if any.")] TimestampResponse? Timestamp,
    [property: Description("YouTube link at the claim's timestamp, when known.")] string? DeepLink,
    [property: Description("The note the claim comes from.")] NoteRef Note,
    [property: Description("Entities the claim mentions, in text order.")] IReadOnlyList<MentionResponse> Mentions,
    [property: Description("Relations this claim is evidence for.")] IReadOnlyList<RelationSummary> Supports,
    [property: Description(ClaimSummary.HeadingFragmentDescription)] bool HeadingFragment);
