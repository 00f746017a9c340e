using ClaimGraph.Ingest.Extraction;
using ClaimGraph.ExtractionScore.Scoring;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Linking;
using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.ExtractionScore.Labels;

/// <summary>A label that does not fit its note: the label file, the line and what is wrong.</summary>
public sealed record LabelProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>
/// Turns a label file and its parsed note into what the scorer compares: each entity's identity keys and every place a
/// surface form occurs in the claims' visible text (case-sensitive, on word boundaries, the longest name winning where
/// names overlap), as source spans of the note. Every label that does not fit the note is reported as a problem.
/// </summary>
public static class GoldNoteBuilder
{
    public static GoldNote Build(LabelFile labels, ParsedNote note, IReadOnlyList<CatalogEntity> catalog, List<LabelProblem> problems)
    {
        var occurrences = labels.Entities.ToDictionary(e => e, _ => new List<GoldOccurrence>());
        var nested = labels.Entities.ToDictionary(e => e, _ => new List<GoldOccurrence>());
        foreach (var claim in note.Claims)
        {
            var candidates = labels.Entities
                .SelectMany(entity => entity.Surfaces.SelectMany(surface => FindWord(claim.Text, surface).Select(start => (Entity: entity, Start: start, surface.Length, Surface: surface))))
                .OrderBy(c => c.Start)
                .ThenByDescending(c => c.Length)
                .ToList();
            var accepted = new List<(LabelledEntity Entity, int Start, int Length, string Surface)>();
            foreach (var candidate in candidates)
            {
                var occurrence = new GoldOccurrence(claim.SourceSpanOf(candidate.Start, candidate.Length), candidate.Surface, claim.Text);
                var overlapped = accepted.FindIndex(a => a.Start < candidate.Start + candidate.Length && candidate.Start < a.Start + a.Length);
                if (overlapped < 0)
                {
                    accepted.Add(candidate);
                    occurrences[candidate.Entity].Add(occurrence);
                }
                else if (accepted[overlapped].Entity != candidate.Entity && candidate.Start + candidate.Length <= accepted[overlapped].Start + accepted[overlapped].Length)
                {
                    nested[candidate.Entity].Add(occurrence);
                }
            }
        }

        var claimText = string.Join(' ', note.Claims.Select(c => QuoteText.Normalize(c.Text)));
        foreach (var entity in labels.Entities)
        {
            foreach (var surface in entity.Surfaces.Where(s => !occurrences[entity].Concat(nested[entity]).Any(o => o.Surface == s)))
            {
                problems.Add(new LabelProblem(labels.Path, entity.Line,
                    $"surface '{surface}' of '{entity.Name}' occurs in no claim of {labels.Note} (case-sensitive, whole words; headings, front matter and link targets are not claims)"));
            }
        }

        foreach (var (quote, line) in labels.Relations.Select(r => (r.Quote, r.Line)).Concat(labels.Negatives.Select(n => (n.Quote, n.Line))))
        {
            if (!claimText.Contains(QuoteText.Normalize(quote), StringComparison.Ordinal))
            {
                problems.Add(new LabelProblem(labels.Path, line, $"quote not found in the claims of {labels.Note}: \"{quote}\""));
            }
        }

        var index = new CatalogIndex(catalog);
        var entities = labels.Entities.Select(e => new GoldEntity(e.Name, e.Type, index.KeysOf(e), occurrences[e], nested[e])).ToList();
        foreach (var group in entities.SelectMany(e => e.Keys.Select(k => (Key: k, Entity: e))).GroupBy(p => p.Key).Where(g => g.Count() > 1))
        {
            problems.Add(new LabelProblem(labels.Path, labels.Entities.First(e => e.Name == group.First().Entity.Name).Line,
                $"entities {string.Join(" and ", group.Select(p => $"'{p.Entity.Name}'"))} share the identity '{group.Key}'"));
        }

        return new GoldNote(
            labels.Note,
            entities,
            labels.Relations.Select(r => new GoldRelation(r.Subject, r.Predicate, r.Object, r.Explicit, r.Quote)).ToList(),
            labels.Negatives.Select(n => new GoldNegative(n.Subject, n.Predicate, n.Object, n.Quote, n.Reason)).ToList());
    }

    /// <summary>Starts of the whole-word, case-sensitive occurrences of <paramref name="word"/> in <paramref name="text"/>.</summary>
    internal static IEnumerable<int> FindWord(string text, string word)
    {
        for (var start = text.IndexOf(word, StringComparison.Ordinal); start >= 0; start = text.IndexOf(word, start + 1, StringComparison.Ordinal))
        {
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return start;
            }
        }
    }

    /// <summary>
    /// Resolves a labelled entity to its identity keys: a pinned id; else the catalog id when the name is a catalog name or
    /// alias (with the alias's letter-case rule); else the slug of its name and of each surface form.
    /// </summary>
    private sealed class CatalogIndex(IReadOnlyList<CatalogEntity> catalog)
    {
        private readonly HashSet<string> _catalogIds = catalog.Select(c => c.Entity.Id).ToHashSet(StringComparer.Ordinal);

        public IReadOnlySet<string> KeysOf(LabelledEntity entity)
        {
            if (entity.Id is { } pinned && _catalogIds.Contains(pinned))
            {
                return new HashSet<string> { EntityKey.Of(pinned) };
            }

            if (entity.Id is null && CatalogIdOf(entity.Name) is { } catalogId)
            {
                return new HashSet<string> { EntityKey.Of(catalogId) };
            }

            var keys = new[] { entity.Id ?? entity.Name, entity.Name }.Concat(entity.Surfaces).SelectMany(KeysOf).ToHashSet(StringComparer.Ordinal);
            keys.Remove("");
            return keys;
        }

        // A catalog name wins over another entity's alias: "Groq" is the chip company of that name, not the model Grok,
        // whose alias list holds it as a transcript spelling.
        private string? CatalogIdOf(string name) =>
            catalog.FirstOrDefault(c => string.Equals(c.Entity.Name, name, StringComparison.OrdinalIgnoreCase))?.Entity.Id
            ?? catalog.FirstOrDefault(c => c.Aliases.Any(a =>
                string.Equals(a.Text, name, a.Case == AliasCase.Sensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)))?.Entity.Id;

        /// <summary>
        /// The text's key, and its slug's key where the slug (as discovered ids are made) differs in more than '+' or '#';
        /// for "C++", "C#" and "F#" also the spelled-out id discovery gives them ("cpp").
        /// </summary>
        private static IEnumerable<string> KeysOf(string text)
        {
            yield return EntityKey.Of(text);
            if (EntityDiscoverer.SymbolLanguageKey(text) is { } spelled)
            {
                yield return EntityKey.Of(spelled);
            }

            if (!text.Any(c => c is '+' or '#'))
            {
                yield return EntityKey.Of(Slug.From(text));
            }
        }
    }
}
