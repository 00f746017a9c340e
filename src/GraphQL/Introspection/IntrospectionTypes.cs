using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Introspection;

/// <summary>The introspection system: the <c>__Schema</c> family of types and the <c>__schema</c>, <c>__type</c> and <c>__typename</c> meta-fields.</summary>
public static class IntrospectionTypes
{
    private static readonly EnumType TypeKindEnum = CreateTypeKind();
    private static readonly EnumType DirectiveLocationEnum = CreateDirectiveLocation();
    private static readonly ObjectType TypeType = new("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
    private static readonly ObjectType FieldType = new("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
    private static readonly ObjectType InputValueType = new("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
    private static readonly ObjectType EnumValueType = new("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
    private static readonly ObjectType DirectiveType = new("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    static IntrospectionTypes()
    {
        Schema = new ObjectType("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
        Schema.Field("description", ScalarType.String, static c => ((Schema)c.Source!).Description);
        Schema.Field("types", TypeType.NonNull().List().NonNull(), static c => ((Schema)c.Source!).Types, "A list of all types supported by this server.");
        Schema.Field("queryType", TypeType.NonNull(), static c => ((Schema)c.Source!).Query, "The type that query operations will be rooted at.");
        Schema.Field("mutationType", TypeType, static c => ((Schema)c.Source!).Mutation, "If this server supports mutation, the type that mutation operations will be rooted at.");
        Schema.Field("subscriptionType", TypeType, static c => ((Schema)c.Source!).Subscription, "If this server support subscription, the type that subscription operations will be rooted at.");
        Schema.Field("directives", DirectiveType.NonNull().List().NonNull(), static c => ((Schema)c.Source!).Directives, "A list of all directives supported by this server.");

        TypeType.Field("kind", TypeKindEnum.NonNull(), static c => ((GraphQLType)c.Source!).Kind);
        TypeType.Field("name", ScalarType.String, static c => (c.Source as NamedType)?.Name);
        TypeType.Field("description", ScalarType.String, static c => (c.Source as NamedType)?.Description);
        TypeType.Field("specifiedByURL", ScalarType.String, static c => (c.Source as ScalarType)?.SpecifiedByUrl);
        TypeType.Field("fields", FieldType.NonNull().List(), static c => c.Source is FieldContainerType container
                ? Visible(container.Fields, c, static f => f.IsDeprecated)
                : null)
            .ArgumentWithDefault("includeDeprecated", ScalarType.Boolean, false);
        TypeType.Field("interfaces", TypeType.NonNull().List(), static c => (c.Source as FieldContainerType)?.Interfaces);
        TypeType.Field("possibleTypes", TypeType.NonNull().List(), static c => c.Source is NamedType { IsAbstractType: true } abstractType
            ? c.Schema.GetPossibleTypes(abstractType)
            : null);
        TypeType.Field("enumValues", EnumValueType.NonNull().List(), static c => c.Source is EnumType enumType
                ? Visible(enumType.Values, c, static v => v.IsDeprecated)
                : null)
            .ArgumentWithDefault("includeDeprecated", ScalarType.Boolean, false);
        TypeType.Field("inputFields", InputValueType.NonNull().List(), static c => c.Source is InputObjectType input
                ? Visible(input.Fields, c, static f => f.IsDeprecated)
                : null)
            .ArgumentWithDefault("includeDeprecated", ScalarType.Boolean, false);
        TypeType.Field("ofType", TypeType, static c => c.Source switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        TypeType.Field("isOneOf", ScalarType.Boolean, static c => c.Source is InputObjectType input ? input.IsOneOf : null);

        FieldType.Field("name", ScalarType.String.NonNull(), static c => ((FieldDefinition)c.Source!).Name);
        FieldType.Field("description", ScalarType.String, static c => ((FieldDefinition)c.Source!).Description);
        FieldType.Field("args", InputValueType.NonNull().List().NonNull(), static c =>
                Visible(((FieldDefinition)c.Source!).Arguments, c, static a => a.IsDeprecated))
            .ArgumentWithDefault("includeDeprecated", ScalarType.Boolean, false);
        FieldType.Field("type", TypeType.NonNull(), static c => ((FieldDefinition)c.Source!).Type);
        FieldType.Field("isDeprecated", ScalarType.Boolean.NonNull(), static c => ((FieldDefinition)c.Source!).IsDeprecated);
        FieldType.Field("deprecationReason", ScalarType.String, static c => ((FieldDefinition)c.Source!).DeprecationReason);

        InputValueType.Field("name", ScalarType.String.NonNull(), static c => ((InputValueDefinition)c.Source!).Name);
        InputValueType.Field("description", ScalarType.String, static c => ((InputValueDefinition)c.Source!).Description);
        InputValueType.Field("type", TypeType.NonNull(), static c => ((InputValueDefinition)c.Source!).Type);
        InputValueType.Field("defaultValue", ScalarType.String, static c => PrintDefaultValue((InputValueDefinition)c.Source!),
            "A GraphQL-formatted string representing the default value for this input value.");
        InputValueType.Field("isDeprecated", ScalarType.Boolean.NonNull(), static c => ((InputValueDefinition)c.Source!).IsDeprecated);
        InputValueType.Field("deprecationReason", ScalarType.String, static c => ((InputValueDefinition)c.Source!).DeprecationReason);

        EnumValueType.Field("name", ScalarType.String.NonNull(), static c => ((EnumValueDefinition)c.Source!).Name);
        EnumValueType.Field("description", ScalarType.String, static c => ((EnumValueDefinition)c.Source!).Description);
        EnumValueType.Field("isDeprecated", ScalarType.Boolean.NonNull(), static c => ((EnumValueDefinition)c.Source!).IsDeprecated);
        EnumValueType.Field("deprecationReason", ScalarType.String, static c => ((EnumValueDefinition)c.Source!).DeprecationReason);

        DirectiveType.Field("name", ScalarType.String.NonNull(), static c => ((DirectiveDefinition)c.Source!).Name);
        DirectiveType.Field("description", ScalarType.String, static c => ((DirectiveDefinition)c.Source!).Description);
        DirectiveType.Field("isRepeatable", ScalarType.Boolean.NonNull(), static c => ((DirectiveDefinition)c.Source!).IsRepeatable);
        DirectiveType.Field("locations", DirectiveLocationEnum.NonNull().List().NonNull(), static c => ((DirectiveDefinition)c.Source!).Locations);
        DirectiveType.Field("args", InputValueType.NonNull().List().NonNull(), static c =>
                Visible(((DirectiveDefinition)c.Source!).Arguments, c, static a => a.IsDeprecated))
            .ArgumentWithDefault("includeDeprecated", ScalarType.Boolean, false);

        SchemaField = new FieldDefinition("__schema", Schema.NonNull())
        {
            Description = "Access the current type schema of this server.",
            Resolver = static c => new ValueTask<object?>(c.Schema),
        };
        TypeField = new FieldDefinition("__type", TypeType)
        {
            Description = "Request the type information of a single type.",
            Resolver = static c => new ValueTask<object?>(c.Schema.GetType(c.GetArgument<string>("name"))),
        }.Argument("name", ScalarType.String.NonNull());
        TypeNameField = new FieldDefinition("__typename", ScalarType.String.NonNull())
        {
            Description = "The name of the current Object type at runtime.",
            Resolver = static c => new ValueTask<object?>(c.ParentType.Name),
        };
    }

    /// <summary>The <c>__Schema</c> type; every schema's type map includes it and the types it reaches.</summary>
    public static ObjectType Schema { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static FieldDefinition TypeNameField { get; }

    /// <summary>
    /// The definition a field name refers to on <paramref name="parentType"/>, including the meta-fields
    /// (<c>__schema</c> and <c>__type</c> only on the query root); null when the type has no such field.
    /// </summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__typename" when parentType.IsCompositeType:
                    return TypeNameField;
                case "__schema" when ReferenceEquals(parentType, schema.Query):
                    return SchemaField;
                case "__type" when ReferenceEquals(parentType, schema.Query):
                    return TypeField;
            }
        }
        return (parentType as FieldContainerType)?.GetField(fieldName);
    }

    /// <summary>The members to list: all of them with <c>includeDeprecated: true</c>, otherwise the non-deprecated ones.</summary>
    private static IReadOnlyList<T> Visible<T>(IReadOnlyList<T> members, ResolveContext context, Func<T, bool> isDeprecated)
    {
        if (context.GetArgument("includeDeprecated", false))
        {
            return members;
        }
        List<T>? visible = null;
        for (var i = 0; i < members.Count; i++)
        {
            if (isDeprecated(members[i]))
            {
                visible ??= [.. members.Take(i)];
            }
            else
            {
                visible?.Add(members[i]);
            }
        }
        return visible ?? members;
    }

    public static bool IsIntrospectionType(NamedType type) => type.Name.StartsWith("__", StringComparison.Ordinal);

    private static string? PrintDefaultValue(InputValueDefinition value) =>
        value.HasDefaultValue && LiteralValues.FromValue(value.DefaultValue, value.Type) is { } literal ? DocumentPrinter.Print(literal) : null;

    private static EnumType CreateTypeKind() => new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.")
        .Value("SCALAR", TypeKind.Scalar, "Indicates this type is a scalar.")
        .Value("OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields.")
        .Value("INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.")
        .Value("UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field.")
        .Value("ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field.")
        .Value("INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field.")
        .Value("LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field.")
        .Value("NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field.");

    private static EnumType CreateDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            type.Value(DirectiveDefinition.LocationName(location), location);
        }
        return type;
    }
}
