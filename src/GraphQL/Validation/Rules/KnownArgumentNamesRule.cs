using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.Directive | ValidationNodeKinds.Argument;

    public override bool Enter(ValidationContext context, Node node)
    {
        switch (node)
        {
            case Directive directive:
                if (context.Schema.GetDirective(directive.Name) is { } definition)
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (definition.GetArgument(argument.Name) is null)
                        {
                            var suggestions = Suggestions.For(argument.Name, definition.Arguments.Select(a => a.Name));
                            context.ReportError(ValidationErrors.At(
                                $"Unknown argument \"{argument.Name}\" on directive \"@{directive.Name}\"." + Suggestions.DidYouMean(suggestions),
                                argument));
                        }
                    }
                }
                // Directive arguments are judged here only, never as field arguments.
                return false;
            case Argument argument:
                if (context.Argument is null && context.FieldDefinition is { } field && context.ParentType is { } parentType)
                {
                    var suggestions = Suggestions.For(argument.Name, field.Arguments.Select(a => a.Name));
                    context.ReportError(ValidationErrors.At(
                        $"Unknown argument \"{argument.Name}\" on field \"{parentType.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions),
                        argument));
                }
                break;
        }
        return true;
    }
}
