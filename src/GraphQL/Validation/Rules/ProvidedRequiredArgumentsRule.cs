using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Required Arguments: every non-null argument without a default is given, on fields and on directives.</summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.None;

    public override ValidationNodeKinds Leaves => ValidationNodeKinds.Field | ValidationNodeKinds.Directive;

    public override void Leave(ValidationContext context, Node node)
    {
        switch (node)
        {
            case Field field when context.FieldDefinition is { } definition:
                for (var argumentIndex = 0; argumentIndex < definition.Arguments.Count; argumentIndex++)
                {
                    var argument = definition.Arguments[argumentIndex];
                    if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                    {
                        context.ReportError(ValidationErrors.At(
                            $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            field));
                    }
                }
                break;
            case Directive directive when context.Schema.GetDirective(directive.Name) is { } definition:
                for (var argumentIndex = 0; argumentIndex < definition.Arguments.Count; argumentIndex++)
                {
                    var argument = definition.Arguments[argumentIndex];
                    if (argument.IsRequired && !IsProvided(directive.Arguments, argument.Name))
                    {
                        context.ReportError(ValidationErrors.At(
                            $"Directive \"@{directive.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            directive));
                    }
                }
                break;
        }
    }

    private static bool IsProvided(IReadOnlyList<Argument> arguments, string name)
    {
        for (var argumentIndex = 0; argumentIndex < arguments.Count; argumentIndex++)
        {
            var argument = arguments[argumentIndex];
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
