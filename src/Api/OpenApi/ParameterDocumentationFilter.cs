using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimGraph.Api;

/// <summary>
/// Copies what handler parameters (and the properties of <c>[AsParameters]</c> records) say about themselves onto the
/// OpenAPI parameters, which Swashbuckle leaves bare for minimal APIs: <see cref="DescriptionAttribute"/>,
/// <see cref="ParameterExampleAttribute"/>, <see cref="AllowedValuesAttribute"/> (enum), <see cref="RangeAttribute"/>
/// (minimum, maximum), <see cref="DefaultValueAttribute"/> and <see cref="RequiredAttribute"/>. The handlers validate
/// these themselves, so the document and the 400 responses say the same thing.
/// </summary>
public sealed class ParameterDocumentationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Parameters is null)
        {
            return;
        }

        foreach (var apiParameter in context.ApiDescription.ParameterDescriptions)
        {
            if (apiParameter.ParameterDescriptor is not IParameterInfoParameterDescriptor { ParameterInfo: var info })
            {
                continue;
            }

            var parameter = operation.Parameters.OfType<OpenApiParameter>()
                .FirstOrDefault(p => string.Equals(p.Name, apiParameter.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is null)
            {
                continue;
            }

            if (info.GetCustomAttribute<DescriptionAttribute>() is { } description)
            {
                parameter.Description = description.Description;
            }

            if (info.GetCustomAttribute<ParameterExampleAttribute>() is { } example)
            {
                parameter.Example = JsonValue.Create(example.Value);
            }

            if (info.GetCustomAttribute<RequiredAttribute>() is not null)
            {
                parameter.Required = true;
            }

            if (parameter.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            // The description belongs to the parameter; a copy on its schema only repeats it in Swagger UI.
            schema.Description = null;

            if (info.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
            {
                schema.Enum = allowed.Values.Select(value => (JsonNode)JsonValue.Create(value?.ToString())!).ToList();
            }

            if (info.GetCustomAttribute<RangeAttribute>() is { } range)
            {
                schema.Minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
                schema.Maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
            }

            if (info.GetCustomAttribute<DefaultValueAttribute>() is { Value: { } defaultValue })
            {
                schema.Default = JsonValue.Create(defaultValue);
            }
        }
    }
}
