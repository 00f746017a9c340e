using System.ComponentModel;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Api;

[Description("An entity in brief: enough to name it and link to it.")]
public sealed record EntityRef(
    [property: Description("Entity id: lower-case kebab slug of the name (prime-intellect).")] string Id,
    [property: Description("Canonical name.")] string Name,
    [property: Description("Organization, Person, Model, Product, Concept, Token, Publication, Place or Other.")] string Type)
{
    public static EntityRef From(EntityInfo entity) => new(entity.Id, entity.Name, entity.Type.ToString());

    /// <summary>The store keeps relations and entities consistent; the id alone is a safe answer should an entity vanish mid-request.</summary>
    public static EntityRef From(IReadOnlyDictionary<string, EntityInfo> entities, string id) =>
        entities.TryGetValue(id, out var entity) ? From(entity) : new EntityRef(id, id, "Unknown");
}

public sealed record EntitySummary(
    [property: Description("Entity id: lower-case kebab slug of the name.")] string Id,
    [property: Description("Canonical name.")] string Name,
    [property: Description("Organization, Person, Model, Product, Concept, Token, Publication, Place or Other.")] string Type,
    [property: Description("Other names the notes use for the entity, including transcript misspellings.")] IReadOnlyList<string> Aliases,
    [property: Description("One-line description.")] string Description,
    [property: Description("How many claims mention the entity.")] int Mentions,
    [property: Description("catalog (curated, the authority) or discovered (found in the notes' text).")] string Source)
{
    public static EntitySummary From(EntityInfo entity) =>
        new(entity.Id, entity.Name, entity.Type.ToString(), entity.Aliases, entity.Description, entity.MentionCount,
            EntitySourceNames.Name(entity.Source));
}

[Description("Relative URLs of what hangs off an entity.")]
public sealed record EntityLinks(
    [property: Description("This entity.")] string Self,
    [property: Description("Its relations, each with evidence claims.")] string Relations,
    [property: Description("Claims that mention it.")] string Claims,
    [property: Description("Its neighborhood graph.")] string Neighborhood);

public sealed record EntityDetail(
    [property: Description("Entity id: lower-case kebab slug of the name.")] string Id,
    [property: Description("Canonical name.")] string Name,
    [property: Description("Organization, Person, Model, Product, Concept, Token, Publication, Place or Other.")] string Type,
    [property: Description("Other names the notes use for the entity.")] IReadOnlyList<string> Aliases,
    [property: Description("One-line description.")] string Description,
    [property: Description("How many claims mention the entity.")] int Mentions,
    [property: Description("catalog (curated, the authority) or discovered (found in the notes' text).")] string Source,
    [property: Description("Notes that mention the entity most, at most five.")] IReadOnlyList<NoteRef> TopNotes,
    [property: Description("Where to go next.")] EntityLinks Links);

[Description("A relation without its evidence claims.")]
public sealed record RelationSummary(
    [property: Description("Relation id: subject|PREDICATE|object|origin.")] string Id,
    [property: Description("Subject entity.")] EntityRef Subject,
    [property: Description("UPPER_SNAKE predicate of the relation vocabulary (DEVELOPS, FUNDS, CO_MENTIONED …).")] string Predicate,
    [property: Description("Object entity.")] EntityRef Object,
    [property: Description(RelationSummary.OriginDescription)] string Origin,
    [property: Description("How many claims support the relation.")] int EvidenceCount,
    [property: Description("How many distinct notes those claims come from.")] int NoteCount,
    [property: Description(RelationSummary.ConfidenceDescription)] double Confidence)
{
    public const string OriginDescription =
        "curated (stated in the catalog with a quote), extracted (found in a claim's text by an extraction rule) or co-mention (two entities named in one claim).";

    public const string ConfidenceDescription =
        "The highest confidence of the relation's evidence, 0 to 1: 1 for curated, the rule's confidence for extracted, 0.1 for co-mention.";

    public static RelationSummary From(RelationInfo relation, IReadOnlyDictionary<string, EntityInfo> entities) => new(
        relation.Id,
        EntityRef.From(entities, relation.SubjectId),
        relation.Predicate,
        EntityRef.From(entities, relation.ObjectId),
        RelationKey.OriginName(relation.Origin),
        relation.EvidenceCount,
        relation.NoteCount,
        relation.Confidence);
}

