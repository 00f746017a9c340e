namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The fifth held-out set (pool 6; unseen by the rules of extraction-7, a tuning set since extraction-8): the same checks
/// as the dev set's.
/// </summary>
public sealed class HeldOut5LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut5";

    protected override char[] HashPool => ['6'];
}
