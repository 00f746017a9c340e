using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimGraph.GraphQL.Language;

/// <summary>Prints syntax trees as canonical GraphQL text, in the layout graphql-js's <c>print</c> uses.</summary>
public static class DocumentPrinter
{
    public static string Print(Node node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    /// <summary>A string literal with the escapes graphql-js prints.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        WriteString(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, Node node, int indent)
    {
        // The printer feeds error messages and ToString: a tree too deep for the stack is elided, not a crash.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            builder.Append('…');
            return;
        }
        switch (node)
        {
            case Document document:
                for (var i = 0; i < document.Definitions.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append("\n\n");
                    }
                    Write(builder, document.Definitions[i], indent);
                }
                break;
            case OperationDefinition operation:
                WriteOperation(builder, operation, indent);
                break;
            case FragmentDefinition fragment:
                WriteDescription(builder, fragment.Description);
                builder.Append("fragment ").Append(fragment.Name).Append(" on ").Append(fragment.TypeCondition.Name);
                WriteDirectives(builder, fragment.Directives, indent);
                builder.Append(' ');
                Write(builder, fragment.SelectionSet, indent);
                break;
            case TypeSystemDefinition definition:
                builder.Append(definition.IsExtension ? "extend " : string.Empty).Append(definition.Kind);
                if (definition.Name is not null)
                {
                    builder.Append(definition.Kind == "directive" ? " @" : " ").Append(definition.Name);
                }
                break;
            case VariableDefinition variable:
                WriteDescription(builder, variable.Description);
                builder.Append('$').Append(variable.Name).Append(": ");
                Write(builder, variable.Type, indent);
                if (variable.DefaultValue is not null)
                {
                    builder.Append(" = ");
                    Write(builder, variable.DefaultValue, indent);
                }
                WriteDirectives(builder, variable.Directives, indent);
                break;
            case SelectionSet selectionSet:
                builder.Append("{\n");
                foreach (var selection in selectionSet.Selections)
                {
                    builder.Append(' ', (indent + 1) * 2);
                    Write(builder, selection, indent + 1);
                    builder.Append('\n');
                }
                builder.Append(' ', indent * 2).Append('}');
                break;
            case Field field:
                if (field.Alias is not null)
                {
                    builder.Append(field.Alias).Append(": ");
                }
                builder.Append(field.Name);
                WriteArguments(builder, field.Arguments, indent);
                WriteDirectives(builder, field.Directives, indent);
                if (field.SelectionSet is not null)
                {
                    builder.Append(' ');
                    Write(builder, field.SelectionSet, indent);
                }
                break;
            case FragmentSpread spread:
                builder.Append("...").Append(spread.Name);
                WriteDirectives(builder, spread.Directives, indent);
                break;
            case InlineFragment inline:
                builder.Append("...");
                if (inline.TypeCondition is not null)
                {
                    builder.Append(" on ").Append(inline.TypeCondition.Name);
                }
                WriteDirectives(builder, inline.Directives, indent);
                builder.Append(' ');
                Write(builder, inline.SelectionSet, indent);
                break;
            case Argument argument:
                builder.Append(argument.Name).Append(": ");
                Write(builder, argument.Value, indent);
                break;
            case Directive directive:
                builder.Append('@').Append(directive.Name);
                WriteArguments(builder, directive.Arguments, indent);
                break;
            case VariableReference variable:
                builder.Append('$').Append(variable.Name);
                break;
            case IntValue intValue:
                builder.Append(intValue.Value);
                break;
            case FloatValue floatValue:
                builder.Append(floatValue.Value);
                break;
            case StringValue stringValue:
                if (stringValue.IsBlock)
                {
                    builder.Append(BlockString.Print(stringValue.Value));
                }
                else
                {
                    WriteString(builder, stringValue.Value);
                }
                break;
            case BooleanValue booleanValue:
                builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValue:
                builder.Append("null");
                break;
            case EnumValue enumValue:
                builder.Append(enumValue.Value);
                break;
            case ListValue list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }
                    Write(builder, list.Values[i], indent);
                }
                builder.Append(']');
                break;
            case ObjectValue obj:
                builder.Append('{');
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }
                    Write(builder, obj.Fields[i], indent);
                }
                builder.Append('}');
                break;
            case ObjectField objectField:
                builder.Append(objectField.Name).Append(": ");
                Write(builder, objectField.Value, indent);
                break;
            case NamedTypeReference named:
                builder.Append(named.Name);
                break;
            case ListTypeReference listType:
                builder.Append('[');
                Write(builder, listType.OfType, indent);
                builder.Append(']');
                break;
            case NonNullTypeReference nonNull:
                Write(builder, nonNull.OfType, indent);
                builder.Append('!');
                break;
            default:
                throw new ArgumentException($"Cannot print node {node.GetType().Name}.", nameof(node));
        }
    }

    private static void WriteOperation(StringBuilder builder, OperationDefinition operation, int indent)
    {
        WriteDescription(builder, operation.Description);
        var isShorthand = operation.Operation == OperationType.Query && operation.Name is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0 && operation.Description is null;
        if (!isShorthand)
        {
            builder.Append(operation.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            });
            if (operation.Name is not null)
            {
                builder.Append(' ').Append(operation.Name);
            }
            if (operation.VariableDefinitions.Count > 0)
            {
                builder.Append(operation.Name is null ? " (" : "(");
                for (var i = 0; i < operation.VariableDefinitions.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }
                    Write(builder, operation.VariableDefinitions[i], indent);
                }
                builder.Append(')');
            }
            WriteDirectives(builder, operation.Directives, indent);
            builder.Append(' ');
        }
        Write(builder, operation.SelectionSet, indent);
    }

    private static void WriteDescription(StringBuilder builder, StringValue? description)
    {
        if (description is null)
        {
            return;
        }
        if (description.IsBlock)
        {
            builder.Append(BlockString.Print(description.Value));
        }
        else
        {
            WriteString(builder, description.Value);
        }
        builder.Append('\n');
    }

    private static void WriteArguments(StringBuilder builder, IReadOnlyList<Argument> arguments, int indent)
    {
        if (arguments.Count == 0)
        {
            return;
        }
        builder.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            Write(builder, arguments[i], indent);
        }
        builder.Append(')');
    }

    private static void WriteDirectives(StringBuilder builder, IReadOnlyList<Directive> directives, int indent)
    {
        foreach (var directive in directives)
        {
            builder.Append(' ');
            Write(builder, directive, indent);
        }
    }

    private static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c is >= '\u007F' and <= '\u009F')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
    }
}
