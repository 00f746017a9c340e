using ClaimGraph.Model;
using Microsoft.Data.Sqlite;
using static ClaimGraph.Storage.Sqlite.SqliteRows;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Graph traversals as breadth-first searches in C#, one SQL statement per level: the whole frontier goes in as one
/// JSON array and only neighbours not yet seen come back, so a hub with thousands of edges costs one indexed scan
/// of its edges instead of thousands of queries.
/// </summary>
public sealed partial class SqliteClaimGraphStore
{
    internal const string UnseenNeighboursSql = """
        WITH frontier(id) AS (SELECT value FROM json_each($frontier)),
             seen(id) AS (SELECT value FROM json_each($seen))
        SELECT r.subject_id, r.object_id FROM frontier f JOIN relations r ON r.subject_id = f.id
        WHERE r.object_id NOT IN (SELECT id FROM seen)
        UNION
        SELECT r.object_id, r.subject_id FROM frontier f JOIN relations r ON r.object_id = f.id
        WHERE r.subject_id NOT IN (SELECT id FROM seen);
        """;

    internal const string StrongestRelationsSql = $"""
        WITH pairs(a, b) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each($pairs))
        SELECT p.a, p.b, {RelationColumns} FROM pairs p JOIN relations r ON r.subject_id = p.a AND r.object_id = p.b
        UNION ALL
        SELECT p.a, p.b, {RelationColumns} FROM pairs p JOIN relations r ON r.subject_id = p.b AND r.object_id = p.a;
        """;

    internal const string RelationsAmongSql = $"""
        WITH ids(id) AS (SELECT value FROM json_each($ids))
        SELECT {RelationColumns} FROM ids JOIN relations r ON r.subject_id = ids.id
        WHERE r.object_id IN (SELECT id FROM ids)
        ORDER BY CASE r.origin WHEN 'curated' THEN 0 WHEN 'extracted' THEN 1 ELSE 2 END, r.confidence DESC, r.evidence_count DESC, r.id;
        """;

