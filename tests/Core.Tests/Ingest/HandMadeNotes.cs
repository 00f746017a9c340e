using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>Builds <see cref="ParsedNote"/> values by hand: one claim per line, wiki links shown as their label.</summary>
internal static class HandMadeNotes
{
    public static ParsedNote Note(string id, string text, string? videoId = "vid123", Timestamp? timestamp = null)
    {
        var claims = new List<ParsedClaim>();
        var links = new List<ParsedLink>();
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                claims.Add(Claim(text, lineStart, lineStart + line.Length, links, timestamp));
            }

            lineStart += line.Length + 1;
        }

        return new ParsedNote(id, "Title of " + id, "channel", null, videoId, null, NoteFormat.TubeGraphMarkdown, text, claims, links);
    }

    /// <summary>The batch the ingest pipeline builds from <paramref name="text"/> (one claim per line) with the seed catalog.</summary>
    public static async Task<NoteBatch> BuildAsync(string text)
    {
        var catalog = await SeedCatalog.LoadAsync();
        return new NoteBatchBuilder(catalog).Build(Note("note", text), "note", "hash", "/notes/note.md").Batch;
    }

    /// <summary>
    /// A batch's extracted relations as the rule tests state them: "subject PREDICATE object rule 'trigger'" joined by
    /// " | " ("" when there is none).
    /// </summary>
    public static string ExtractedRelations(NoteBatch batch) => string.Join(" | ", batch.Evidence
        .Where(e => e.Relation.Origin == RelationOrigin.Extracted)
        .Select(e => $"{e.Relation.SubjectId} {e.Relation.Predicate} {e.Relation.ObjectId} {e.Extraction!.Rule} '{e.Extraction.Trigger.Slice(batch.Claims.Single(c => c.Id == e.ClaimId).Text)}'"));

    /// <summary>The claim for <c>text[start..end]</c>, with <c>[[target | label]]</c> replaced by the label in the visible text.</summary>
    public static ParsedClaim Claim(string text, int start, int end, List<ParsedLink>? links = null, Timestamp? timestamp = null)
    {
        var visible = new System.Text.StringBuilder();
        var offsets = new List<int>();
        var i = start;
        while (i < end)
        {
            if (text.AsSpan(i).StartsWith("[[") && text.IndexOf("]]", i, StringComparison.Ordinal) is var close and > 0 && close < end)
            {
                var inner = text[(i + 2)..close];
                var bar = inner.IndexOf('|', StringComparison.Ordinal);
                var labelStart = bar < 0 ? i + 2 : i + 2 + bar + 1;
                while (text[labelStart] == ' ')
                {
                    labelStart++;
                }

                var labelEnd = close;
                while (text[labelEnd - 1] == ' ')
                {
                    labelEnd--;
                }

                for (var k = labelStart; k < labelEnd; k++)
                {
                    visible.Append(text[k]);
                    offsets.Add(k);
                }

                var target = (bar < 0 ? inner : inner[..bar]).Trim();
                links?.Add(new ParsedLink(target, text[labelStart..labelEnd], new TextSpan(i, close + 2)));
                i = close + 2;
                continue;
            }

            visible.Append(text[i]);
            offsets.Add(i);
            i++;
        }

        return new ParsedClaim(visible.ToString(), new TextSpan(start, end), offsets, ["Section"], timestamp);
    }
}
