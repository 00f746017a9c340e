namespace ClaimGraph.Api;

/// <summary>An example value for a parameter in the OpenAPI document; Swagger UI pre-fills it under "Try it out".</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class ParameterExampleAttribute(object value) : Attribute
{
    public object Value { get; } = value;
}
