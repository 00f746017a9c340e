using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using ClaimGraph.GraphQL.Introspection;
using ClaimGraph.GraphQL.Language;
using ClaimGraph.GraphQL.Types;

namespace ClaimGraph.GraphQL.Execution;

/// <summary>
/// Executes a parsed (and validated) document against a schema as the specification's ExecuteRequest describes:
/// query fields concurrently, mutation fields serially, null propagation to the nearest nullable parent, and
/// batch loaders dispatched whenever every pending resolver is waiting on one.
/// </summary>
public static class Executor
{
    /// <summary>The <c>extensions.code</c> of the error reported when execution runs out of time.</summary>
    public const string TimeoutErrorCode = "TIMEOUT";

    /// <summary>The <c>extensions.code</c> of a field error caused by an exception other than <see cref="GraphQLError"/>.</summary>
    public const string UnexpectedErrorCode = "INTERNAL_SERVER_ERROR";

    public const string UnexpectedErrorMessage = "Unexpected error while resolving the field.";

    private static readonly IReadOnlyDictionary<string, object?> UnexpectedErrorExtensions =
        new Dictionary<string, object?> { ["code"] = UnexpectedErrorCode };

    private static readonly object Skipped = new();
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        Document document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        IServiceProvider? services = null,
        GraphQLOptions? options = null,
        object? rootValue = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= GraphQLOptions.Default;

        var operation = GetOperation(document, operationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.RequestError(operationError!);
        }
        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.RequestError(GraphQLError.AtNodes(
                $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", operation));
        }
        if (operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.RequestError(GraphQLError.AtNodes("Subscriptions are not supported by this server.", operation));
        }

        var variableErrors = new List<GraphQLError>();
        var coercedVariables = InputCoercion.CoerceVariableValues(schema, operation, variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.RequestError(variableErrors);
        }

        using var timeout = options.Limits.ExecutionTimeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(options.Limits.ExecutionTimeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        var request = new RequestExecution(schema, document, operation, coercedVariables, services ?? EmptyServiceProvider.Instance, options, token);

        List<FieldGroup> groups;
        try
        {
            groups = CollectRootFields(request, rootType, operation.SelectionSet);
        }
        catch (GraphQLError error)
        {
            return ExecutionResult.RequestError(error);
        }
        object? data;
        try
        {
            ValueTask<object?> execution;
            Task<object?>? batching = null;
            // Resolvers start without the caller's synchronization context, so their continuations run inline when a
            // batch completes (queuing the next level's keys before the next dispatch) instead of being posted away.
            var callerContext = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                execution = ExecuteFieldsAsync(request, rootType, rootValue, groups, null, serial: operation.Operation == OperationType.Mutation);
                if (!execution.IsCompleted)
                {
                    batching = RunWithBatchingAsync(request, execution.AsTask(), token);
                }
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(callerContext);
            }
            data = batching is null ? await execution : await batching;
        }
        catch (PropagatedNullException)
        {
            data = null;
        }
        catch (Exception exception) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Whatever a resolver threw once the time was up (OperationCanceledException, or a store's own "interrupted"
            // error) is the timeout's doing, not a fault of its own.
            var limitMs = (long)options.Limits.ExecutionTimeout!.Value.TotalMilliseconds;
            var errors = request.Errors;
            errors.Add(new GraphQLError(
                $"Execution exceeded the time limit of {limitMs} ms (ExecutionTimeout) and was cancelled.",
                extensions: new Dictionary<string, object?> { ["code"] = TimeoutErrorCode, ["timeoutMs"] = limitMs },
                innerException: exception));
            return new ExecutionResult { HasData = true, Data = null, Errors = errors };
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && exception is not OperationCanceledException)
        {
            throw new OperationCanceledException("The request was cancelled while it executed.", exception, cancellationToken);
        }

        var fieldErrors = request.Errors;
        return new ExecutionResult { HasData = true, Data = data as ResultMap, Errors = fieldErrors.Count > 0 ? fieldErrors : null };
    }

