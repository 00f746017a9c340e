using ClaimGraph.GraphQL.Types;
using ClaimGraph.Model;
using static ClaimGraph.Api.GraphQL.ClaimGraphLoaders;

namespace ClaimGraph.Api.GraphQL;

public sealed partial class ClaimGraphSchema
{
    /// <summary><c>relationTypes</c>: the relation vocabulary with its use, the same list as REST's <c>/api/relation-types</c>.</summary>
    private void DefineRelationTypes(ObjectType query)
    {
        var originUse = new ObjectType("RelationTypeOrigin", "How many relations of one origin use a predicate.");
        originUse.Field("origin", _relationOrigin.NonNull(), c => RelationKey.ParseOrigin(Source<RelationTypeOriginCount>(c).Origin), "The origin.");
        originUse.Field("count", ScalarType.Int.NonNull(), c => Source<RelationTypeOriginCount>(c).Count, "How many relations of that origin use the predicate.");

        var relationType = new ObjectType("RelationType", "A predicate of the relation vocabulary, with how the stored relations use it.");
        relationType.Field("name", _predicate.NonNull(), c => Source<RelationTypeResponse>(c).Predicate, "The predicate.");
        relationType.Field("description", ScalarType.String.NonNull(), c => Source<RelationTypeResponse>(c).Description, "What a relation with this predicate states.");
        relationType.Field("extracted", ScalarType.Boolean.NonNull(), c => Source<RelationTypeResponse>(c).Extracted, "Whether extraction rules produce it.");
        relationType.Field("symmetric", ScalarType.Boolean.NonNull(), c => Source<RelationTypeResponse>(c).Symmetric, "Whether it reads the same both ways.");
        relationType.Field("extractedAs", _predicate, c => Source<RelationTypeResponse>(c).ExtractedAs,
            "For a curated-only predicate, the extraction predicate it corresponds to; null otherwise.");
        relationType.Field("count", ScalarType.Int.NonNull(), c => Source<RelationTypeResponse>(c).Count, "How many relations use it (0 when none does yet).");
        relationType.Field("origins", ListOf(originUse), c => Source<RelationTypeResponse>(c).Origins, "The origins it occurs with, most relations first.");

        query.Field("relationTypes", ListOf(relationType), async c => RelationTypesApi.Describe(await Store(c).GetPredicateCountsAsync(c.CancellationToken)),
            "Every predicate of the relation vocabulary with its description, origins and counts, most used first; unused ones have count 0.")
            .WithCost(2);
    }
}
