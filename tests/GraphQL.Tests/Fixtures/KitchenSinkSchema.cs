using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Tests.Fixtures;

/// <summary>A schema using every type-system feature that introspection and SDL printing must carry.</summary>
public static class KitchenSinkSchema
{
    public static Schema Create()
    {
        var date = new ScalarType("Date", "A calendar date, ISO 8601.") { SpecifiedByUrl = "https://tools.ietf.org/html/rfc3339" };
        var json = new ScalarType("JSON");
        var color = new EnumType("Color", "Colors with\nmulti-line \"description\".")
            .Value("RED", description: "Red like \"\"\" quotes")
            .Value("GREEN", deprecationReason: DirectiveDefinition.DefaultDeprecationReason)
            .Value("BLUE", deprecationReason: "Use `RED`.");
        var node = new InterfaceType("Node", "Anything with an id.");
        node.Field("id", ScalarType.ID.NonNull());
        var named = new InterfaceType("Named");
        named.Implements(node);
        named.Field("id", ScalarType.ID.NonNull());
        named.Field("name", ScalarType.String);
        var filter = new InputObjectType("Filter", "    Indented first line keeps a leading newline.\nSecond line.")
            .Field("text", ScalarType.String, "Text to match.")
            .FieldWithDefault("colors", color.NonNull().List(), new List<object?> { "RED", "BLUE" })
            .FieldWithDefault("limit", ScalarType.Int, 10)
            .Field("old", ScalarType.Boolean, deprecationReason: "Gone.")
            .FieldWithDefault("ratio", ScalarType.Float, 0.5)
            .FieldWithDefault("label", ScalarType.String, "say \"hi\"\n");
        var lookup = new InputObjectType("Lookup") { IsOneOf = true }
            .Field("id", ScalarType.ID)
            .Field("name", ScalarType.String);
        var thing = new ObjectType("Thing", "A thing.\n\nWith paragraphs.");
        thing.Implements(node, named);
        thing.Field("id", ScalarType.ID.NonNull());
        thing.Field("name", ScalarType.String, description: "");
        thing.Field("color", color);
        thing.Field("made", date).Deprecated();
        thing.Field("data", json).Deprecated("Use `made`.");
        thing.Field("related", thing.NonNull().List().NonNull())
            .Argument("first", ScalarType.Int, "How many.")
            .ArgumentWithDefault("filter", filter, new Dictionary<string, object?> { ["text"] = "x", ["limit"] = 3 })
            .Argument("legacy", ScalarType.String, deprecationReason: "No more.");
        var other = new ObjectType("Other");
        other.Field("value", ScalarType.Float);
        var result = new UnionType("Result", "Either.").AddTypes(thing, other);
        var query = new ObjectType("Root", "The root.");
        query.Field("thing", thing).Argument("lookup", lookup.NonNull());
        query.Field("search", result.List()).ArgumentWithDefault("ids", ScalarType.ID.List(), new List<object?> { "1", "2" });
        query.Field("node", node).Argument("id", ScalarType.ID.NonNull());
        var mutation = new ObjectType("Mutation");
        mutation.Field("touch", ScalarType.Boolean).ArgumentWithDefault("color", color, "GREEN");
        var cached = new DirectiveDefinition("cached", [DirectiveLocation.Field, DirectiveLocation.Query], "Caches the result.", isRepeatable: true)
            .Argument(new InputValueDefinition("ttl", ScalarType.Int.NonNull()) { Description = "Seconds." })
            .Argument(new InputValueDefinition("scope", ScalarType.String) { DefaultValue = "public" });
        var tag = new DirectiveDefinition("tag", [DirectiveLocation.FieldDefinition, DirectiveLocation.Object])
            .Argument(new InputValueDefinition("name", ScalarType.String.NonNull()));
        return new Schema(query, mutation, types: [thing], directives: [cached, tag], description: "Kitchen sink schema.");
    }
}