    /// <summary>GetOperation: the named operation, or the only one when no name is given.</summary>
    public static OperationDefinition? GetOperation(Document document, string? operationName, out GraphQLError? error)
    {
        ArgumentNullException.ThrowIfNull(document);
        OperationDefinition? found = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinition operation)
            {
                continue;
            }
            if (string.IsNullOrEmpty(operationName))
            {
                if (found is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }
                found = operation;
            }
            else if (string.Equals(operation.Name, operationName, StringComparison.Ordinal))
            {
                return operation;
            }
        }
        if (found is null)
        {
            error = new GraphQLError(string.IsNullOrEmpty(operationName) ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
        }
        return found;
    }

    // Resolvers waiting on batch loaders leave the execution incomplete; whenever nothing else can proceed the
    // pending keys are dispatched, which resumes those resolvers and lets them queue the next level's keys.
    private static async Task<object?> RunWithBatchingAsync(RequestExecution request, Task<object?> execution, CancellationToken cancellationToken)
    {
        var dispatcher = request.Dispatcher;
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = cancellationToken.Register(() => cancelled.TrySetResult());
        while (!execution.IsCompleted)
        {
            if (dispatcher.HasPendingKeys)
            {
                // Resolvers resumed on other threads (after real I/O) may still be queuing keys of the same level:
                // wait until a round trip through the thread pool sees no new key, then dispatch them together.
                long queued;
                do
                {
                    queued = dispatcher.KeysQueued;
                    await Task.Yield();
                }
                while (queued != dispatcher.KeysQueued);
                await dispatcher.DispatchAllAsync(cancellationToken);
                continue;
            }
            await Task.WhenAny(execution, dispatcher.WhenKeysPendingAsync(), cancelled.Task);
            cancellationToken.ThrowIfCancellationRequested();
        }
        return await execution;
    }

    private static async ValueTask<object?> ExecuteFieldsAsync(
        RequestExecution request, ObjectType type, object? source, List<FieldGroup> groups, ResponsePath? path, bool serial)
    {
        var map = new ResultMap(groups.Count);
        var propagated = false;
        if (serial)
        {
            for (var i = 0; i < groups.Count; i++)
            {
                try
                {
                    var value = await ExecuteFieldAsync(request, type, source, groups[i], path);
                    if (!ReferenceEquals(value, Skipped))
                    {
                        map.Set(i, groups[i].ResponseKey, value);
                    }
                }
                catch (PropagatedNullException)
                {
                    propagated = true;
                }
            }
        }
        else
        {
            var pending = new ValueTask<object?>[groups.Count];
            for (var i = 0; i < groups.Count; i++)
            {
                pending[i] = ExecuteFieldAsync(request, type, source, groups[i], path);
            }
            for (var i = 0; i < pending.Length; i++)
            {
                try
                {
                    var value = await pending[i];
                    if (!ReferenceEquals(value, Skipped))
                    {
                        map.Set(i, groups[i].ResponseKey, value);
                    }
                }
                catch (PropagatedNullException)
                {
                    propagated = true;
                }
            }
        }
        if (propagated)
        {
            throw new PropagatedNullException();
        }
        return map;
    }

    private static async ValueTask<object?> ExecuteFieldAsync(
        RequestExecution request, ObjectType parentType, object? source, FieldGroup group, ResponsePath? parentPath)
    {
        var fieldNode = group.Fields[0];
        var definition = group.Definition;
        if (definition is null)
        {
            return Skipped;
        }
        var path = parentPath is null ? ResponsePath.Root(group.ResponseKey) : parentPath.Append(group.ResponseKey);
        try
        {
            var arguments = InputCoercion.CoerceArgumentValues(definition.Arguments, fieldNode.Arguments, request.Variables, fieldNode);
            var context = new ResolveContext(request, parentType, definition, group.Fields, source, arguments, path);
            var resolver = definition.Resolver ?? DefaultResolver;
            var result = await resolver(context);
            return await CompleteValueAsync(request, definition.Type, group, context, path, result);
        }
        catch (PropagatedNullException) when (definition.Type is not NonNullType)
        {
            return null;
        }
        catch (Exception exception) when (exception is not PropagatedNullException && !IsRequestCancellation(request, exception))
        {
            request.AddError(ToFieldError(request, exception, group.Fields, path));
            if (definition.Type is NonNullType)
            {
                throw new PropagatedNullException();
            }
            return null;
        }
    }

    private static async ValueTask<object?> CompleteValueAsync(
        RequestExecution request, GraphQLType type, FieldGroup group, ResolveContext context, ResponsePath path, object? result)
    {
        if (type is NonNullType nonNull)
        {
            var completed = await CompleteValueAsync(request, nonNull.OfType, group, context, path, result);
            return completed ?? throw new GraphQLError(
                $"Cannot return null for non-nullable field {context.ParentType.Name}.{context.FieldDefinition.Name}.");
        }
        if (result is null)
        {
            return null;
        }
        switch (type)
        {
            case ScalarType scalar:
                return scalar.Serialize(result) ?? throw new GraphQLError(
                    $"Expected `{scalar.Name}.serialize({ValueDisplay.Of(result)})` to return non-nullable value, returned: null");
            case EnumType enumType:
                return enumType.Serialize(result);
            case ListType list:
                return await CompleteListAsync(request, list, group, context, path, result);
            case ObjectType objectType:
                return await CompleteObjectAsync(request, objectType, group, context, path, result);
            case InterfaceType or UnionType:
                var runtimeType = ResolveRuntimeType(request, (NamedType)type, context, result);
                return await CompleteObjectAsync(request, runtimeType, group, context, path, result);
            default:
                throw new GraphQLError($"Cannot complete value of unexpected output type: {type}.");
        }
    }

    private static async ValueTask<object?> CompleteListAsync(
        RequestExecution request, ListType type, FieldGroup group, ResolveContext context, ResponsePath path, object result)
    {
        if (result is string || result is not IEnumerable items)
        {
            throw new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\".");
        }
        var pending = new List<ValueTask<object?>>(items is ICollection collection ? collection.Count : 4);
        var index = 0;
        foreach (var item in items)
        {
            pending.Add(CompleteListItemAsync(request, type.OfType, group, context, path.Append(index++), item));
        }
        var completed = new object?[pending.Count];
        var propagated = false;
        for (var i = 0; i < pending.Count; i++)
        {
            try
            {
                completed[i] = await pending[i];
            }
            catch (PropagatedNullException)
            {
                propagated = true;
            }
        }
        if (propagated)
        {
            throw new PropagatedNullException();
        }
        return completed;
    }

    private static async ValueTask<object?> CompleteListItemAsync(
        RequestExecution request, GraphQLType itemType, FieldGroup group, ResolveContext context, ResponsePath itemPath, object? item)
    {
        try
        {
            return await CompleteValueAsync(request, itemType, group, context, itemPath, item);
        }
        catch (PropagatedNullException) when (itemType is not NonNullType)
        {
            return null;
        }
        catch (Exception exception) when (exception is not PropagatedNullException && !IsRequestCancellation(request, exception))
        {
            request.AddError(ToFieldError(request, exception, context.FieldNodes, itemPath));
            if (itemType is NonNullType)
            {
                throw new PropagatedNullException();
            }
            return null;
        }
    }

    private static ValueTask<object?> CompleteObjectAsync(
        RequestExecution request, ObjectType objectType, FieldGroup group, ResolveContext context, ResponsePath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {ValueDisplay.Of(result)}.");
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GraphQLError($"Result is nested too deeply ({path.Depth} levels) to complete on this thread's stack.");
        }
        var groups = group.GetSubfields(objectType, request.CollectSubfields);
        return ExecuteFieldsAsync(request, objectType, result, groups, path, serial: false);
    }

    private static ObjectType ResolveRuntimeType(RequestExecution request, NamedType abstractType, ResolveContext context, object result)
    {
        var resolveType = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        ObjectType? runtimeType = null;
        if (resolveType is not null)
        {
            runtimeType = resolveType(result);
        }
        else
        {
            foreach (var candidate in request.Schema.GetPossibleTypes(abstractType))
            {
                if (candidate.IsTypeOf?.Invoke(result) == true)
                {
                    runtimeType = candidate;
                    break;
                }
            }
        }
        if (runtimeType is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\". "
                + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        if (!ReferenceEquals(request.Schema.GetType(runtimeType.Name), runtimeType) || !request.Schema.IsSubType(abstractType, runtimeType))
        {
            throw new GraphQLError($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }
        return runtimeType;
    }

    private static List<FieldGroup> CollectRootFields(RequestExecution request, ObjectType type, SelectionSet selectionSet)
    {
        var groups = new List<FieldGroup>();
        var index = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        CollectFields(request, type, selectionSet, groups, index, visitedFragments: null);
        return groups;
    }

    internal static List<FieldGroup> CollectSubfields(RequestExecution request, ObjectType type, IReadOnlyList<Field> fields)
    {
        var groups = new List<FieldGroup>();
        var index = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        HashSet<string>? visited = null;
        foreach (var field in fields)
        {
            if (field.SelectionSet is not null)
            {
                CollectFields(request, type, field.SelectionSet, groups, index, visited ??= new HashSet<string>(StringComparer.Ordinal));
            }
        }
        return groups;
    }

    /// <summary>CollectFields: groups the selections that apply to <paramref name="type"/> by response key, honouring @skip and @include.</summary>
    private static void CollectFields(
        RequestExecution request,
        ObjectType type,
        SelectionSet selectionSet,
        List<FieldGroup> groups,
        Dictionary<string, FieldGroup> index,
        HashSet<string>? visitedFragments)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw GraphQLError.AtNodes("Selections are nested too deeply to collect on this thread's stack.", selectionSet);
        }
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(request, selection.Directives))
            {
                continue;
            }
            switch (selection)
            {
                case Field field:
                    var key = field.ResponseKey;
                    if (index.TryGetValue(key, out var group))
                    {
                        group.Fields.Add(field);
                    }
                    else
                    {
                        group = new FieldGroup(key, field, IntrospectionTypes.GetFieldDefinition(request.Schema, type, field.Name));
                        index.Add(key, group);
                        groups.Add(group);
                    }
                    break;
                case FragmentSpread spread:
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(spread.Name)
                        || !request.Fragments.TryGetValue(spread.Name, out var fragment)
                        || !DoesFragmentTypeApply(request.Schema, type, fragment.TypeCondition.Name))
                    {
                        continue;
                    }
                    CollectFields(request, type, fragment.SelectionSet, groups, index, visitedFragments);
                    break;
                case InlineFragment inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(request.Schema, type, inline.TypeCondition.Name))
                    {
                        continue;
                    }
                    CollectFields(request, type, inline.SelectionSet, groups, index, visitedFragments);
                    break;
            }
        }
    }

    private static bool ShouldInclude(RequestExecution request, IReadOnlyList<Directive> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name == "skip")
            {
                var arguments = InputCoercion.CoerceArgumentValues(DirectiveDefinition.Skip.Arguments, directive.Arguments, request.Variables, directive);
                if (arguments.TryGetValue("if", out var skip) && skip is true)
                {
                    return false;
                }
            }
            else if (directive.Name == "include")
            {
                var arguments = InputCoercion.CoerceArgumentValues(DirectiveDefinition.Include.Arguments, directive.Arguments, request.Variables, directive);
                if (arguments.TryGetValue("if", out var include) && include is false)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, string typeConditionName)
    {
        var conditionType = schema.GetType(typeConditionName);
        if (conditionType is null)
        {
            return false;
        }
        if (ReferenceEquals(conditionType, objectType))
        {
            return true;
        }
        return conditionType.IsAbstractType && schema.IsSubType(conditionType, objectType);
    }

    /// <summary>Reads the field from a dictionary entry or a public property of the parent value (names compared ignoring case).</summary>
    public static ValueTask<object?> DefaultResolver(ResolveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.FieldDefinition.Name;
        object? value = context.Source switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> dictionary => dictionary.GetValueOrDefault(name),
            IDictionary<string, object?> dictionary => dictionary.TryGetValue(name, out var entry) ? entry : null,
            var source => Properties.GetOrAdd((source.GetType(), name), static key =>
                key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase))?.GetValue(source),
        };
        return new ValueTask<object?>(value);
    }

    // Not only OperationCanceledException: a store interrupted by the cancellation reports it in its own terms (SQLite's
    // "interrupted"), and that is the request ending, not a field failing.
    private static bool IsRequestCancellation(RequestExecution request, Exception exception) =>
        exception is not PropagatedNullException && request.CancellationToken.IsCancellationRequested;

    private static GraphQLError ToFieldError(RequestExecution request, Exception exception, IReadOnlyList<Field> fields, ResponsePath path)
    {
        var locations = new SourceLocation[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            locations[i] = fields[i].Location.ToSourceLocation();
        }
        if (exception is GraphQLError error)
        {
            return new GraphQLError(error.Message, error.Locations ?? locations, path.ToList(), error.Extensions, error);
        }
        var message = request.Options.ExposeExceptionMessages ? exception.Message : UnexpectedErrorMessage;
        return new GraphQLError(message, locations, path.ToList(), UnexpectedErrorExtensions, exception);
    }

    /// <summary>Signals that a non-null position received null: the null moves up to the nearest nullable parent.</summary>
    private sealed class PropagatedNullException : Exception
    {
        public PropagatedNullException()
            : base("A non-null field resolved to null; the null propagates to its parent.")
        {
        }
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static EmptyServiceProvider Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
