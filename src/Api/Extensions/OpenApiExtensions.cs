using Microsoft.OpenApi;

namespace ClaimGraph.Api;

/// <summary>Bound from <c>Swagger</c>: the document and Swagger UI are on in every environment unless turned off.</summary>
public sealed class SwaggerOptions
{
    public const string SectionName = "Swagger";

    public bool Enabled { get; set; } = true;
}

public static class OpenApiExtensions
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/swagger/v1/swagger.json";

    public static IHostApplicationBuilder AddClaimGraphOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "ClaimGraph API",
                Version = "v1",
                Description =
                    "The claim graph built from notes on AI podcasts and newsletters: entities, the claims that mention them, " +
                    "relations between entities with the claims that support them, and the notes they come from. " +
                    "Every GET carries an ETag (send it back in If-None-Match for a 304); lists page with an opaque cursor " +
                    "(follow 'next'); errors are RFC 9457 problem details.",
                Contact = new OpenApiContact { Name = "ClaimGraph maintainers" },
                License = new OpenApiLicense { Name = "Proprietary" },
            });
            options.OperationFilter<ParameterDocumentationFilter>();
            options.OperationFilter<ResponseDocumentationFilter>();
            options.DocumentFilter<DocumentTagsFilter>();
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();

            // Lets a property that references another schema keep its own description and nullability.
            options.UseAllOfToExtendReferenceSchemas();
        });
        return builder;
    }

    public static WebApplication UseClaimGraphSwagger(this WebApplication app)
    {
        var options = app.Configuration.GetSection(SwaggerOptions.SectionName).Get<SwaggerOptions>() ?? new();
        if (!options.Enabled)
        {
            return app;
        }

        app.UseSwagger();
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint(DocumentPath, "ClaimGraph API v1");
            ui.RoutePrefix = "swagger";
            ui.DocumentTitle = "ClaimGraph API";
            ui.DisplayOperationId();
            ui.DisplayRequestDuration();
        });
        app.MapGet("/", () => TypedResults.Redirect("/swagger")).ExcludeFromDescription();
        return app;
    }
}
