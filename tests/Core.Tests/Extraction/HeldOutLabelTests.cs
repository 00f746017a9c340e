namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The committed held-out set (pool e/f, never opened while the rules were tuned): the same checks as the dev set's.
/// It holds at least 30 notes once the three annotators' channels are merged.
/// </summary>
public sealed class HeldOutLabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut";

    protected override char[] HashPool => ['e', 'f'];
}
