using ClaimGraph.Model;
using static ClaimGraph.Storage.Neo4j.Neo4jValue;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>Turns the maps the statements in <see cref="Neo4jStatements"/> return into read models, and read models into parameter rows.</summary>
internal static class Neo4jRecordMapping
{
    public static EntityInfo ToEntity(IReadOnlyDictionary<string, object?> map) => new(
        RequireString(map, "id"),
        RequireString(map, "name"),
        ParseEnum<EntityType>(RequireString(map, "type"), "entity type"),
        StringsOf(map, "aliases"),
        OptionalString(map, "description") ?? "",
        RequireInt32(map, "mentions"),
        EntitySourceNames.Parse(OptionalString(map, "source") ?? "catalog")
            ?? throw new InvalidOperationException($"Neo4j holds an entity with unknown source '{OptionalString(map, "source")}'."));

    public static RelationInfo ToRelation(IReadOnlyDictionary<string, object?> map)
    {
        var originName = RequireString(map, "origin");
        var origin = RelationKey.ParseOrigin(originName)
            ?? throw new InvalidOperationException($"Neo4j holds a relation with unknown origin '{originName}'.");
        return new RelationInfo(
            RequireString(map, "id"),
            RequireString(map, "subjectId"),
            RequireString(map, "predicate"),
            RequireString(map, "objectId"),
            origin,
            (int)(OptionalInt64(map, "evidenceCount") ?? 0),
            (int)(OptionalInt64(map, "noteCount") ?? 0),
            OptionalDouble(map, "confidence") ?? OriginConfidence(origin));
    }

    /// <summary>One evidence entry of <see cref="Neo4jStatements.EvidenceOfRelations"/>; evidence stored before confidences existed takes its origin's.</summary>
    public static EvidenceClaim ToEvidence(IReadOnlyDictionary<string, object?> map, RelationOrigin origin)
    {
        var rule = OptionalString(map, "rule");
        double confidence = OptionalDouble(map, "confidence") ?? OriginConfidence(origin);
        var trace = rule is null
            ? null
            : new ExtractionTrace(new TextSpan(RequireInt32(map, "triggerStart"), RequireInt32(map, "triggerEnd")), rule, confidence);
        return new EvidenceClaim(ToClaim(RequireMap(map, "claim")), OptionalString(map, "quote"), trace, confidence);
    }

    public static Entity ToProposal(string entityId, IReadOnlyDictionary<string, object?> map) => new(
        entityId,
        RequireString(map, "name"),
        ParseEnum<EntityType>(RequireString(map, "type"), "entity type"),
        StringsOf(map, "aliases"),
        OptionalString(map, "description") ?? "",
        EntitySource.Discovered);

    private static double OriginConfidence(RelationOrigin origin) =>
        origin == RelationOrigin.CoMention ? RelationConfidence.CoMention : RelationConfidence.Curated;

    private static double? OptionalDouble(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is not null ? AsDouble(value, key) : null;

    public static Claim ToClaim(IReadOnlyDictionary<string, object?> map)
    {
        var timestampText = OptionalString(map, "timestampText");
        var seconds = OptionalInt64(map, "timestampSeconds");
        return new Claim(
            RequireString(map, "id"),
            RequireString(map, "noteId"),
            RequireInt32(map, "ordinal"),
            RequireString(map, "text"),
            StringsOf(map, "section"),
            new TextSpan(RequireInt32(map, "start"), RequireInt32(map, "end")),
            timestampText is null ? null : new Timestamp(timestampText, seconds is null ? null : checked((int)seconds), OptionalBoolean(map, "timestampRepaired")),
            OptionalString(map, "deepLink"));
    }

    public static Note ToNote(IReadOnlyDictionary<string, object?> map) => new(
        RequireString(map, "id"),
        RequireString(map, "title"),
        OptionalString(map, "channel"),
        OptionalString(map, "author"),
        OptionalString(map, "videoId"),
        OptionalString(map, "sourceUrl"),
        ParseEnum<NoteFormat>(RequireString(map, "format"), "note format"),
        RequireString(map, "contentHash"),
        RequireString(map, "catalogVersion"),
        RequireString(map, "text"),
        RequireString(map, "sourcePath"));

    public static NoteSummary ToNoteSummary(IReadOnlyDictionary<string, object?> map) => new(
        RequireString(map, "id"),
        RequireString(map, "title"),
        OptionalString(map, "channel"),
        OptionalString(map, "author"),
        OptionalString(map, "videoId"),
        OptionalString(map, "sourceUrl"),
        ParseEnum<NoteFormat>(RequireString(map, "format"), "note format"));

    public static Dictionary<string, object?> EntityRow(Entity entity) => new()
    {
        ["id"] = entity.Id,
        ["name"] = entity.Name,
        ["type"] = entity.Type.ToString(),
        ["aliases"] = entity.Aliases,
        ["aliasText"] = string.Join(" | ", entity.Aliases),
        ["description"] = entity.Description,
    };

    public static Dictionary<string, object?> NoteRow(Note note) => new()
    {
        ["id"] = note.Id,
        ["title"] = note.Title,
        ["channel"] = note.Channel,
        ["author"] = note.Author,
        ["videoId"] = note.VideoId,
        ["sourceUrl"] = note.SourceUrl,
        ["format"] = note.Format.ToString(),
        ["contentHash"] = note.ContentHash,
        ["catalogVersion"] = note.CatalogVersion,
        ["text"] = note.Text,
        ["sourcePath"] = note.SourcePath,
    };

    public static Dictionary<string, object?> ClaimRow(Claim claim) => new()
    {
        ["id"] = claim.Id,
        ["noteId"] = claim.NoteId,
        ["ordinal"] = claim.Ordinal,
        ["text"] = claim.Text,
        ["section"] = claim.Section,
        ["start"] = claim.Span.Start,
        ["end"] = claim.Span.End,
        ["timestampText"] = claim.Timestamp?.Text,
        ["timestampSeconds"] = claim.Timestamp?.Seconds,
        ["timestampRepaired"] = claim.Timestamp?.Repaired == true,
        ["deepLink"] = claim.DeepLink,
    };

    private static T ParseEnum<T>(string value, string what)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: false, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Neo4j holds an unknown {what} '{value}'.");
}
