using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Execution;

/// <summary>
/// The specification's input coercion: CoerceVariableValues, CoerceArgumentValues, and literal coercion
/// (graphql-js <c>valueFromAST</c>). Internal values are CLR values: int, double, string, bool, enum internal
/// values, <see cref="List{T}"/> of object and <see cref="Dictionary{TKey, TValue}"/> keyed by field name.
/// </summary>
public static class InputCoercion
{
    private const int MaxVariableErrors = 50;

    /// <summary>Converts a type reference from the document to a schema type; null when a named type is unknown.</summary>
    public static GraphQLType? TypeFromReference(Schema schema, TypeReference reference) => reference switch
    {
        NamedTypeReference named => schema.GetType(named.Name),
        ListTypeReference list => TypeFromReference(schema, list.OfType) is { } inner ? new ListType(inner) : null,
        NonNullTypeReference nonNull => TypeFromReference(schema, nonNull.OfType) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>CoerceVariableValues: the operation's variables from request values; errors make the request fail.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema,
        OperationDefinition operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            if (errors.Count >= MaxVariableErrors)
            {
                errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
                break;
            }
            var name = definition.Name;
            var type = TypeFromReference(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLError.AtNodes(
                    $"Variable \"${name}\" expected value of type \"{DocumentPrinter.Print(definition.Type)}\" which cannot be used as an input type.",
                    definition.Type));
                continue;
            }
            var hasValue = inputs is not null && inputs.ContainsKey(name);
            if (!hasValue)
            {
                if (definition.DefaultValue is not null)
                {
                    if (TryCoerceLiteral(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(GraphQLError.AtNodes($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }
                continue;
            }
            var value = inputs![name];
            if (value is null && type is NonNullType)
            {
                errors.Add(GraphQLError.AtNodes($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }
            var variableErrors = new List<(string Path, object? Value, string Message)>();
            var result = CoerceInputValue(value, type, new StringBuilder(), variableErrors);
            if (variableErrors.Count == 0)
            {
                coerced[name] = result;
                continue;
            }
            foreach (var (path, invalid, message) in variableErrors)
            {
                var prefix = $"Variable \"${name}\" got invalid value {ValueDisplay.Of(invalid)}";
                if (path.Length > 0)
                {
                    prefix += $" at \"{name}{path}\"";
                }
                errors.Add(GraphQLError.AtNodes(prefix + "; " + message, definition));
            }
        }
        return coerced;
    }

    /// <summary>Coerces an external (JSON-like) value to <paramref name="type"/>, collecting errors with their path.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, StringBuilder path, List<(string Path, object? Value, string Message)> errors)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            errors.Add((path.ToString(), value, "Value is nested too deeply to coerce."));
            return null;
        }
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                errors.Add((path.ToString(), value, $"Expected non-nullable type \"{type}\" not to be null."));
                return null;
            }
            return CoerceInputValue(value, nonNull.OfType, path, errors);
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        var length = path.Length;
                        path.Append('[').Append(index++).Append(']');
                        items.Add(CoerceInputValue(item, list.OfType, path, errors));
                        path.Length = length;
                    }
                    return items;
                }
                return new List<object?> { CoerceInputValue(value, list.OfType, path, errors) };
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, path, errors);
            case ScalarType scalar:
                try
                {
                    var parsed = scalar.ParseValue(value);
                    if (parsed is null)
                    {
                        errors.Add((path.ToString(), value, $"Expected type \"{scalar.Name}\"."));
                    }
                    return parsed;
                }
                catch (Exception exception) when (exception is GraphQLError or FormatException or InvalidCastException or OverflowException)
                {
                    errors.Add((path.ToString(), value, exception.Message));
                    return null;
                }
            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLError error)
                {
                    errors.Add((path.ToString(), value, error.Message));
                    return null;
                }
            default:
                errors.Add((path.ToString(), value, $"Type \"{type}\" is not an input type."));
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(object value, InputObjectType type, StringBuilder path, List<(string, object?, string)> errors)
    {
        if (!TryGetFields(value, out var fields))
        {
            errors.Add((path.ToString(), value, $"Expected type \"{type.Name}\" to be an object."));
            return null;
        }
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    errors.Add((path.ToString(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }
                continue;
            }
            var length = path.Length;
            path.Append('.').Append(field.Name);
            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, path, errors);
            path.Length = length;
        }
        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is null)
            {
                errors.Add((path.ToString(), value, $"Field \"{name}\" is not defined by type \"{type.Name}\"."));
            }
        }
        if (type.IsOneOf)
        {
            if (fields.Count != 1)
            {
                errors.Add((path.ToString(), value, $"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            else
            {
                foreach (var (key, fieldValue) in fields)
                {
                    if (fieldValue is null)
                    {
                        errors.Add((path.ToString() + "." + key, fieldValue, $"Field \"{key}\" must be non-null."));
                    }
                }
            }
        }
        return coerced;
    }

    /// <summary>
    /// CoerceArgumentValues for a field or directive. Throws <see cref="GraphQLError"/> (a field error) when a required
    /// argument is missing or a value cannot be coerced.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<Argument> arguments,
        IReadOnlyDictionary<string, object?> variables,
        Node node)
    {
        if (definitions.Count == 0)
        {
            return EmptyArguments;
        }
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            Argument? argument = null;
            foreach (var candidate in arguments)
            {
                if (string.Equals(candidate.Name, definition.Name, StringComparison.Ordinal))
                {
                    argument = candidate;
                    break;
                }
            }
            bool hasValue;
            bool isNull;
            if (argument?.Value is VariableReference variable)
            {
                hasValue = variables.TryGetValue(variable.Name, out var variableValue);
                isNull = hasValue && variableValue is null;
            }
            else
            {
                hasValue = argument is not null;
                isNull = argument?.Value is NullValue;
            }
            if (!hasValue && definition.HasDefaultValue)
            {
                coerced[definition.Name] = definition.DefaultValue;
                continue;
            }
            if (definition.Type is NonNullType && (!hasValue || isNull))
            {
                if (isNull)
                {
                    throw GraphQLError.AtNodes($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", argument);
                }
                if (argument?.Value is VariableReference missing)
                {
                    throw GraphQLError.AtNodes(
                        $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${missing.Name}\" which was not provided a runtime value.",
                        argument.Value);
                }
                throw GraphQLError.AtNodes($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", node);
            }
            if (!hasValue)
            {
                continue;
            }
            if (argument!.Value is VariableReference reference)
            {
                coerced[definition.Name] = variables[reference.Name];
                continue;
            }
            if (!TryCoerceLiteral(argument.Value, definition.Type, variables, out var value))
            {
                throw GraphQLError.AtNodes($"Argument \"{definition.Name}\" has invalid value {DocumentPrinter.Print(argument.Value)}.", argument.Value);
            }
            coerced[definition.Name] = value;
        }
        return coerced;
    }

    /// <summary>Literal coercion (graphql-js <c>valueFromAST</c>); false when the literal is not a valid value of the type.</summary>
    public static bool TryCoerceLiteral(Value node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return false;
        }
        if (node is VariableReference variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name, out value))
            {
                return false;
            }
            return value is not null || type is not NonNullType;
        }
        if (type is NonNullType nonNull)
        {
            return node is not NullValue && TryCoerceLiteral(node, nonNull.OfType, variables, out value);
        }
        if (node is NullValue)
        {
            return true;
        }
        switch (type)
        {
            case ListType list:
                if (node is ListValue listValue)
                {
                    var items = new List<object?>(listValue.Values.Count);
                    foreach (var itemNode in listValue.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return false;
                            }
                            items.Add(null);
                            continue;
                        }
                        if (!TryCoerceLiteral(itemNode, list.OfType, variables, out var item))
                        {
                            return false;
                        }
                        items.Add(item);
                    }
                    value = items;
                    return true;
                }
                if (!TryCoerceLiteral(node, list.OfType, variables, out var single))
                {
                    return false;
                }
                value = new List<object?> { single };
                return true;
            case InputObjectType inputObject:
                if (node is not ObjectValue objectValue)
                {
                    return false;
                }
                var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    ObjectField? fieldNode = null;
                    foreach (var candidate in objectValue.Fields)
                    {
                        if (string.Equals(candidate.Name, field.Name, StringComparison.Ordinal))
                        {
                            fieldNode = candidate;
                            break;
                        }
                    }
                    if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue)
                        {
                            fields[field.Name] = field.DefaultValue;
                        }
                        else if (field.Type is NonNullType)
                        {
                            return false;
                        }
                        continue;
                    }
                    if (!TryCoerceLiteral(fieldNode.Value, field.Type, variables, out var fieldValue))
                    {
                        return false;
                    }
                    fields[field.Name] = fieldValue;
                }
                foreach (var candidate in objectValue.Fields)
                {
                    if (inputObject.GetField(candidate.Name) is null)
                    {
                        return false;
                    }
                }
                if (inputObject.IsOneOf && (fields.Count != 1 || fields.Values.First() is null))
                {
                    return false;
                }
                value = fields;
                return true;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return value is not null;
                }
                catch (Exception exception) when (exception is GraphQLError or FormatException or InvalidCastException or OverflowException)
                {
                    return false;
                }
            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(node);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }
            default:
                return false;
        }
    }

    internal static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>(0);

    private static bool IsMissingVariable(Value node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableReference variable && (variables is null || !variables.ContainsKey(variable.Name));

    private static bool IsList(object value) => value is IEnumerable and not string and not IDictionary
        && value is not IReadOnlyDictionary<string, object?> && value is not IDictionary<string, object?>;

    private static bool TryGetFields(object value, out IReadOnlyDictionary<string, object?> fields)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                fields = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                fields = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            default:
                fields = EmptyArguments;
                return false;
        }
    }
}
