using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimGraph.Core.Tests.Storage;

/// <summary>
/// A fact of the store contract suite. It runs like <see cref="FactAttribute"/>, except that when the concrete test class
/// carries <see cref="StoreAvailableWhenAttribute"/> and its store is unavailable here, the case is reported as skipped
/// with the reason the store gives (xunit 2 has no dynamic skip, so the decision is made at discovery).
/// </summary>
/// <remarks>
/// For another store (Neo4j): subclass <see cref="ClaimGraphStoreContract{TFactory}"/> with a factory for that store and
/// put <c>[StoreAvailableWhen(typeof(X))]</c> on the subclass, where <c>X</c> has a static <c>string? UnavailableReason()</c>.
/// When it returns a reason every inherited case shows as skipped with it, never as passed. The factory is still
/// constructed as a class fixture even when every case is skipped, so its constructor must not connect: connect in
/// <see cref="IClaimGraphStoreFactory.CreateAsync"/>.
/// </remarks>
[XunitTestCaseDiscoverer("ClaimGraph.Core.Tests.Storage.StoreFactDiscoverer", "ClaimGraph.Core.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Names the type whose static <c>string? UnavailableReason()</c> says whether a contract test class's store can run here.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class StoreAvailableWhenAttribute(Type availability) : Attribute
{
    public Type Availability { get; } = availability;

    /// <summary>The store's reason for being unavailable, or null.</summary>
    public static string? UnavailableReason(Type availability) =>
        availability.GetMethod("UnavailableReason", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static, Type.EmptyTypes) is { } method
            ? (string?)method.Invoke(null, null)
            : throw new InvalidOperationException($"{availability.FullName} has no public static string? UnavailableReason().");
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = testMethod.TestClass.Class.GetCustomAttributes(typeof(StoreAvailableWhenAttribute))
            .Select(attribute => StoreAvailableWhenAttribute.UnavailableReason((Type)attribute.GetConstructorArguments().First()))
            .FirstOrDefault(reason => reason is not null);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (reason is not null)
        {
            yield return new EnvironmentSkippedTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason);
        }
        else
        {
            yield return new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
        }
    }
}

/// <summary>A test case reported as skipped because its store's environment is missing.</summary>
public sealed class EnvironmentSkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public EnvironmentSkippedTestCase()
    {
    }

    public EnvironmentSkippedTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, string reason)
        : base(diagnosticMessageSink, display, displayOptions, testMethod)
    {
        _reason = reason;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        // Read the reason before the base class, which may initialize the case (and so ask for the skip reason) while deserializing.
        _reason = data.GetValue<string>("SkipReason");
        base.Deserialize(data);
    }
}
