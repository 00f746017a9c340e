using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Type Existence and variable types: every named type the document mentions exists in the schema.</summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly HashSet<string> TypeDefinitionKinds = new(StringComparer.Ordinal) { "scalar", "type", "interface", "union", "enum", "input" };

    public override ValidationNodeKinds Enters => ValidationNodeKinds.NamedType;

    public override bool Enter(ValidationContext context, Node node)
    {
        var name = ((NamedTypeReference)node).Name;
        if (context.Schema.GetType(name) is not null)
        {
            return true;
        }
        var definedInDocument = DocumentDefinedTypes(context.Document);
        if (definedInDocument.Contains(name))
        {
            return true;
        }
        var suggestions = Suggestions.For(name, context.Schema.Types.Select(type => type.Name).Concat(definedInDocument));
        context.ReportError(ValidationErrors.At($"Unknown type \"{name}\"." + Suggestions.DidYouMean(suggestions), node));
        return true;
    }

    // Type definitions in a request document are errors of their own (ExecutableDefinitions), but graphql-js counts
    // their names as known, so a variable typed with one is not reported twice.
    private static List<string> DocumentDefinedTypes(Document document)
    {
        var names = new List<string>();
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeSystemDefinition { IsExtension: false, Name: { } name } typeSystem && TypeDefinitionKinds.Contains(typeSystem.Kind))
            {
                names.Add(name);
            }
        }
        return names;
    }
}
