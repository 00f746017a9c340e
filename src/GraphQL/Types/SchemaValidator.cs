using System.Text.RegularExpressions;

namespace ClaimGraph.GraphQL.Types;

/// <summary>The specification's type-system validation: catches mistakes in code-first schemas at construction.</summary>
internal static partial class SchemaValidator
{
    public static List<string> Validate(Schema schema, IReadOnlyList<string> duplicateNames)
    {
        var errors = new List<string>();
        foreach (var name in duplicateNames.Distinct(StringComparer.Ordinal))
        {
            errors.Add($"Schema must contain uniquely named types but contains multiple types named \"{name}\".");
        }
        CheckRoot(errors, "Query", schema.Query);
        if (schema.Mutation is not null)
        {
            CheckRoot(errors, "Mutation", schema.Mutation);
        }
        if (schema.Subscription is not null)
        {
            CheckRoot(errors, "Subscription", schema.Subscription);
        }

        foreach (var directive in schema.Directives)
        {
            CheckName(errors, directive.Name, $"@{directive.Name}", allowReserved: DirectiveDefinition.IsSpecified(directive));
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include one or more locations.");
            }
            CheckArguments(errors, $"@{directive.Name}", directive.Arguments);
        }

        foreach (var type in schema.Types)
        {
            var isIntrospection = type.Name.StartsWith("__", StringComparison.Ordinal);
            CheckName(errors, type.Name, type.Name, allowReserved: isIntrospection);
            switch (type)
            {
                case FieldContainerType container:
                    CheckFields(errors, container);
                    CheckInterfaces(schema, errors, container);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        errors.Add($"Union type {union.Name} must define one or more member types.");
                    }
                    if (union.Types.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count() != union.Types.Count)
                    {
                        errors.Add($"Union type {union.Name} can only include each member type once.");
                    }
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        errors.Add($"Enum type {enumType.Name} must define one or more values.");
                    }
                    foreach (var value in enumType.Values)
                    {
                        CheckName(errors, value.Name, $"{enumType.Name}.{value.Name}", allowReserved: false);
                        if (value.Name is "true" or "false" or "null")
                        {
                            errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
                        }
                    }
                    break;
                case InputObjectType input:
                    CheckInputObject(errors, input);
                    break;
            }
        }
        return errors;
    }

    private static void CheckRoot(List<string> errors, string operation, ObjectType type)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"{operation} root type {type.Name} must define one or more fields.");
        }
    }

    private static void CheckName(List<string> errors, string name, string what, bool allowReserved)
    {
        if (!NamePattern().IsMatch(name))
        {
            errors.Add($"Names must only contain [_a-zA-Z0-9] and start with [_a-zA-Z], but \"{what}\" does not.");
        }
        else if (!allowReserved && name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{what}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void CheckFields(List<string> errors, FieldContainerType container)
    {
        if (container.Fields.Count == 0)
        {
            errors.Add($"Type {container.Name} must define one or more fields.");
        }
        var isIntrospection = container.Name.StartsWith("__", StringComparison.Ordinal);
        foreach (var field in container.Fields)
        {
            CheckName(errors, field.Name, $"{container.Name}.{field.Name}", allowReserved: isIntrospection);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {container.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }
            CheckArguments(errors, $"{container.Name}.{field.Name}", field.Arguments);
        }
    }

    private static void CheckArguments(List<string> errors, string owner, IReadOnlyList<InputValueDefinition> arguments)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            CheckName(errors, argument.Name, $"{owner}({argument.Name}:)", allowReserved: false);
            if (!seen.Add(argument.Name))
            {
                errors.Add($"Argument {owner}({argument.Name}:) is defined more than once.");
            }
            if (!argument.Type.IsInputType)
            {
                errors.Add($"The type of {owner}({argument.Name}:) must be Input Type but got: {argument.Type}.");
            }
            if (argument.IsRequired && argument.IsDeprecated)
            {
                errors.Add($"Required argument {owner}({argument.Name}:) cannot be deprecated.");
            }
        }
    }

    private static void CheckInputObject(List<string> errors, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }
        foreach (var field in input.Fields)
        {
            CheckName(errors, field.Name, $"{input.Name}.{field.Name}", allowReserved: false);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }
            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
                }
                if (field.HasDefaultValue)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
                }
            }
        }
        if (!input.IsOneOf)
        {
            CheckInputCycle(errors, input, input, [], []);
        }
    }

    // An input object may not reach itself through a chain of non-null, non-list fields: no finite value could exist.
    private static void CheckInputCycle(List<string> errors, InputObjectType root, InputObjectType current, HashSet<InputObjectType> visited, List<string> path)
    {
        if (!visited.Add(current))
        {
            return;
        }
        foreach (var field in current.Fields)
        {
            if (field.Type is NonNullType { OfType: InputObjectType next })
            {
                path.Add(field.Name);
                if (ReferenceEquals(next, root))
                {
                    errors.Add($"Cannot reference Input Object \"{root.Name}\" within itself through a series of non-null fields: \"{string.Join('.', path)}\".");
                }
                else
                {
                    CheckInputCycle(errors, root, next, visited, path);
                }
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static void CheckInterfaces(Schema schema, List<string> errors, FieldContainerType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.");
                continue;
            }
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    errors.Add(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.");
                }
            }
            foreach (var interfaceField in iface.Fields)
            {
                var field = type.GetField(interfaceField.Name);
                if (field is null)
                {
                    errors.Add($"Interface field {iface.Name}.{interfaceField.Name} expected but {type.Name} does not provide it.");
                    continue;
                }
                if (!schema.IsTypeSubTypeOf(field.Type, interfaceField.Type))
                {
                    errors.Add($"Interface field {iface.Name}.{interfaceField.Name} expects type {interfaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
                }
                foreach (var interfaceArgument in interfaceField.Arguments)
                {
                    var argument = field.GetArgument(interfaceArgument.Name);
                    if (argument is null)
                    {
                        errors.Add($"Interface field argument {iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
                    }
                    else if (!GraphQLType.AreEqual(argument.Type, interfaceArgument.Type))
                    {
                        errors.Add($"Interface field argument {iface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.");
                    }
                }
                foreach (var argument in field.Arguments)
                {
                    if (argument.IsRequired && interfaceField.GetArgument(argument.Name) is null)
                    {
                        errors.Add($"Argument {type.Name}.{field.Name}({argument.Name}:) must not be required type {argument.Type} if not provided by the Interface field {iface.Name}.{interfaceField.Name}.");
                    }
                }
            }
        }
    }

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}
