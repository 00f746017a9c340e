using System.Text;
using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL following graphql-js's <c>printSchema</c> rule for rule, so that
/// <c>printSchema(buildClientSchema(introspection))</c> equals our output byte for byte: types in type-map order,
/// built-in scalars, introspection types and specified directives left out.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        var schemaDefinition = PrintSchemaDefinition(schema);
        if (schemaDefinition is not null)
        {
            parts.Add(schemaDefinition);
        }
        foreach (var directive in schema.Directives)
        {
            if (!DirectiveDefinition.IsSpecified(directive))
            {
                parts.Add(PrintDirective(directive));
            }
        }
        foreach (var type in schema.Types)
        {
            if (!ScalarType.IsBuiltIn(type) && !type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                parts.Add(PrintType(type));
            }
        }
        return string.Join("\n\n", parts);
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name
            + (scalar.SpecifiedByUrl is null ? string.Empty : $" @specifiedBy(url: {DocumentPrinter.PrintString(scalar.SpecifiedByUrl)})"),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintInterfaces(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintInterfaces(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name
            + PrintBlock(enumType.Values.Select((value, i) =>
                PrintDescription(value.Description, "  ", i == 0) + "  " + value.Name + PrintDeprecated(value.DeprecationReason))),
        InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + PrintBlock(input.Fields.Select((field, i) => PrintDescription(field.Description, "  ", i == 0) + "  " + PrintInputValue(field))),
        _ => throw new ArgumentException($"Unknown type {type.Name}.", nameof(type)),
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.Query.Name == "Query"
            && (schema.Mutation is null || schema.Mutation.Name == "Mutation")
            && (schema.Subscription is null || schema.Subscription.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }
        var builder = new StringBuilder(PrintDescription(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.Query.Name);
        if (schema.Mutation is not null)
        {
            builder.Append("\n  mutation: ").Append(schema.Mutation.Name);
        }
        if (schema.Subscription is not null)
        {
            builder.Append("\n  subscription: ").Append(schema.Subscription.Name);
        }
        return builder.Append("\n}").ToString();
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveDefinition.LocationName));

    private static string PrintInterfaces(FieldContainerType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(FieldContainerType type) =>
        PrintBlock(type.Fields.Select((field, i) =>
            PrintDescription(field.Description, "  ", i == 0) + "  " + field.Name + PrintArguments(field.Arguments, "  ")
            + ": " + field.Type + PrintDeprecated(field.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string PrintArguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }
        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            PrintDescription(argument.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && LiteralValues.FromValue(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + DocumentPrinter.Print(literal);
        }
        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        DirectiveDefinition.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {DocumentPrinter.PrintString(reason)})",
    };

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }
        var literal = BlockString.IsPrintable(description) ? BlockString.Print(description) : DocumentPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
