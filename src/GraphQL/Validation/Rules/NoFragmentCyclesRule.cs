using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Not Form Cycles. A depth-first search over the spread graph that reports every cycle once; it keeps
/// its own stack, so a chain of thousands of fragments cannot overflow the thread's stack.
/// </summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    public override ValidationNodeKinds Enters => ValidationNodeKinds.OperationDefinition | ValidationNodeKinds.FragmentDefinition;

    public override bool Enter(ValidationContext context, Node node)
    {
        if (node is FragmentDefinition fragment)
        {
            DetectCycles(context, fragment, context.GetRuleState<HashSet<string>>(this));
        }
        return false;
    }

    private static void DetectCycles(ValidationContext context, FragmentDefinition root, HashSet<string> visited)
    {
        if (!visited.Add(root.Name))
        {
            return;
        }
        var rootSpreads = context.GetFragmentSpreads(root.SelectionSet);
        if (rootSpreads.Count == 0)
        {
            return;
        }
        // The path of spreads from the root to the fragment being explored, and where each fragment on it starts.
        var spreadPath = new List<FragmentSpread>();
        var pathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal) { [root.Name] = 0 };
        var frames = new Stack<Frame>();
        frames.Push(new Frame(root.Name, rootSpreads));
        while (frames.Count > 0)
        {
            var frame = frames.Peek();
            if (frame.Next == frame.Spreads.Count)
            {
                frames.Pop();
                pathIndexByName.Remove(frame.FragmentName);
                if (frames.Count > 0)
                {
                    spreadPath.RemoveAt(spreadPath.Count - 1);
                }
                continue;
            }
            var spread = frame.Spreads[frame.Next++];
            spreadPath.Add(spread);
            if (pathIndexByName.TryGetValue(spread.Name, out var cycleIndex))
            {
                ReportCycle(context, spread.Name, spreadPath, cycleIndex);
                spreadPath.RemoveAt(spreadPath.Count - 1);
                continue;
            }
            if (context.GetFragment(spread.Name) is { } target && visited.Add(target.Name))
            {
                var spreads = context.GetFragmentSpreads(target.SelectionSet);
                if (spreads.Count > 0)
                {
                    pathIndexByName[target.Name] = spreadPath.Count;
                    frames.Push(new Frame(target.Name, spreads));
                    continue;
                }
            }
            spreadPath.RemoveAt(spreadPath.Count - 1);
        }
    }

    private static void ReportCycle(ValidationContext context, string name, List<FragmentSpread> spreadPath, int cycleIndex)
    {
        var cycle = spreadPath.GetRange(cycleIndex, spreadPath.Count - cycleIndex);
        var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => $"\"{s.Name}\""));
        context.ReportError(ValidationErrors.At(
            $"Cannot spread fragment \"{name}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
            cycle));
    }

    private sealed class Frame(string fragmentName, IReadOnlyList<FragmentSpread> spreads)
    {
        public string FragmentName { get; } = fragmentName;

        public IReadOnlyList<FragmentSpread> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
