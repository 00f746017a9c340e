namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The ninth held-out set (the rest of pools 2 and 7, labelled by annotators who saw no rules and no extractor output,
/// while the rules it measures were written by authors who did not open it): the same checks as the dev set's.
/// </summary>
public sealed class HeldOut9LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut9";

    protected override char[] HashPool => ['2', '7'];
}
