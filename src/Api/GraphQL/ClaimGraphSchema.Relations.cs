using ClaimGraph.GraphQL;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using static ClaimGraph.Api.GraphQL.ClaimGraphLoaders;

namespace ClaimGraph.Api.GraphQL;

public sealed partial class ClaimGraphSchema
{
    private void DefineRelation()
    {
        var trigger = new ObjectType("Trigger", "The words of a claim that state an extracted relation: a span of the claim text.");
        trigger.Field("start", ScalarType.Int.NonNull(), c => Source<TriggerResponse>(c).Start, "Offset of the first character within the claim text (UTF-16 code units).");
        trigger.Field("end", ScalarType.Int.NonNull(), c => Source<TriggerResponse>(c).End, "Offset just past the last character within the claim text.");
        trigger.Field("text", ScalarType.String.NonNull(), c => Source<TriggerResponse>(c).Text, "The trigger words themselves.");

        var evidenceEdge = new ObjectType("EvidenceEdge", "One claim supporting a relation, with the curated quote when the relation is curated and the extraction trace when it is extracted.");
        evidenceEdge.Field("cursor", ScalarType.String.NonNull(), c => Source<Edge<EvidenceClaim>>(c).Cursor, "An opaque cursor for this edge; pass it as `after` to continue after it.");
        evidenceEdge.Field("quote", ScalarType.String, c => Source<Edge<EvidenceClaim>>(c).Node.Quote, "The verbatim quote the curated relation cites from this claim; null for co-mention evidence.");
        evidenceEdge.Field("node", _claim.NonNull(), c => Source<Edge<EvidenceClaim>>(c).Node.Claim, "The supporting claim.");
        evidenceEdge.Field("trigger", trigger, c => TriggerResponse.From(Source<Edge<EvidenceClaim>>(c).Node.Extraction, Source<Edge<EvidenceClaim>>(c).Node.Claim.Text),
            "For extracted evidence, the words of the claim that state the relation; null otherwise.");
        evidenceEdge.Field("rule", ScalarType.String, c => Source<Edge<EvidenceClaim>>(c).Node.Extraction?.Rule, "For extracted evidence, the name of the extraction rule that fired; null otherwise.");
        evidenceEdge.Field("confidence", ScalarType.Float.NonNull(), c => Source<Edge<EvidenceClaim>>(c).Node.Confidence,
            "How much this evidence is trusted, 0 to 1: 1 for curated, the rule's confidence for extracted, 0.1 for co-mention.");

        var evidenceConnection = new ObjectType("EvidenceConnection", "A page of the claims supporting a relation (Relay cursor connection).");
        evidenceConnection.Field("edges", ListOf(evidenceEdge), c => Source<Connection<EvidenceClaim>>(c).Edges, "The edges of this page, in note order.");
        evidenceConnection.Field("pageInfo", _pageInfo.NonNull(), c => Source<Connection<EvidenceClaim>>(c).PageInfo, "Paging information for this page.");
        evidenceConnection.Field("totalCount", ScalarType.Int.NonNull(), c => Source<Connection<EvidenceClaim>>(c).TotalCount, "How many claims support the relation.");

        _relation.Implements(_node);
        _relation.Field("id", ScalarType.ID.NonNull(), c => Source<RelationInfo>(c).Id, "The relation's id: `subject|PREDICATE|object|origin`.");
        _relation.Field("subject", _entity.NonNull(), async c => await RequiredEntity(c, Source<RelationInfo>(c).SubjectId), "The entity the relation starts from.");
        _relation.Field("predicate", ScalarType.String.NonNull(), c => Source<RelationInfo>(c).Predicate, "What the relation says: a predicate of the vocabulary (`FUNDS`, `DEVELOPS`, `CO_MENTIONED`, …; see `relationTypes`).");
        _relation.Field("object", _entity.NonNull(), async c => await RequiredEntity(c, Source<RelationInfo>(c).ObjectId), "The entity the relation points to.");
        _relation.Field("origin", _relationOrigin.NonNull(), c => Source<RelationInfo>(c).Origin, "Whether the relation is curated, extracted from a claim's text, or inferred from a co-mention.");
        _relation.Field("confidence", ScalarType.Float.NonNull(), c => Source<RelationInfo>(c).Confidence,
            "The highest confidence of the relation's evidence, 0 to 1: 1 for curated, the rule's confidence for extracted, 0.1 for co-mention.");
        _relation.Field("evidenceCount", ScalarType.Int.NonNull(), c => Source<RelationInfo>(c).EvidenceCount, "How many claims support the relation.");
        _relation.Field("noteCount", ScalarType.Int.NonNull(), c => Source<RelationInfo>(c).NoteCount, "How many distinct notes those claims come from.");
        _relation.Field("evidence", evidenceConnection.NonNull(), async c =>
            {
                var page = SchemaLimits.Page(c, _maxPageSize, SchemaLimits.DefaultEvidencePageSize);
                return Connection.From(await EvidenceOfRelation(c, Source<RelationInfo>(c).Id, page));
            },
            "The claims supporting the relation, in note order, each with the curated quote where there is one.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultEvidencePageSize, $"Page size, at most {_maxPageSize}.")
            .Argument("after", ScalarType.String, "Return the evidence after this cursor.")
            .WithCost(2);
    }

    /// <summary>An entity a relation or mention refers to; the store keeps them consistent, so a miss is a store fault.</summary>
    private static async Task<EntityInfo> RequiredEntity(ClaimGraph.GraphQL.Execution.ResolveContext context, string id) =>
        await Entity(context, id)
        ?? throw new GraphQLError($"Entity \"{id}\" is referenced by the graph but missing from the store.");
}
