using ClaimGraph.GraphQL.Types;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using static ClaimGraph.Api.GraphQL.ClaimGraphLoaders;

namespace ClaimGraph.Api.GraphQL;

public sealed partial class ClaimGraphSchema
{
    private void DefineEntity(ObjectType relationConnection, ObjectType claimConnection)
    {
        var neighbor = new ObjectType("Neighbor", "An entity near the center of a neighborhood, and how many hops away it is.");
        neighbor.Field("entity", _entity.NonNull(), c => Source<NeighborhoodNode>(c).Entity, "The entity.");
        neighbor.Field("depth", ScalarType.Int.NonNull(), c => Source<NeighborhoodNode>(c).Depth, "Hops from the center (1 = directly related).");

        var neighborhood = new ObjectType("Neighborhood", "The entities within a few hops of one entity and the relations between them.");
        neighborhood.Field("center", _entity.NonNull(), async c => await Entity(c, Source<Neighborhood>(c).CenterId), "The entity the neighborhood is centered on.");
        neighborhood.Field("nodes", ListOf(neighbor), c => Source<Neighborhood>(c).Nodes.Where(node => node.Depth > 0).ToList(), "The entities around the center (the center itself excluded), nearest first.");
        neighborhood.Field("edges", ListOf(_relation), c => Source<Neighborhood>(c).Edges, "The relations between the center and its neighbors, and among the neighbors.");

        _entity.Implements(_node);
        _entity.Field("id", ScalarType.ID.NonNull(), c => Source<EntityInfo>(c).Id, "The entity's id: the lower-case kebab slug of its name, e.g. `prime-intellect`.");
        _entity.Field("name", ScalarType.String.NonNull(), c => Source<EntityInfo>(c).Name, "The canonical name, e.g. `Prime Intellect`.");
        _entity.Field("type", _entityType.NonNull(), c => Source<EntityInfo>(c).Type, "What kind of entity this is.");
        _entity.Field("aliases", ListOf(ScalarType.String), c => Source<EntityInfo>(c).Aliases, "Other names the entity goes by in notes; mentions match these too.");
        _entity.Field("description", ScalarType.String.NonNull(), c => Source<EntityInfo>(c).Description, "A one-sentence description from the catalog.");
        _entity.Field("mentionCount", ScalarType.Int.NonNull(), c => Source<EntityInfo>(c).MentionCount, "How many times claims mention the entity, across all notes.");
        _entity.Field("source", _entitySource.NonNull(), c => Source<EntityInfo>(c).Source, "Whether the entity comes from the curated catalog or was discovered in the notes' text.");

        _entity.Field("relations", relationConnection.NonNull(), async c =>
            {
                var filter = new RelationFilter(
                    c.GetArgument<string?>("predicate", null),
                    c.GetArgument("direction", RelationDirection.Both),
                    c.GetArgument<RelationOrigin?>("origin", null),
                    SchemaLimits.MinConfidence(c));
                var page = SchemaLimits.Page(c, _maxPageSize);
                return Connection.From(await RelationsOfEntity(c, Source<EntityInfo>(c).Id, filter, page));
            },
            "The entity's relations: curated first, then extracted, then co-mention (a co-mention never hides a typed relation of the same pair), then by confidence and evidence.")
            .Argument("predicate", _predicate, "Only relations with this predicate of the vocabulary (see `relationTypes`).")
            .ArgumentWithDefault("direction", _relationDirection, RelationDirection.Both, "Which way the relations point, seen from this entity.")
            .Argument("origin", _relationOrigin, "Only relations of this origin: curated, extracted or co-mention.")
            .Argument("minConfidence", ScalarType.Float, "Only relations whose confidence (the highest of their evidence's) is at least this, 0 to 1.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPageSize, $"Page size, at most {_maxPageSize}.")
            .Argument("after", ScalarType.String, "Return the relations after this cursor.")
            .WithCost(2);

        _entity.Field("claims", claimConnection.NonNull(), async c =>
            {
                var page = SchemaLimits.Page(c, _maxPageSize);
                return Connection.From(await ClaimsOfEntity(c, Source<EntityInfo>(c).Id, page));
            },
            "Claims that mention the entity, in note order.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPageSize, $"Page size, at most {_maxPageSize}.")
            .Argument("after", ScalarType.String, "Return the claims after this cursor.")
            .WithCost(2);

        _entity.Field("neighbors", neighborhood.NonNull(), async c =>
            {
                var depth = SchemaLimits.InRange(c, "depth", c.GetArgument("depth", 1), 1, SchemaLimits.MaxNeighborDepth, "the maximum neighborhood depth");
                var first = SchemaLimits.PageSize(c, _maxPageSize);
                // One entity at a time: the store has no batch form of a traversal, which the field's cost reflects.
                // The store counts the center among its nodes, hence one more than the neighbors asked for.
                return await Store(c).GetNeighborhoodAsync(Source<EntityInfo>(c).Id, depth, first + 1, c.CancellationToken);
            },
            "Entities within `depth` hops over relations in either direction, nearest first, with the relations among them.")
            .ArgumentWithDefault("depth", ScalarType.Int, 1, $"How many hops to go out, 1 to {SchemaLimits.MaxNeighborDepth}.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPageSize, $"At most this many neighbors (at most {_maxPageSize}).")
            .WithCost(SchemaLimits.NeighborhoodCost);

        _entity.Field("notes", ListOf(_note), async c =>
                await NotesOfEntity(c, Source<EntityInfo>(c).Id, SchemaLimits.PageSize(c, _maxPageSize)),
            "Notes that mention the entity, most mentions first.")
            .ArgumentWithDefault("first", ScalarType.Int, SchemaLimits.DefaultPageSize, $"At most this many notes (at most {_maxPageSize}).")
            .WithCost(2);
    }
}