[Description("The trigger words of an extracted relation: a span of the claim text.")]
public sealed record TriggerResponse(
    [property: Description("Offset of the first character within the claim text (0-based, UTF-16 code units).")] int Start,
    [property: Description("Offset just past the last character within the claim text.")] int End,
    [property: Description("The trigger words themselves (the claim text from start to end).")] string Text)
{
    public static TriggerResponse? From(ExtractionTrace? trace, string claimText) =>
        trace is null ? null : new(trace.Trigger.Start, trace.Trigger.End, trace.Trigger.Slice(claimText));
}

[Description("A claim that supports a relation, with where to watch or read it.")]
public sealed record EvidenceResponse(
    [property: Description("Id of the supporting claim.")] string ClaimId,
    [property: Description("The claim text.")] string Text,
    [property: Description("The curated quote, for curated relations.")] string? Quote,
    [property: Description("For extracted relations: the words of the claim text that state the relation.")] TriggerResponse? Trigger,
    [property: Description("For extracted relations: the name of the extraction rule that fired.")] string? Rule,
    [property: Description("How much this evidence is trusted, 0 to 1: 1 for curated, the rule's confidence for extracted, 0.1 for co-mention.")] double Confidence,
    [property: Description("The claim's timestamp, if any.")] TimestampResponse? Timestamp,
    [property: Description("YouTube link at the claim's timestamp, when known.")] string? DeepLink,
    [property: Description("The note the claim comes from.")] NoteRef Note);

[Description("A relation of the requested entity with the claims that support it.")]
public sealed record RelationResponse(
    [property: Description("Relation id: subject|PREDICATE|object|origin.")] string Id,
    [property: Description("out when the requested entity is the subject, in when it is the object.")] string Direction,
    [property: Description("Subject entity.")] EntityRef Subject,
    [property: Description("UPPER_SNAKE predicate.")] string Predicate,
    [property: Description("Object entity.")] EntityRef Object,
    [property: Description(RelationSummary.OriginDescription)] string Origin,
    [property: Description("How many claims support the relation.")] int EvidenceCount,
    [property: Description("How many distinct notes those claims come from.")] int NoteCount,
    [property: Description(RelationSummary.ConfidenceDescription)] double Confidence,
    [property: Description("Supporting claims in note order, at most evidenceLimit of them.")] IReadOnlyList<EvidenceResponse> Evidence);

public sealed record NeighborhoodNodeResponse(
    [property: Description("Entity id.")] string Id,
    [property: Description("Canonical name.")] string Name,
    [property: Description("Entity type.")] string Type,
    [property: Description("How many claims mention the entity.")] int Mentions,
    [property: Description("Hops from the center (0 for the center itself).")] int Depth);

public sealed record NeighborhoodEdgeResponse(
    [property: Description("Relation id.")] string Id,
    [property: Description("Subject entity id.")] string Source,
    [property: Description("Object entity id.")] string Target,
    [property: Description("UPPER_SNAKE predicate.")] string Predicate,
    [property: Description(RelationSummary.OriginDescription)] string Origin,
    [property: Description("How many claims support the relation.")] int EvidenceCount,
    [property: Description("How many distinct notes those claims come from.")] int NoteCount,
    [property: Description(RelationSummary.ConfidenceDescription)] double Confidence);

[Description("Nodes and edges around an entity, ready for a graph widget.")]
public sealed record NeighborhoodResponse(
    [property: Description("Id of the center entity.")] string Center,
    [property: Description("The depth that was requested.")] int Depth,
    [property: Description("Entities within depth hops, nearest first.")] IReadOnlyList<NeighborhoodNodeResponse> Nodes,
    [property: Description("Relations between those entities.")] IReadOnlyList<NeighborhoodEdgeResponse> Edges);
