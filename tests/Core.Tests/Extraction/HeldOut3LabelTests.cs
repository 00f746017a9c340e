namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The third held-out set (pools b and c, which the authors of the rules it measures did not open): the same checks as
/// the dev set's. It holds at least 30 notes once the annotators' channels are merged.
/// </summary>
public sealed class HeldOut3LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut3";

    protected override char[] HashPool => ['b', 'c'];
}
