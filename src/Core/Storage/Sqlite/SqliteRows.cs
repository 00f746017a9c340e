using System.Globalization;
using System.Text.Json;
using ClaimGraph.Model;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Column lists and readers shared by every query, so a row type is selected and read the same way everywhere.</summary>
internal static class SqliteRows
{
    public const string NoteColumns =
        "n.id, n.title, n.channel, n.author, n.video_id, n.source_url, n.format, n.content_hash, n.catalog_version, n.text, n.source_path";

    public const int NoteColumnCount = 11;

    public const string NoteSummaryColumns = "n.id, n.title, n.channel, n.author, n.video_id, n.source_url, n.format";

    public const string ClaimColumns =
        "c.id, c.note_id, c.ordinal, c.text, c.section, c.span_start, c.span_end, c.timestamp_text, c.timestamp_seconds, c.deep_link, c.timestamp_repaired";

    public const int ClaimColumnCount = 11;

    public const string EntityColumns = "e.id, e.name, e.type, e.aliases, e.description, e.mention_count, e.source";

    public const int EntityColumnCount = 7;

    public const string RelationColumns = "r.id, r.subject_id, r.predicate, r.object_id, r.origin, r.evidence_count, r.note_count, r.confidence";

    public const int RelationColumnCount = 8;

    public static Note ReadNote(SqliteDataReader reader, int at) => new(
        Id: reader.GetString(at),
        Title: reader.GetString(at + 1),
        Channel: NullableString(reader, at + 2),
        Author: NullableString(reader, at + 3),
        VideoId: NullableString(reader, at + 4),
        SourceUrl: NullableString(reader, at + 5),
        Format: Enum.Parse<NoteFormat>(reader.GetString(at + 6)),
        ContentHash: reader.GetString(at + 7),
        CatalogVersion: reader.GetString(at + 8),
        Text: reader.GetString(at + 9),
        SourcePath: reader.GetString(at + 10));

    public static NoteSummary ReadNoteSummary(SqliteDataReader reader, int at) => new(
        Id: reader.GetString(at),
        Title: reader.GetString(at + 1),
        Channel: NullableString(reader, at + 2),
        Author: NullableString(reader, at + 3),
        VideoId: NullableString(reader, at + 4),
        SourceUrl: NullableString(reader, at + 5),
        Format: Enum.Parse<NoteFormat>(reader.GetString(at + 6)));

    public static Claim ReadClaim(SqliteDataReader reader, int at)
    {
        string? timestampText = NullableString(reader, at + 7);
        Timestamp? timestamp = timestampText is null
            ? null
            : new Timestamp(timestampText, reader.IsDBNull(at + 8) ? null : reader.GetInt32(at + 8), reader.GetBoolean(at + 10));
        return new Claim(
            Id: reader.GetString(at),
            NoteId: reader.GetString(at + 1),
            Ordinal: reader.GetInt32(at + 2),
            Text: reader.GetString(at + 3),
            Section: ReadStringList(reader.GetString(at + 4)),
            Span: new TextSpan(reader.GetInt32(at + 5), reader.GetInt32(at + 6)),
            Timestamp: timestamp,
            DeepLink: NullableString(reader, at + 9));
    }

    public static EntityInfo ReadEntity(SqliteDataReader reader, int at) => new(
        Id: reader.GetString(at),
        Name: reader.GetString(at + 1),
        Type: Enum.Parse<EntityType>(reader.GetString(at + 2)),
        Aliases: ReadStringList(reader.GetString(at + 3)),
        Description: reader.GetString(at + 4),
        MentionCount: reader.GetInt32(at + 5),
        Source: EntitySourceNames.Parse(reader.GetString(at + 6))
            ?? throw new InvalidDataException($"Entity '{reader.GetString(at)}' has an unknown source '{reader.GetString(at + 6)}'."));

    public static RelationInfo ReadRelation(SqliteDataReader reader, int at) => new(
        Id: reader.GetString(at),
        SubjectId: reader.GetString(at + 1),
        Predicate: reader.GetString(at + 2),
        ObjectId: reader.GetString(at + 3),
        Origin: RelationKey.ParseOrigin(reader.GetString(at + 4))
            ?? throw new InvalidDataException($"Relation '{reader.GetString(at)}' has an unknown origin '{reader.GetString(at + 4)}'."),
        EvidenceCount: reader.GetInt32(at + 5),
        NoteCount: reader.GetInt32(at + 6),
        Confidence: reader.GetDouble(at + 7));

    public static Mention ReadMention(SqliteDataReader reader, int at) => new(
        ClaimId: reader.GetString(at),
        EntityId: reader.GetString(at + 1),
        MatchedText: reader.GetString(at + 2),
        Span: new TextSpan(reader.GetInt32(at + 3), reader.GetInt32(at + 4)));

    public static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static string ToJson(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    public static IReadOnlyList<string> ReadStringList(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static SqliteParameter AddIds(this SqliteCommand command, string name, IEnumerable<string> ids) =>
        command.Parameters.AddWithValue(name, ToJson(ids.Distinct(StringComparer.Ordinal)));

    public static SqliteParameter AddNullable(this SqliteCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    public static int ReadInt(object? scalar) => Convert.ToInt32(scalar, CultureInfo.InvariantCulture);
}
