namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The fifth held-out set (pool 6, which the authors of the rules it measures did not open): the same checks as the
/// dev set's.
/// </summary>
public sealed class HeldOut5LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut5";

    protected override char[] HashPool => ['6'];
}
