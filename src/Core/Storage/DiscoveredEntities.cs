using ClaimGraph.Model;

namespace ClaimGraph.Storage;

/// <summary>
/// How both stores keep discovered entities: every note's proposal (<see cref="NoteBatch.DiscoveredEntities"/>) is kept
/// beside the note, and the entity row is derived from all proposals for its id, so it does not depend on the order
/// notes were written in and disappears with the last note that proposes it. A catalog entity of the same id wins.
/// </summary>
public static class DiscoveredEntities
{
    /// <summary>
    /// The entity the proposals for one id stand for: the most frequent type other than <see cref="EntityType.Other"/>
    /// (ties: the earlier <see cref="EntityType"/>), or Other when every note proposes it, the most frequent name and non-empty description (ties:
    /// ordinal order), and as aliases every proposed name and alias, in ordinal order.
    /// </summary>
    public static Entity Resolve(string id, IReadOnlyCollection<Entity> proposals)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        if (proposals.Count == 0)
        {
            throw new ArgumentException($"No proposals for discovered entity '{id}'.", nameof(proposals));
        }

        // A note proposes Other when its text gives no cue, so Other is no vote against the type another note's text gives.
        var type = proposals.Where(p => p.Type != EntityType.Other)
            .GroupBy(p => p.Type)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .DefaultIfEmpty(EntityType.Other)
            .First();
        var name = MostFrequent(proposals.Select(p => p.Name)) ?? id;
        var description = MostFrequent(proposals.Select(p => p.Description).Where(d => d.Length > 0)) ?? "";
        var aliases = proposals.SelectMany(p => p.Aliases.Prepend(p.Name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return new Entity(id, name, type, aliases, description, EntitySource.Discovered);
    }

    /// <summary>Checks a note's proposals: each is discovered, has an id, and appears once. Returns their ids.</summary>
    public static HashSet<string> CheckProposals(NoteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in batch.DiscoveredEntities)
        {
            if (entity.Source != EntitySource.Discovered)
            {
                throw new InvalidOperationException(
                    $"Note '{batch.Note.Id}': discovered entity '{entity.Id}' has source {entity.Source}; a note may only propose discovered entities.");
            }

            if (string.IsNullOrWhiteSpace(entity.Id) || string.IsNullOrWhiteSpace(entity.Name))
            {
                throw new InvalidOperationException($"Note '{batch.Note.Id}': a discovered entity needs an id and a name (got id '{entity.Id}', name '{entity.Name}').");
            }

            if (!ids.Add(entity.Id))
            {
                throw new InvalidOperationException($"Note '{batch.Note.Id}' proposes the discovered entity '{entity.Id}' twice.");
            }
        }

        return ids;
    }

    /// <summary>Entity ids the note's mentions and evidence name that the note does not propose itself.</summary>
    public static HashSet<string> ReferencedButNotProposed(NoteBatch batch, HashSet<string> proposed)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in batch.Mentions)
        {
            ids.Add(mention.EntityId);
        }

        foreach (var evidence in batch.Evidence)
        {
            ids.Add(evidence.Relation.SubjectId);
            ids.Add(evidence.Relation.ObjectId);
        }

        ids.ExceptWith(proposed);
        return ids;
    }

    /// <summary>The error for a note that names a discovered entity without proposing it: the store could not tell when to drop it.</summary>
    public static InvalidOperationException NotProposed(string noteId, IEnumerable<string> entityIds) => new(
        $"Note '{noteId}' names the discovered entities {string.Join(", ", entityIds.Order(StringComparer.Ordinal).Select(id => $"'{id}'"))} " +
        "without listing them in its DiscoveredEntities; a note must propose every discovered entity it refers to.");

    private static string? MostFrequent(IEnumerable<string> values) => values
        .GroupBy(value => value, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();
}
