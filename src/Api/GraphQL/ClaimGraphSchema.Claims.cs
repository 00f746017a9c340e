using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.Model;
using static ClaimGraph.Api.GraphQL.ClaimGraphLoaders;

namespace ClaimGraph.Api.GraphQL;

public sealed partial class ClaimGraphSchema
{
    private void DefineClaim()
    {
        _claim.Implements(_node);
        _claim.Field("id", ScalarType.ID.NonNull(), c => Source<Claim>(c).Id, "The claim's id: `noteId:start-end`, its span in the note.");
        _claim.Field("text", ScalarType.String.NonNull(), c => Source<Claim>(c).Text, "The claim as a reader sees it (markup removed).");
        _claim.Field("section", ListOf(ScalarType.String), c => Source<Claim>(c).Section, "The headings the claim sits under, outermost first.");
        _claim.Field("timestamp", ScalarType.Int, c => Source<Claim>(c).Timestamp?.Seconds, "Seconds into the video the claim refers to; null without a timestamp or when its text is malformed.");
        _claim.Field("timestampText", ScalarType.String, c => Source<Claim>(c).Timestamp?.Text, "The timestamp as written in the note (e.g. `00:04:22`); null without one.");
        _claim.Field("timestampValid", ScalarType.Boolean, c => Source<Claim>(c).Timestamp?.IsValid, "Whether the written timestamp could be read as a time and trusted; null without one.");
        _claim.Field("timestampRepaired", ScalarType.Boolean, c => Source<Claim>(c).Timestamp?.Repaired, "Whether `timestamp` is not the literal reading of `timestampText`: the note writes minutes first, so `45:50:00` is 45 min 50 s; null without one.");
        _claim.Field("deepLink", ScalarType.String, c => Source<Claim>(c).DeepLink, "A YouTube link to the moment the claim refers to (`…watch?v=ID&t=264s`); null without a video or a valid timestamp.");
        _claim.Field("span", _textSpan.NonNull(), c => Source<Claim>(c).Span, "Where the claim's source sits in the note's stored text.");
        _claim.Field("headingFragment", ScalarType.Boolean.NonNull(), c => Source<Claim>(c).IsHeadingFragment,
            "True when the claim is only a heading-like lead-in ending in `:` (\"Key points include:\"); such a claim carries no relations.");
        _claim.Field("note", _note.NonNull(), async c =>
                await Note(c, Source<Claim>(c).NoteId)
                ?? throw new GraphQLError($"Note \"{Source<Claim>(c).NoteId}\" of claim \"{Source<Claim>(c).Id}\" is missing from the store."),
            "The note the claim comes from.");
        _claim.Field("mentions", ListOf(_mention), async c => await MentionsOfClaim(c, Source<Claim>(c).Id), "Entities the claim names, in text order.");
        _claim.Field("entities", ListOf(_entity), async c =>
            {
                var mentions = await MentionsOfClaim(c, Source<Claim>(c).Id);
                return await Entities(c, mentions.Select(mention => mention.EntityId).Distinct(StringComparer.Ordinal));
            },
            "The distinct entities the claim mentions, in order of first mention.");
        _claim.Field("relations", ListOf(_relation), async c => await RelationsSupportedByClaim(c, Source<Claim>(c).Id), "The relations this claim is evidence for.");
    }

    private void DefineMentionAndLink()
    {
        _mention.Field("entity", _entity.NonNull(), async c => await RequiredEntity(c, Source<Mention>(c).EntityId), "The entity named.");
        _mention.Field("matchedText", ScalarType.String.NonNull(), c => Source<Mention>(c).MatchedText, "The name or alias as it appears in the note.");
        _mention.Field("span", _textSpan.NonNull(), c => Source<Mention>(c).Span, "Where the matched text sits in the note's stored text.");

        _noteLink.Field("target", ScalarType.String.NonNull(), c => Source<NoteLink>(c).Target, "The linked topic, as written in the link.");
        _noteLink.Field("label", ScalarType.String.NonNull(), c => Source<NoteLink>(c).Label, "The link's visible label.");
        _noteLink.Field("span", _textSpan.NonNull(), c => Source<NoteLink>(c).Span, "Where the link sits in the note's stored text.");
    }

    private void DefineNote(ObjectType claimConnection)
    {
        _note.Implements(_node);
        _note.Field("id", ScalarType.ID.NonNull(), c => Source<Storage.NoteSummary>(c).Id, "The note's id.");
        _note.Field("title", ScalarType.String.NonNull(), c => Source<Storage.NoteSummary>(c).Title, "The note's title.");
        _note.Field("channel", ScalarType.String, c => Source<Storage.NoteSummary>(c).Channel, "The channel or publication the source came from, when known.");
        _note.Field("author", ScalarType.String, c => Source<Storage.NoteSummary>(c).Author, "The author, when known.");
        _note.Field("url", ScalarType.String, c => Source<Storage.NoteSummary>(c).SourceUrl, "Where the source can be read, when known.");
        _note.Field("videoId", ScalarType.String, c => Source<Storage.NoteSummary>(c).VideoId, "The YouTube video id of a video summary.");
        _note.Field("videoUrl", ScalarType.String, c => Source<Storage.NoteSummary>(c).VideoUrl, "The YouTube URL of a video summary.");
        _note.Field("format", _noteFormat.NonNull(), c => Source<Storage.NoteSummary>(c).Format, "The format the note was read as.");
        _note.Field("claims", claimConnection.NonNull(), async c =>
            {
                var page = SchemaLimits.Page(c, _maxPageSize);
                return Connection.From(await ClaimsOfNote(c, Source<Storage.NoteSummary>(c).Id, page));
            },
            "The note's claims, in reading order.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPageSize, $"Page size, at most {_maxPageSize}.")
            .Argument("after", ScalarType.String, "Return the claims after this cursor.")
            .WithCost(2);
        _note.Field("entities", ListOf(_entity), async c => await EntitiesOfNote(c, Source<Storage.NoteSummary>(c).Id), "Entities the note mentions, most mentioned first.");
        _note.Field("links", ListOf(_noteLink), async c => await LinksOfNote(c, Source<Storage.NoteSummary>(c).Id), "The note's wiki links, in text order.");
    }
}
