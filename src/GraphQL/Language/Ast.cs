namespace ClaimGraph.GraphQL.Language;

/// <summary>Where a node sits in the source: character offsets [Start, End) and the 1-based line and column of Start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public SourceLocation ToSourceLocation() => new(Line, Column);
}

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public abstract class Node(Location location)
{
    public Location Location { get; } = location;

    /// <summary>The node printed as canonical GraphQL text.</summary>
    public override string ToString() => DocumentPrinter.Print(this);
}

public sealed class Document(Location location, IReadOnlyList<Definition> definitions) : Node(location)
{
    public IReadOnlyList<Definition> Definitions { get; } = definitions;
}

public abstract class Definition(Location location) : Node(location);

public abstract class ExecutableDefinition(Location location, string? name, IReadOnlyList<Directive> directives, SelectionSet selectionSet)
    : Definition(location)
{
    public string? Name { get; } = name;
    public IReadOnlyList<Directive> Directives { get; } = directives;
    public SelectionSet SelectionSet { get; } = selectionSet;
}

public sealed class OperationDefinition(
    Location location,
    OperationType operation,
    string? name,
    IReadOnlyList<VariableDefinition> variableDefinitions,
    IReadOnlyList<Directive> directives,
    SelectionSet selectionSet) : ExecutableDefinition(location, name, directives, selectionSet)
{
    public OperationType Operation { get; } = operation;
    public IReadOnlyList<VariableDefinition> VariableDefinitions { get; } = variableDefinitions;
    public StringValue? Description { get; init; }

    /// <summary>Where the operation's name is written; the default location when the operation is anonymous or built by hand.</summary>
    public Location NameLocation { get; init; }
}

public sealed class FragmentDefinition(
    Location location,
    string name,
    NamedTypeReference typeCondition,
    IReadOnlyList<Directive> directives,
    SelectionSet selectionSet) : ExecutableDefinition(location, name, directives, selectionSet)
{
    public new string Name => base.Name!;
    public NamedTypeReference TypeCondition { get; } = typeCondition;
    public StringValue? Description { get; init; }

    /// <summary>Where the fragment's name is written (validation errors point there, as graphql-js's do).</summary>
    public Location NameLocation { get; init; }
}

/// <summary>
/// A type-system definition or extension found in a request document. The parser checks its full syntax
/// (so verdicts match the reference implementation) but keeps only its kind and name: such definitions
/// are never executable and exist in the tree so validation can report them.
/// </summary>
public sealed class TypeSystemDefinition(Location location, string kind, string? name, bool isExtension) : Definition(location)
{
    /// <summary>The keyword that introduced it: schema, scalar, type, interface, union, enum, input or directive.</summary>
    public string Kind { get; } = kind;
    public string? Name { get; } = name;
    public bool IsExtension { get; } = isExtension;
}

public sealed class VariableDefinition(
    Location location,
    VariableReference variable,
    TypeReference type,
    Value? defaultValue,
    IReadOnlyList<Directive> directives) : Node(location)
{
    public VariableReference Variable { get; } = variable;
    public string Name => Variable.Name;
    public TypeReference Type { get; } = type;
    public Value? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<Directive> Directives { get; } = directives;
    public StringValue? Description { get; init; }
}

public sealed class SelectionSet(Location location, IReadOnlyList<Selection> selections) : Node(location)
{
    public IReadOnlyList<Selection> Selections { get; } = selections;
}

public abstract class Selection(Location location, IReadOnlyList<Directive> directives) : Node(location)
{
    public IReadOnlyList<Directive> Directives { get; } = directives;
}

public sealed class Field(
    Location location,
    string? alias,
    string name,
    IReadOnlyList<Argument> arguments,
    IReadOnlyList<Directive> directives,
    SelectionSet? selectionSet) : Selection(location, directives)
{
    public string? Alias { get; } = alias;
    public string Name { get; } = name;
    public IReadOnlyList<Argument> Arguments { get; } = arguments;
    public SelectionSet? SelectionSet { get; } = selectionSet;

    /// <summary>The key under which this field's value appears in the response: the alias when present.</summary>
    public string ResponseKey => Alias ?? Name;
}

public sealed class FragmentSpread(Location location, string name, IReadOnlyList<Directive> directives)
    : Selection(location, directives)
{
    public string Name { get; } = name;

    /// <summary>Where the spread fragment's name is written, after the <c>...</c>.</summary>
    public Location NameLocation { get; init; }
}

public sealed class InlineFragment(
    Location location,
    NamedTypeReference? typeCondition,
    IReadOnlyList<Directive> directives,
    SelectionSet selectionSet) : Selection(location, directives)
{
    public NamedTypeReference? TypeCondition { get; } = typeCondition;
    public SelectionSet SelectionSet { get; } = selectionSet;
}

public sealed class Argument(Location location, string name, Value value) : Node(location)
{
    public string Name { get; } = name;
    public Value Value { get; } = value;
}

public sealed class Directive(Location location, string name, IReadOnlyList<Argument> arguments) : Node(location)
{
    public string Name { get; } = name;
    public IReadOnlyList<Argument> Arguments { get; } = arguments;
}

public abstract class Value(Location location) : Node(location);

public sealed class VariableReference(Location location, string name) : Value(location)
{
    public string Name { get; } = name;

    /// <summary>Where the variable's name is written, after the <c>$</c>.</summary>
    public Location NameLocation { get; init; }
}

/// <summary>An integer literal, kept as written so range checks belong to the scalar that reads it.</summary>
public sealed class IntValue(Location location, string value) : Value(location)
{
    public string Value { get; } = value;
}

public sealed class FloatValue(Location location, string value) : Value(location)
{
    public string Value { get; } = value;
}

public sealed class StringValue(Location location, string value, bool isBlock) : Value(location)
{
    /// <summary>The string's value after escapes (and, for block strings, the dedent algorithm) are applied.</summary>
    public string Value { get; } = value;
    public bool IsBlock { get; } = isBlock;
}

public sealed class BooleanValue(Location location, bool value) : Value(location)
{
    public bool Value { get; } = value;
}

public sealed class NullValue(Location location) : Value(location);

public sealed class EnumValue(Location location, string value) : Value(location)
{
    public string Value { get; } = value;
}

public sealed class ListValue(Location location, IReadOnlyList<Value> values) : Value(location)
{
    public IReadOnlyList<Value> Values { get; } = values;
}

public sealed class ObjectValue(Location location, IReadOnlyList<ObjectField> fields) : Value(location)
{
    public IReadOnlyList<ObjectField> Fields { get; } = fields;
}

public sealed class ObjectField(Location location, string name, Value value) : Node(location)
{
    public string Name { get; } = name;
    public Value Value { get; } = value;
}

public abstract class TypeReference(Location location) : Node(location);

public sealed class NamedTypeReference(Location location, string name) : TypeReference(location)
{
    public string Name { get; } = name;
}

public sealed class ListTypeReference(Location location, TypeReference ofType) : TypeReference(location)
{
    public TypeReference OfType { get; } = ofType;
}

public sealed class NonNullTypeReference(Location location, TypeReference ofType) : TypeReference(location)
{
    public TypeReference OfType { get; } = ofType;
}
