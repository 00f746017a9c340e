using ClaimGraph.Api.GraphQL;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>The claim-graph schema as a client sees it in GraphiQL's docs and in the SDL.</summary>
public sealed class ClaimGraphSchemaTests
{
    private static IEnumerable<NamedType> OwnTypes => SchemaUnderTest.Schema.Types
        .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal) && !(type is ScalarType scalar && ScalarType.IsBuiltIn(scalar)));

    [Fact]
    public void Every_type_field_argument_and_enum_value_is_described()
    {
        var undescribed = new List<string>();
        void Check(string path, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                undescribed.Add(path);
            }
        }
        Check("schema", SchemaUnderTest.Schema.Description);
        foreach (var type in OwnTypes)
        {
            Check(type.Name, type.Description);
            switch (type)
            {
                case FieldContainerType container:
                    foreach (var field in container.Fields)
                    {
                        Check($"{type.Name}.{field.Name}", field.Description);
                        foreach (var argument in field.Arguments)
                        {
                            Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                        }
                    }
                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Check($"{type.Name}.{field.Name}", field.Description);
                    }
                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        Check($"{type.Name}.{value.Name}", value.Description);
                    }
                    break;
            }
        }

        undescribed.Should().BeEmpty("descriptions show in GraphiQL's docs and in the SDL");
    }

    [Fact]
    public void Growing_lists_are_Relay_connections()
    {
        var connections = OwnTypes.OfType<ObjectType>().Where(type => type.Name.EndsWith("Connection", StringComparison.Ordinal)).ToList();

        connections.Select(type => type.Name).Should().BeEquivalentTo(
            ["EntityConnection", "RelationConnection", "ClaimConnection", "NoteConnection", "EvidenceConnection"]);
        foreach (var connection in connections)
        {
            connection.GetField("edges")!.Type.ToString().Should().Be($"[{connection.Name.Replace("Connection", "Edge", StringComparison.Ordinal)}!]!");
            connection.GetField("pageInfo")!.Type.ToString().Should().Be("PageInfo!");
            connection.GetField("totalCount")!.Type.ToString().Should().Be("Int!");
        }
        var query = SchemaUnderTest.Schema.Query;
        foreach (var (type, field) in new[] { ("Query", "entities"), ("Query", "notes"), ("Query", "claims"), ("Entity", "relations"), ("Entity", "claims"), ("Note", "claims"), ("Relation", "evidence") })
        {
            var container = type == "Query" ? query : (FieldContainerType)OwnTypes.Single(t => t.Name == type);
            var definition = container.GetField(field)!;
            definition.Type.Named.Name.Should().EndWith("Connection", $"{type}.{field} can grow");
            definition.Arguments.Select(argument => argument.Name).Should().Contain(["first", "after"]);
        }
    }

    [Fact]
    public void Page_size_limit_comes_from_the_options()
    {
        var schema = new ClaimGraphSchema(new ClaimGraphQLOptions { MaxPageSize = 25 }).Schema;

        SchemaPrinter.Print(schema).Should().Contain("Page size, at most 25.");
    }
}
