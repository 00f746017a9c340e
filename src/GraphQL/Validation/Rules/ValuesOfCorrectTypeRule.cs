using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type: every literal can be coerced to the input type expected where it stands — scalars through
/// their own literal parsing (so custom scalars decide for themselves), enums by value name, input objects with every
/// required field given, no unknown field, and for @oneOf input objects exactly one field, not null.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override ValidationNodeKinds Enters =>
        ValidationNodeKinds.ListValue | ValidationNodeKinds.ObjectValue | ValidationNodeKinds.ObjectField
        | ValidationNodeKinds.NullValue | ValidationNodeKinds.ScalarValue;

    public override bool Enter(ValidationContext context, Node node)
    {
        switch (node)
        {
            case ListValue list:
                if (context.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeafValue(context, list);
                    return false;
                }
                return true;
            case ObjectValue obj:
                if (context.InputType?.Named is not InputObjectType inputObject)
                {
                    CheckLeafValue(context, obj);
                    return false;
                }
                CheckInputObject(context, obj, inputObject);
                return true;
            case ObjectField field:
                if (context.InputType is null && context.ParentInputType?.Named is InputObjectType parentObject)
                {
                    var suggestions = Suggestions.For(field.Name, parentObject.Fields.Select(f => f.Name));
                    context.ReportError(ValidationErrors.At(
                        $"Field \"{field.Name}\" is not defined by type \"{parentObject.Name}\"." + Suggestions.DidYouMean(suggestions), field));
                }
                return true;
            case NullValue:
                if (context.InputType is NonNullType nonNull)
                {
                    context.ReportError(ValidationErrors.At($"Expected value of type \"{nonNull}\", found null.", node));
                }
                return true;
            default:
                CheckLeafValue(context, (Value)node);
                return true;
        }
    }

    private static void CheckInputObject(ValidationContext context, ObjectValue obj, InputObjectType type)
    {
        for (var fieldIndex = 0; fieldIndex < type.Fields.Count; fieldIndex++)
        {
            var field = type.Fields[fieldIndex];
            if (field.IsRequired && Find(obj, field.Name) is null)
            {
                context.ReportError(ValidationErrors.At(
                    $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj));
            }
        }
        if (!type.IsOneOf)
        {
            return;
        }
        var distinctNames = new HashSet<string>(StringComparer.Ordinal);
        for (var fieldIndex = 0; fieldIndex < obj.Fields.Count; fieldIndex++)
        {
            var field = obj.Fields[fieldIndex];
            distinctNames.Add(field.Name);
        }
        if (distinctNames.Count != 1)
        {
            context.ReportError(ValidationErrors.At($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj));
            return;
        }
        var only = obj.Fields[^1];
        if (only.Value is NullValue)
        {
            context.ReportError(ValidationErrors.At($"Field \"{type.Name}.{only.Name}\" must be non-null.", obj));
        }
    }

    private static ObjectField? Find(ObjectValue obj, string name)
    {
        for (var fieldIndex = 0; fieldIndex < obj.Fields.Count; fieldIndex++)
        {
            var field = obj.Fields[fieldIndex];
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }
        return null;
    }

    /// <summary>Checks a literal where a leaf type (or, wrongly, a list or object) is expected.</summary>
    private static void CheckLeafValue(ValidationContext context, Value value)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }
        switch (locationType.Named)
        {
            case EnumType enumType:
                CheckEnumValue(context, value, enumType);
                return;
            case ScalarType scalar:
                CheckScalarValue(context, value, scalar, locationType);
                return;
            default:
                context.ReportError(ValidationErrors.At($"Expected value of type \"{locationType}\", found {DocumentPrinter.Print(value)}.", value));
                return;
        }
    }

    private static void CheckEnumValue(ValidationContext context, Value value, EnumType type)
    {
        if (value is EnumValue enumValue && type.GetValue(enumValue.Value) is not null)
        {
            return;
        }
        var printed = DocumentPrinter.Print(value);
        var suggestions = Suggestions.DidYouMean("the enum value", Suggestions.For(printed, type.Values.Select(v => v.Name)));
        context.ReportError(ValidationErrors.At(
            value is EnumValue
                ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum." + suggestions
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}." + suggestions,
            value));
    }

    private static void CheckScalarValue(ValidationContext context, Value value, ScalarType scalar, GraphQLType locationType)
    {
        string? message;
        try
        {
            message = scalar.ParseLiteral(value, null) is null
                ? $"Expected value of type \"{locationType}\", found {DocumentPrinter.Print(value)}."
                : null;
        }
        catch (GraphQLError error)
        {
            message = error.Message;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A custom scalar's parser may fail any way it likes; graphql-js reports every such failure as a bad value.
            message = $"Expected value of type \"{locationType}\", found {DocumentPrinter.Print(value)}; {exception.Message}";
        }
        if (message is not null)
        {
            context.ReportError(ValidationErrors.At(message, value));
        }
    }
}
