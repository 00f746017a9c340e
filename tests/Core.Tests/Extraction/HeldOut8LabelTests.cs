namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The eighth held-out set (pool 2, labelled by annotators who saw no rules and no extractor output, while the rules it
/// measures were written by authors who did not open it): the same checks as the dev set's.
/// </summary>
public sealed class HeldOut8LabelTests : LabelledSetChecks
{
    protected override string FolderName => "HeldOut8";

    protected override char[] HashPool => ['2'];
}
