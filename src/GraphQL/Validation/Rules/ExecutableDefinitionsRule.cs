using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Executable Definitions: a request document holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.Document;

    public override bool Enter(ValidationContext context, Node node)
    {
        var definitions = ((Document)node).Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (definition is TypeSystemDefinition typeSystem)
            {
                var name = typeSystem.Kind == "schema" || typeSystem.Name is null ? "schema" : $"\"{typeSystem.Name}\"";
                context.ReportError(ValidationErrors.At($"The {name} definition is not executable.", definition));
            }
        }
        return false;
    }
}
