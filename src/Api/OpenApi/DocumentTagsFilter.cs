using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimGraph.Api;

/// <summary>Describes each tag (feature) once at the top of the document and serves relative URLs, so Swagger UI calls whatever host served it.</summary>
public sealed class DocumentTagsFilter : IDocumentFilter
{
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Entities", "Organizations, people, models, products, concepts and tokens named in the notes, with their relations and evidence."),
        ("Claims", "Sentences and list items of the notes, verbatim, with spans, timestamps and deep links."),
        ("Notes", "The source notes: transcripts' summaries, briefs and newsletters."),
        ("Paths", "Shortest evidence-backed paths between two entities."),
        ("Search", "Full-text search over entities and claims."),
        ("Stats", "Counts for dashboards."),
        ("RelationTypes", "The relation predicates in use and how many relations each has."),
        ("GraphQL", "The GraphQL schema; queries go to /graphql (GraphiQL in a browser)."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        // Every tag an operation uses is declared, described when this list knows it.
        var used = swaggerDoc.Paths.Values
            .SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var known = Tags.Select(tag => tag.Name).ToHashSet(StringComparer.Ordinal);
        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            Tags.Where(tag => used.Contains(tag.Name)).Select(tag => new OpenApiTag { Name = tag.Name, Description = tag.Description })
                .Concat(used.Where(name => !known.Contains(name)).Order(StringComparer.Ordinal).Select(name => new OpenApiTag { Name = name })));
        swaggerDoc.Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document." }];
    }
}
