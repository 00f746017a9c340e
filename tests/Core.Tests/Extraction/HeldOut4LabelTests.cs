namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The fourth held-out set (pool a, which the authors of the rules it measures did not open): the same checks as the
/// dev set's.
/// </summary>
public sealed class HeldOut4LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut4";

    protected override char[] HashPool => ['a'];
}