    /// <summary>The longest path <see cref="FindShortestPathsAsync"/> looks for, whatever the caller asks.</summary>
    public const int MaxPathHops = 6;

    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(
        string fromEntityId, string toEntityId, int maxHops, int maxPaths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fromEntityId);
        ArgumentNullException.ThrowIfNull(toEntityId);
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPaths);
        maxHops = Math.Min(maxHops, MaxPathHops);
        if (maxPaths == 0 || maxHops == 0)
        {
            return [];
        }

        await using var session = await RentReadSessionAsync(cancellationToken);
        var known = await ReadExistingEntityIdsAsync(session, [fromEntityId, toEntityId], cancellationToken);
        if (!known.Contains(fromEntityId) || !known.Contains(toEntityId)
            || string.Equals(fromEntityId, toEntityId, StringComparison.Ordinal))
        {
            return [];
        }

        // Bidirectional BFS: each side records, for every node it reached, all neighbours one level closer to its origin,
        // so every shortest path can be rebuilt. The side with the smaller frontier expands next.
        var forward = new SearchSide(fromEntityId);
        var backward = new SearchSide(toEntityId);
        List<string> meeting = [];
        int explored = 0;
        while (explored < maxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var side = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            var other = ReferenceEquals(side, forward) ? backward : forward;
            var edges = await ReadUnseenNeighboursAsync(session, side.Frontier, side.Distance.Keys, cancellationToken);
            side.Advance(edges);
            explored++;

            int best = int.MaxValue;
            foreach (string node in side.Frontier)
            {
                if (other.Distance.TryGetValue(node, out int otherDistance))
                {
                    best = Math.Min(best, otherDistance);
                }
            }

            if (best != int.MaxValue)
            {
                meeting = side.Frontier.Where(node => other.Distance.TryGetValue(node, out int d) && d == best).Order(StringComparer.Ordinal).ToList();
                break;
            }
        }

        if (meeting.Count == 0)
        {
            return [];
        }

        var nodePaths = new List<List<string>>();
        foreach (string node in meeting)
        {
            foreach (var toSource in forward.PathsToOrigin(node, maxPaths - nodePaths.Count))
            {
                foreach (var toTarget in backward.PathsToOrigin(node, maxPaths - nodePaths.Count))
                {
                    var path = new List<string>(toSource.Count + toTarget.Count - 1);
                    path.AddRange(Enumerable.Reverse(toSource));
                    path.AddRange(toTarget.Skip(1));
                    nodePaths.Add(path);
                    if (nodePaths.Count == maxPaths)
                    {
                        break;
                    }
                }

                if (nodePaths.Count == maxPaths)
                {
                    break;
                }
            }

            if (nodePaths.Count == maxPaths)
            {
                break;
            }
        }

        var pairs = nodePaths.SelectMany(path => path.Zip(path.Skip(1))).ToList();
        var hops = await ReadStrongestRelationsAsync(session, pairs, cancellationToken);
        return nodePaths
            .Select(path => new GraphPath(path, path.Zip(path.Skip(1)).Select(pair => hops[PairKey(pair.First, pair.Second)]).ToList()))
            .ToList();
    }

    public async Task<Neighborhood> GetNeighborhoodAsync(string entityId, int depth, int maxNodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfNegative(maxNodes);
        await using var session = await RentReadSessionAsync(cancellationToken);
        var center = await ReadEntitiesAsync(session, [entityId], cancellationToken);
        if (center.Count == 0 || maxNodes == 0)
        {
            return new Neighborhood(entityId, [], []);
        }

        var nodes = new List<NeighborhoodNode> { new(center[0], 0) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { entityId };
        List<string> frontier = [entityId];
        for (int level = 1; level <= depth && frontier.Count > 0 && nodes.Count < maxNodes; level++)
        {
            var edges = await ReadUnseenNeighboursAsync(session, frontier, seen, cancellationToken);
            var candidates = edges.Select(edge => edge.To).Distinct(StringComparer.Ordinal).ToList();

            // Nearest first, then the most mentioned: when the cap cuts a level, the best-known entities stay.
            var ranked = (await ReadEntitiesAsync(session, candidates, cancellationToken))
                .OrderByDescending(entity => entity.MentionCount)
                .ThenBy(entity => entity.Id, StringComparer.Ordinal)
                .Take(maxNodes - nodes.Count)
                .ToList();
            frontier = [];
            foreach (var entity in ranked)
            {
                nodes.Add(new NeighborhoodNode(entity, level));
                seen.Add(entity.Id);
                frontier.Add(entity.Id);
            }
        }

        var command = session.Command(RelationsAmongSql);
        command.AddIds("$ids", seen);
        var relations = new List<RelationInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            relations.Add(ReadRelation(reader, 0));
        }

        return new Neighborhood(entityId, nodes, relations);
    }

    private static async Task<HashSet<string>> ReadExistingEntityIdsAsync(
        SqliteReadLease session, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var command = session.Command("SELECT id FROM entities WHERE id IN (SELECT value FROM json_each($ids));");
        command.AddIds("$ids", ids);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add(reader.GetString(0));
        }

        return existing;
    }

    private static async Task<List<EntityInfo>> ReadEntitiesAsync(
        SqliteReadLease session, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var command = session.Command($"SELECT {EntityColumns} FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids));");
        command.AddIds("$ids", ids);
        var entities = new List<EntityInfo>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entities.Add(ReadEntity(reader, 0));
        }

        return entities;
    }

    /// <summary>Edges (frontier node → neighbour) in either direction whose neighbour is not in <paramref name="seen"/>.</summary>
    private static async Task<List<(string From, string To)>> ReadUnseenNeighboursAsync(
        SqliteReadLease session, IEnumerable<string> frontier, IEnumerable<string> seen, CancellationToken cancellationToken)
    {
        var command = session.Command(UnseenNeighboursSql);
        command.AddIds("$frontier", frontier);
        command.AddIds("$seen", seen);
        var edges = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            edges.Add((reader.GetString(0), reader.GetString(1)));
        }

        return edges;
    }

    /// <summary>
    /// For each node pair, the relation that best stands for the hop: curated, then extracted, then co-mention, then confidence and evidence (<see cref="RelationStrength"/>).
    /// </summary>
    private static async Task<Dictionary<string, RelationInfo>> ReadStrongestRelationsAsync(
        SqliteReadLease session, IReadOnlyCollection<(string First, string Second)> pairs, CancellationToken cancellationToken)
    {
        var command = session.Command(StrongestRelationsSql);
        command.Parameters.AddWithValue("$pairs", System.Text.Json.JsonSerializer.Serialize(
            pairs.Select(pair => new[] { pair.First, pair.Second }).Distinct(PairComparer.Instance)));
        var best = new Dictionary<string, RelationInfo>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string key = PairKey(reader.GetString(0), reader.GetString(1));
            var relation = ReadRelation(reader, 2);
            if (!best.TryGetValue(key, out var current) || RelationStrength.IsStronger(relation, current))
            {
                best[key] = relation;
            }
        }

        return best;
    }

    private static string PairKey(string first, string second) => first + "\n" + second;

    private sealed class PairComparer : IEqualityComparer<string[]>
    {
        public static PairComparer Instance { get; } = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] obj) => HashCode.Combine(obj[0], obj[1]);
    }

    /// <summary>One direction of the bidirectional search.</summary>
    private sealed class SearchSide
    {
        private readonly string _origin;
        private readonly Dictionary<string, List<string>> _parents = new(StringComparer.Ordinal);

        public SearchSide(string origin)
        {
            _origin = origin;
            Distance[origin] = 0;
            Frontier = [origin];
        }

        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal);

        public List<string> Frontier { get; private set; }

        /// <summary>Takes the edges out of the current frontier to unseen nodes; their targets become the next frontier.</summary>
        public void Advance(IEnumerable<(string From, string To)> edges)
        {
            int level = Distance[Frontier[0]] + 1;
            var next = new List<string>();
            foreach (var (from, to) in edges)
            {
                if (!_parents.TryGetValue(to, out var parents))
                {
                    parents = [];
                    _parents[to] = parents;
                    Distance[to] = level;
                    next.Add(to);
                }

                parents.Add(from);
            }

            foreach (var parents in next.Select(node => _parents[node]))
            {
                parents.Sort(StringComparer.Ordinal);
            }

            Frontier = next;
        }

        /// <summary>Up to <paramref name="limit"/> node sequences from <paramref name="node"/> back to the origin.</summary>
        public IEnumerable<List<string>> PathsToOrigin(string node, int limit)
        {
            int produced = 0;
            var stack = new List<string> { node };
            foreach (var path in Walk(stack))
            {
                yield return path;
                if (++produced >= limit)
                {
                    yield break;
                }
            }
        }

        private IEnumerable<List<string>> Walk(List<string> stack)
        {
            string last = stack[^1];
            if (string.Equals(last, _origin, StringComparison.Ordinal))
            {
                yield return [.. stack];
                yield break;
            }

            foreach (string parent in _parents[last])
            {
                stack.Add(parent);
                foreach (var path in Walk(stack))
                {
                    yield return path;
                }

                stack.RemoveAt(stack.Count - 1);
            }
        }
    }
}
