using System.Collections;
using System.Globalization;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Execution;

/// <summary>Everything a resolver may need about the field being resolved and the request it belongs to.</summary>
public sealed class ResolveContext
{
    private readonly RequestExecution _request;

    internal ResolveContext(
        RequestExecution request,
        ObjectType parentType,
        FieldDefinition fieldDefinition,
        IReadOnlyList<Field> fieldNodes,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        ResponsePath path)
    {
        _request = request;
        ParentType = parentType;
        FieldDefinition = fieldDefinition;
        FieldNodes = fieldNodes;
        Source = source;
        Arguments = arguments;
        Path = path;
    }

    /// <summary>The value the parent field resolved to (the root value for top-level fields).</summary>
    public object? Source { get; }

    /// <summary>Coerced argument values; an argument absent from the request and without a default is absent here too.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition FieldDefinition { get; }

    public GraphQLType ReturnType => FieldDefinition.Type;

    /// <summary>The first syntax node selecting this field; see <see cref="FieldNodes"/> for all merged ones.</summary>
    public Field Field => FieldNodes[0];

    public IReadOnlyList<Field> FieldNodes { get; }

    public ResponsePath Path { get; }

    public Schema Schema => _request.Schema;

    public OperationDefinition Operation => _request.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _request.Variables;

    /// <summary>The request's services (the ASP.NET Core request scope when served over HTTP).</summary>
    public IServiceProvider Services => _request.Services;

    public CancellationToken CancellationToken => _request.CancellationToken;

    /// <summary>State shared by all resolvers of one request.</summary>
    public IDictionary<string, object?> Items => _request.Items;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>An argument converted to <typeparamref name="T"/>; <paramref name="defaultValue"/> when absent or null.</summary>
    public T GetArgument<T>(string name, T defaultValue = default!)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return defaultValue;
        }
        return (T)ConvertArgument(value, typeof(T), name)!;
    }

    /// <summary>The request's batch loader of this name, created with <paramref name="fetch"/> on first use.</summary>
    public BatchLoader<TKey, TValue> GetBatchLoader<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull => _request.Dispatcher.GetOrAdd(name, fetch);

    private object? ConvertArgument(object value, Type target, string name)
    {
        if (target.IsInstanceOfType(value))
        {
            return value;
        }
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum && value is string text)
        {
            return Enum.Parse(underlying, text, ignoreCase: true);
        }
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }
        if (value is IList list && underlying.IsGenericType)
        {
            var itemType = underlying.GetGenericArguments()[0];
            var typed = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            foreach (var item in list)
            {
                typed.Add(item is null ? null : ConvertArgument(item, itemType, name));
            }
            if (target.IsInstanceOfType(typed))
            {
                return typed;
            }
        }
        throw new InvalidCastException($"Argument \"{name}\" of {ParentType.Name}.{FieldDefinition.Name} holds a {value.GetType().Name}, not a {target.Name}.");
    }
}
