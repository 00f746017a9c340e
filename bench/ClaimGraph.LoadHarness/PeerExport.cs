using System.Text;
using System.Text.Json;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.LoadHarness;

public sealed record ExportCounts(int Entities, int Relations, int Claims, int Notes, long Bytes);

/// <summary>
/// Writes what the two peer queries can reach — every entity, every relation of every entity in the store's order, each
/// entity's top notes, up to <see cref="EvidencePerRelation"/> evidence claims per relation (with the full count) and the
/// notes of those claims — as one JSON document, read through <see cref="IClaimGraphQueries"/> like the API reads it.
/// Enum values are written as their GraphQL names, so the Node server's schema (built from our SDL) serves them as is.
/// </summary>
public static class PeerExport
{
    public const int EvidencePerRelation = 5;
    public const int NotesPerEntity = 10;
    private const int Batch = 100;

    public static async Task<ExportCounts> WriteAsync(IClaimGraphQueries store, string path, CancellationToken cancellationToken)
    {
        var entities = new List<EntityInfo>();
        for (var offset = 0; ; offset += 500)
        {
            var page = await store.ListEntitiesAsync(new EntityFilter(), EntityOrder.Name, new PageRequest(500, offset), cancellationToken);
            entities.AddRange(page.Items);
            if (page.Items.Count == 0 || entities.Count >= page.TotalCount)
            {
                break;
            }
        }

        var relationIdsByEntity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var relations = new Dictionary<string, RelationInfo>(StringComparer.Ordinal);
        var noteIdsByEntity = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var chunk in entities.Select(e => e.Id).Chunk(Batch))
        {
            var pages = await store.GetRelationsOfEntitiesAsync(chunk, new RelationFilter(), new PageRequest(int.MaxValue / 2), cancellationToken);
            foreach (var (entityId, page) in pages)
            {
                relationIdsByEntity[entityId] = page.Items.Select(r => r.Id).ToList();
                foreach (var relation in page.Items)
                {
                    relations.TryAdd(relation.Id, relation);
                }
            }
            var notes = await store.GetNotesOfEntitiesAsync(chunk, NotesPerEntity, cancellationToken);
            foreach (var (entityId, list) in notes)
            {
                noteIdsByEntity[entityId] = list.Select(n => n.Id).ToList();
            }
        }

        var evidence = new Dictionary<string, Page<EvidenceClaim>>(StringComparer.Ordinal);
        foreach (var chunk in relations.Keys.Chunk(Batch))
        {
            foreach (var (relationId, page) in await store.GetEvidenceAsync(chunk, new PageRequest(EvidencePerRelation), cancellationToken))
            {
                evidence[relationId] = page;
            }
        }

        var claims = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in evidence.Values.SelectMany(page => page.Items).Select(item => item.Claim))
        {
            claims.TryAdd(claim.Id, claim);
        }
        var noteIds = claims.Values.Select(c => c.NoteId).Concat(noteIdsByEntity.Values.SelectMany(ids => ids)).Distinct(StringComparer.Ordinal).ToList();
        var notesById = new Dictionary<string, Note>(StringComparer.Ordinal);
        foreach (var chunk in noteIds.Chunk(500))
        {
            foreach (var (id, note) in await store.GetNotesAsync(chunk, cancellationToken))
            {
                notesById[id] = note;
            }
        }

        await using (var stream = File.Create(path))
        await using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("entities");
            foreach (var entity in entities)
            {
                json.WriteStartObject();
                json.WriteString("id", entity.Id);
                json.WriteString("name", entity.Name);
                json.WriteString("type", GraphQLEnumName(entity.Type.ToString()));
                WriteStrings(json, "aliases", entity.Aliases);
                json.WriteString("description", entity.Description);
                json.WriteNumber("mentionCount", entity.MentionCount);
                WriteStrings(json, "relationIds", relationIdsByEntity.GetValueOrDefault(entity.Id) ?? []);
                WriteStrings(json, "noteIds", noteIdsByEntity.GetValueOrDefault(entity.Id) ?? []);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("relations");
            foreach (var relation in relations.Values)
            {
                json.WriteStartObject();
                json.WriteString("id", relation.Id);
                json.WriteString("subjectId", relation.SubjectId);
                json.WriteString("predicate", relation.Predicate);
                json.WriteString("objectId", relation.ObjectId);
                json.WriteString("origin", GraphQLEnumName(relation.Origin.ToString()));
                json.WriteNumber("evidenceCount", relation.EvidenceCount);
                json.WriteNumber("noteCount", relation.NoteCount);
                var page = evidence.GetValueOrDefault(relation.Id);
                json.WriteNumber("evidenceTotal", page?.TotalCount ?? 0);
                json.WriteStartArray("evidence");
                foreach (var item in page?.Items ?? [])
                {
                    json.WriteStartObject();
                    json.WriteString("claimId", item.Claim.Id);
                    json.WriteString("quote", item.Quote);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("claims");
            foreach (var claim in claims.Values)
            {
                json.WriteStartObject();
                json.WriteString("id", claim.Id);
                json.WriteString("noteId", claim.NoteId);
                json.WriteString("text", claim.Text);
                WriteStrings(json, "section", claim.Section);
                if (claim.Timestamp?.Seconds is int seconds)
                {
                    json.WriteNumber("timestamp", seconds);
                }
                else
                {
                    json.WriteNull("timestamp");
                }
                json.WriteString("timestampText", claim.Timestamp?.Text);
                json.WriteString("deepLink", claim.DeepLink);
                json.WriteStartObject("span");
                json.WriteNumber("start", claim.Span.Start);
                json.WriteNumber("end", claim.Span.End);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("notes");
            foreach (var note in notesById.Values)
            {
                json.WriteStartObject();
                json.WriteString("id", note.Id);
                json.WriteString("title", note.Title);
                json.WriteString("channel", note.Channel);
                json.WriteString("author", note.Author);
                json.WriteString("url", note.SourceUrl);
                json.WriteString("videoId", note.VideoId);
                json.WriteString("videoUrl", note.VideoUrl);
                json.WriteString("format", GraphQLEnumName(note.Format.ToString()));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return new ExportCounts(entities.Count, relations.Count, claims.Count, notesById.Count, new FileInfo(path).Length);
    }

    /// <summary>The engine's rule for CLR enum members (<c>CoMention</c> → <c>CO_MENTION</c>); the harness checks both servers answer alike.</summary>
    public static string GraphQLEnumName(string member)
    {
        var builder = new StringBuilder(member.Length + 4);
        for (var i = 0; i < member.Length; i++)
        {
            if (i > 0 && char.IsUpper(member[i]) && !char.IsUpper(member[i - 1]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(member[i]));
        }
        return builder.ToString();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
