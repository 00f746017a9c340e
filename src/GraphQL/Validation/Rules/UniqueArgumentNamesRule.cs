using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness: a field or directive is given each argument once.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.Field | ValidationNodeKinds.Directive;

    public override bool Enter(ValidationContext context, Node node)
    {
        var arguments = node is Field field ? field.Arguments : ((Directive)node).Arguments;
        if (arguments.Count < 2)
        {
            return true;
        }
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].Name;
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = string.Equals(arguments[j].Name, name, StringComparison.Ordinal);
            }
            if (seenBefore)
            {
                continue;
            }
            List<Node>? duplicates = null;
            for (var j = i + 1; j < arguments.Count; j++)
            {
                if (string.Equals(arguments[j].Name, name, StringComparison.Ordinal))
                {
                    (duplicates ??= [arguments[i]]).Add(arguments[j]);
                }
            }
            if (duplicates is not null)
            {
                context.ReportError(ValidationErrors.At($"There can be only one argument named \"{name}\".", duplicates));
            }
        }
        return true;
    }
}
