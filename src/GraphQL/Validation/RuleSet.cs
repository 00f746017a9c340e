namespace ClaimGraph.GraphQL.Validation;

/// <summary>A list of rules with, for each node kind, the indices of the rules that enter or leave it (computed once).</summary>
internal sealed class RuleSet
{
    public const int KindCount = 18;

    public RuleSet(IReadOnlyList<IValidationRule> rules)
    {
        Rules = [.. rules];
        EnterRules = new int[KindCount][];
        LeaveRules = new int[KindCount][];
        for (var kind = 0; kind < KindCount; kind++)
        {
            var flag = (ValidationNodeKinds)(1 << kind);
            EnterRules[kind] = Indices(rule => (rule.Enters & flag) != 0);
            LeaveRules[kind] = Indices(rule => (rule.Leaves & flag) != 0);
        }
    }

    public IValidationRule[] Rules { get; }

    /// <summary>By node kind (the bit position of its <see cref="ValidationNodeKinds"/> flag), the rules to enter, in rule order.</summary>
    public int[][] EnterRules { get; }

    public int[][] LeaveRules { get; }

    private int[] Indices(Func<IValidationRule, bool> predicate)
    {
        var indices = new List<int>();
        for (var i = 0; i < Rules.Length; i++)
        {
            if (predicate(Rules[i]))
            {
                indices.Add(i);
            }
        }
        return [.. indices];
    }
}
