using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Is Possible: some object type can be both the fragment's type and the enclosing selection's type.</summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.InlineFragment | ValidationNodeKinds.FragmentSpread;

    public override bool Enter(ValidationContext context, Node node)
    {
        if (context.ParentType is not { IsCompositeType: true } parentType)
        {
            return true;
        }
        switch (node)
        {
            case InlineFragment:
                if (context.Type is NamedType { IsCompositeType: true } fragmentType && !TypesOverlap(context.Schema, fragmentType, parentType))
                {
                    context.ReportError(ValidationErrors.At(
                        $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                        node));
                }
                break;
            case FragmentSpread spread:
                if (context.GetFragment(spread.Name) is { } fragment
                    && context.Schema.GetType(fragment.TypeCondition.Name) is { IsCompositeType: true } spreadType
                    && !TypesOverlap(context.Schema, spreadType, parentType))
                {
                    context.ReportError(ValidationErrors.At(
                        $"Fragment \"{spread.Name}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{spreadType.Name}\".",
                        node));
                }
                break;
        }
        return true;
    }

    /// <summary>Whether some object type belongs to both composite types.</summary>
    internal static bool TypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var possible in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, possible))
                    {
                        return true;
                    }
                }
                return false;
            }
            return schema.IsSubType(a, b);
        }
        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
