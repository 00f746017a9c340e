using ClaimGraph.Ingest;
using ClaimGraph.Model;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>Ingests the repository's <c>seeds/</c> with the real parser into a temporary SQLite store and checks the facts that matter.</summary>
public sealed class SeedIngestEndToEndTests : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"claimgraph-e2e-{Guid.NewGuid():N}.db");
    private SqliteClaimGraphStore _store = null!;
    private IngestReport _first = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteClaimGraphStore(_databasePath);
        _first = await new NoteIngestor(_store, _store)
            .IngestAsync([SeedCatalog.NotesDirectory], await SeedCatalog.LoadAsync(), new IngestOptions(), null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_databasePath)!, Path.GetFileName(_databasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Stores_the_five_seed_notes_without_errors()
    {
        _first.Errors.Should().BeEmpty();
        _first.Notes.Should().Be(new NoteCounts(Added: 5, Updated: 0, Unchanged: 0, Rejected: 0));

        var stats = await _store.GetStatsAsync(5, CancellationToken.None);
        stats.Notes.Should().Be(5);
        _first.Claims.Should().Be(stats.Claims).And.Be(_first.ClaimsWritten);
        _first.Mentions.Should().Be(stats.Mentions);
    }

    [Fact]
    public async Task Key_entities_have_claims()
    {
        string[] ids = ["openai", "deepseek", "bittensor", "prime-intellect"];

        var claims = await _store.GetClaimsOfEntitiesAsync(ids, PageRequest.First(100), CancellationToken.None);

        foreach (var id in ids)
        {
            claims.Should().ContainKey(id);
            claims[id].TotalCount.Should().BeGreaterThan(0, because: $"{id} is named in the seeds");
        }

        claims["prime-intellect"].Items.Should().Contain(c => c.Text.Contains("32-billion parameter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BitTensor_funds_Nous_Research_with_evidence_from_the_open_source_note()
    {
        var key = new RelationKey("bittensor", "FUNDS", "nous-research", RelationOrigin.Curated);

        var relation = (await _store.GetRelationsAsync([key.Id], CancellationToken.None)).Should().ContainKey(key.Id).WhoseValue;
        var evidence = (await _store.GetEvidenceAsync([key.Id], PageRequest.First(10), CancellationToken.None))[key.Id].Items;

        relation.EvidenceCount.Should().BeGreaterThan(0);
        evidence.Should().NotBeEmpty();
        var notes = await _store.GetNotesAsync(evidence.Select(e => e.Claim.NoteId).Distinct().ToList(), CancellationToken.None);
        notes.Values.Select(n => n.Title).Should().Equal("Developments and challenges in opensource AI models");
        evidence.Should().OnlyContain(e => e.Claim.DeepLink != null && e.Claim.DeepLink.StartsWith("https://www.youtube.com/watch?v=NtZTR1tpxZY&t=", StringComparison.Ordinal));
        evidence[0].Claim.Text.Should().Contain("BitTensor supports various open-source initiatives");
    }

    [Fact]
    public async Task Every_curated_relation_has_evidence()
    {
        var catalog = await SeedCatalog.LoadAsync();
        var ids = catalog.Relations.Select(r => r.Key.Id).Distinct().ToList();

        var relations = await _store.GetRelationsAsync(ids, CancellationToken.None);

        relations.Keys.Should().BeEquivalentTo(ids);
    }

    [Fact]
    public async Task Every_claim_and_mention_span_points_at_its_source()
    {
        var notes = (await _store.ListNotesAsync(new NoteFilter(), PageRequest.First(10), CancellationToken.None)).Items;
        var claims = await _store.GetClaimsOfNotesAsync(notes.Select(n => n.Id).ToList(), PageRequest.First(1_000), CancellationToken.None);
        var allClaims = claims.Values.SelectMany(p => p.Items).ToList();
        var mentions = await _store.GetMentionsOfClaimsAsync(allClaims.Select(c => c.Id).ToList(), CancellationToken.None);

        allClaims.Should().HaveCountGreaterThan(100);
        foreach (var note in notes)
        {
            foreach (var claim in claims[note.Id].Items)
            {
                var source = claim.Span.Slice(note.Text);
                IsSubsequence(claim.Text.Where(c => !char.IsWhiteSpace(c)), source).Should().BeTrue(because: $"claim {claim.Id} \"{claim.Text}\" should come from \"{source}\"");
                foreach (var mention in mentions.GetValueOrDefault(claim.Id, []))
                {
                    mention.Span.Start.Should().BeGreaterThanOrEqualTo(claim.Span.Start);
                    mention.Span.End.Should().BeLessThanOrEqualTo(claim.Span.End);
                    IsSubsequence(mention.MatchedText.Where(c => !char.IsWhiteSpace(c)), mention.Span.Slice(note.Text)).Should().BeTrue();
                }
            }
        }
    }

    [Fact]
    public async Task Second_ingest_reports_every_note_unchanged()
    {
        var second = await new NoteIngestor(_store, _store)
            .IngestAsync([SeedCatalog.NotesDirectory], await SeedCatalog.LoadAsync(), new IngestOptions(), null, CancellationToken.None);

        second.Notes.Should().Be(new NoteCounts(0, 0, 5, 0));
        second.Claims.Should().Be(_first.Claims);
        second.ClaimsWritten.Should().Be(0);
    }

    private static bool IsSubsequence(IEnumerable<char> needle, string haystack)
    {
        var position = 0;
        foreach (var c in needle)
        {
            position = haystack.IndexOf(c, position);
            if (position < 0)
            {
                return false;
            }

            position++;
        }

        return true;
    }
}
