using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimGraph.Core.Tests.Storage;

/// <summary>
/// A fact of the store contract suite. It runs like <see cref="FactAttribute"/>, except that when the concrete test class
/// carries <see cref="RequiresEnvironmentAttribute"/> and one of the named variables is unset, the case is reported as
/// skipped with that reason (xunit 2 has no dynamic skip, so the decision is made at discovery).
/// </summary>
/// <remarks>
/// For another store (Neo4j): subclass <see cref="ClaimGraphStoreContract{TFactory}"/> with a factory for that store and
/// put <c>[RequiresEnvironment("NEO4J_URI")]</c> on the subclass. Without the variable every inherited case shows as
/// skipped ("requires NEO4J_URI"), never as passed. The factory is still constructed as a class fixture even when every
/// case is skipped, so its constructor must not connect: connect in <see cref="IClaimGraphStoreFactory.CreateAsync"/>.
/// </remarks>
[XunitTestCaseDiscoverer("ClaimGraph.Core.Tests.Storage.StoreFactDiscoverer", "ClaimGraph.Core.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a contract test class whose store needs the named environment variables (e.g. <c>NEO4J_URI</c>).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequiresEnvironmentAttribute(string variable) : Attribute
{
    public string Variable { get; } = variable;
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var missing = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute))
            .Select(attribute => (string)attribute.GetConstructorArguments().First())
            .Where(variable => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
            .ToList();
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (missing.Count > 0)
        {
            string reason = $"{testMethod.TestClass.Class.Name} requires {string.Join(", ", missing)} to be set";
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
