namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The seventh held-out set (pool 7, which the authors of the rules it measures did not open): the same checks as the
/// dev set's.
/// </summary>
public sealed class HeldOut7LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut7";

    protected override char[] HashPool => ['7'];
}
