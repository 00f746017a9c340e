using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Extraction;
using ClaimGraph.Ingest.Linking;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest;

/// <summary>A note's batch plus the problems found while linking it (a curated quote that no claim carries).</summary>
public sealed record NoteBatchResult(NoteBatch Batch, IReadOnlyList<IngestError> Errors)
{
    /// <summary>The note's timestamps read as minutes:seconds (<see cref="NoteTimestamps"/>).</summary>
    public int TimestampsRepaired { get; init; }

    /// <summary>The note's timestamps left without seconds, so without a deep link (malformed, impossible or untrusted).</summary>
    public int TimestampsDropped { get; init; }
}

/// <summary>
/// Turns a parsed note into what a store writes: claims with ids and deep links (timestamps read by
/// <see cref="NoteTimestamps"/>), entity mentions (catalog aliases and discovered names) mapped back to source spans,
/// co-mention evidence for every pair of entities named in one claim, extracted evidence for the typed relations the
/// rules of <see cref="ExtractionRules"/> find, curated evidence for the catalog's quotes, and the discovered entities
/// the note refers to.
/// </summary>
public sealed class NoteBatchBuilder(EntityCatalog catalog)
{
    private readonly NoteExtractor _extractor = new(catalog);

    public NoteBatchResult Build(ParsedNote parsed, string noteId, string contentHash, string sourcePath)
    {
        var note = new Note(
            noteId,
            parsed.Title,
            ChannelName.Canonical(parsed.Channel, sourcePath),
            parsed.Author,
            parsed.VideoId,
            parsed.SourceUrl,
            parsed.Format,
            contentHash,
            catalog.Version,
            parsed.Text,
            sourcePath);

        var timestamps = NoteTimestamps.Read(parsed.Claims.Select(c => c.Timestamp));
        var claims = new List<Claim>(parsed.Claims.Count);
        var claimTexts = new string[parsed.Claims.Count];
        var catalogMatches = new IReadOnlyList<AliasMatch>[parsed.Claims.Count];
        var labelEnds = new int[parsed.Claims.Count];
        for (var ordinal = 0; ordinal < parsed.Claims.Count; ordinal++)
        {
            var parsedClaim = parsed.Claims[ordinal];
            var timestamp = timestamps.Of(parsedClaim.Timestamp);
            claims.Add(new Claim(
                Claim.IdFor(noteId, parsedClaim.Span),
                noteId,
                ordinal,
                parsedClaim.Text,
                parsedClaim.Section,
                parsedClaim.Span,
                timestamp,
                Claim.DeepLinkFor(parsed.VideoId, timestamp)));
            claimTexts[ordinal] = parsedClaim.Text;
            catalogMatches[ordinal] = catalog.Matcher.FindMatches(parsedClaim.Text);
            labelEnds[ordinal] = ClaimLabels.LabelEnd(parsed.Text, parsedClaim);
        }

        var extraction = _extractor.Extract(claimTexts, catalogMatches, labelEnds);
        var mentions = new List<Mention>();
        var evidence = new List<RelationEvidence>();
        var mentioned = new SortedSet<string>(StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < claims.Count; ordinal++)
        {
            var parsedClaim = parsed.Claims[ordinal];
            var claimId = claims[ordinal].Id;
            var found = extraction.Claims[ordinal];
            mentioned.Clear();
            foreach (var match in found.Mentions)
            {
                mentions.Add(new Mention(claimId, match.EntityId, match.MatchedText, parsedClaim.SourceSpanOf(match.Start, match.End - match.Start)));
                mentioned.Add(match.EntityId);
            }

            // Co-mention is undirected: each unordered pair once per claim, the ordinally smaller id as subject.
            var ids = mentioned.ToArray();
            for (var a = 0; a < ids.Length; a++)
            {
                for (var b = a + 1; b < ids.Length; b++)
                {
                    evidence.Add(new RelationEvidence(new RelationKey(ids[a], RelationKey.CoMentioned, ids[b], RelationOrigin.CoMention), claimId, null));
                }
            }

            foreach (var relation in found.Relations)
            {
                evidence.Add(new RelationEvidence(
                    new RelationKey(relation.SubjectId, relation.Predicate, relation.ObjectId, RelationOrigin.Extracted),
                    claimId,
                    null,
                    new ExtractionTrace(relation.Trigger, relation.Rule, relation.Confidence)));
            }
        }

        var errors = new List<IngestError>();
        var curated = catalog.RelationsForNote(Path.GetFileName(sourcePath), contentHash);
        if (curated.Count > 0)
        {
            var claimText = new ClaimTextIndex(parsed.Claims);
            foreach (var relation in curated)
            {
                var supporting = claimText.ClaimsQuoting(relation.Quote, parsed.Text);
                if (supporting.Count == 0)
                {
                    errors.Add(new IngestError(sourcePath, null,
                        $"curated relation {relation.Describe()}: quote not found in any claim: \"{relation.Quote}\""));
                    continue;
                }

                evidence.AddRange(supporting.Select(index => new RelationEvidence(relation.Key, claims[index].Id, relation.Quote)));
            }
        }

        var links = parsed.Links.Select(link => new NoteLink(noteId, link.Target, link.Label, link.Span)).ToList();
        return new NoteBatchResult(new NoteBatch(note, claims, mentions, evidence, links, extraction.DiscoveredEntities), errors)
        {
            TimestampsRepaired = timestamps.Repaired,
            TimestampsDropped = timestamps.Dropped,
        };
    }

    /// <summary>The note's claims as one whitespace-normalized text, so a quote spanning several claims finds all of them.</summary>
    private sealed class ClaimTextIndex
    {
        private readonly IReadOnlyList<ParsedClaim> _claims;
        private readonly string _joined;
        private readonly int[] _starts;

        public ClaimTextIndex(IReadOnlyList<ParsedClaim> claims)
        {
            _claims = claims;
            _starts = new int[claims.Count];
            var builder = new System.Text.StringBuilder();
            for (var i = 0; i < claims.Count; i++)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                _starts[i] = builder.Length;
                builder.Append(QuoteText.Normalize(claims[i].Text));
            }

            _joined = builder.ToString();
        }

        /// <summary>Indexes of the claims the quote covers: in the visible claim text first, else by source span overlap.</summary>
        public IReadOnlyList<int> ClaimsQuoting(string quote, string noteText)
        {
            var normalized = QuoteText.Normalize(quote);
            var index = _joined.IndexOf(normalized, StringComparison.Ordinal);
            if (index >= 0)
            {
                var end = index + normalized.Length;
                var covered = new List<int>();
                for (var i = 0; i < _starts.Length; i++)
                {
                    var claimEnd = i + 1 < _starts.Length ? _starts[i + 1] - 1 : _joined.Length;
                    if (_starts[i] < end && index < claimEnd)
                    {
                        covered.Add(i);
                    }
                }

                return covered;
            }

            // The quote may cross markup the parser rewrote differently; fall back to the source text.
            if (QuoteText.Find(noteText, quote) is not { } span)
            {
                return [];
            }

            var overlapping = new List<int>();
            for (var i = 0; i < _claims.Count; i++)
            {
                if (_claims[i].Span.Start < span.End && span.Start < _claims[i].Span.End)
                {
                    overlapping.Add(i);
                }
            }

            return overlapping;
        }
    }
}
