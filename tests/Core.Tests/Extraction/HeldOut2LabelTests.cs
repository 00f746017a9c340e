namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The second held-out set (pool d, which the authors of the rules it measures did not open): the same checks as the
/// dev set's. It holds at least 30 notes once the four annotators' channels are merged.
/// </summary>
public sealed class HeldOut2LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut2";

    protected override char[] HashPool => ['d'];
}
