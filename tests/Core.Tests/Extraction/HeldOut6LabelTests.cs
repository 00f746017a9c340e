namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The sixth held-out set (pool 4, which the authors of the rules it measures did not open): the same checks as the
/// dev set's.
/// </summary>
public sealed class HeldOut6LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut6";

    protected override char[] HashPool => ['4'];
}
