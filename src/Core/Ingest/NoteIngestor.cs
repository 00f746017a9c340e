using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Ingest;

/// <summary>
/// The ingest pipeline shared by the CLI and the API's self-seeding: note files → parsed notes → batches → store,
/// several notes per transaction, each note stored completely or not at all. Bad files are reported and skipped;
/// unchanged files (same path, content hash and catalog version) are skipped without being parsed.
/// </summary>
public sealed class NoteIngestor
{
    private static readonly string[] NoteExtensions = [".md", ".txt"];

    /// <summary>
    /// The most notes the store is given to write in one transaction. Each commit costs a claim-index segment and a WAL
    /// sync, so bigger groups are cheaper per note (on the 2,210-note corpus 256 beat 64 by about a sixth of the write
    /// time); the bound keeps a group's memory and the work lost to a failed group small.
    /// </summary>
    internal const int MaxNotesPerGroup = 256;

    /// <summary>The most note text, in characters, the store is given to write in one transaction.</summary>
    internal const long MaxGroupTextChars = 8_000_000;

    private readonly IClaimGraphWriter _writer;
    private readonly IClaimGraphQueries? _queries;
    private readonly Func<string, string, ParsedNote> _parse;

    /// <summary>The pipeline with the standard <see cref="NoteParser"/>.</summary>
    public NoteIngestor(IClaimGraphWriter writer, IClaimGraphQueries? queries = null)
        : this(writer, queries, new NoteParser().Parse)
    {
    }

    /// <param name="writer">Where batches go.</param>
    /// <param name="queries">When given, the report's claim, mention, entity and relation counts are store totals.</param>
    /// <param name="parse">Parses (source path, text) into a note.</param>
    public NoteIngestor(IClaimGraphWriter writer, IClaimGraphQueries? queries, Func<string, string, ParsedNote> parse)
    {
        _writer = writer;
        _queries = queries;
        _parse = parse;
    }

    /// <summary>
    /// Every <c>*.md</c> and <c>*.txt</c> file named or found (recursively) under the inputs, as sorted full paths;
    /// licence files found in folders are left out.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<IngestError> Errors) FindNoteFiles(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var errors = new List<IngestError>();
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", enumeration))
                {
                    if (NoteExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !IsLicenseFile(file))
                    {
                        files.Add(file);
                    }
                }
            }
            else
            {
                errors.Add(new IngestError(input, null, "no such file or folder"));
            }
        }

        return (files.ToList(), errors);
    }

    /// <summary>A folder's LICENSE.txt or COPYING.md is the corpus's licence, not a note (named explicitly, it is ingested).</summary>
    private static bool IsLicenseFile(string path) =>
        Path.GetFileNameWithoutExtension(path).ToUpperInvariant() is "LICENSE" or "LICENCE" or "COPYING";

    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> inputs,
        EntityCatalog catalog,
        IngestOptions options,
        Action<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = new List<IngestError>(catalog.Errors);
        var (files, inputErrors) = FindNoteFiles(inputs);
        errors.AddRange(inputErrors);

        await _writer.InitializeAsync(cancellationToken);
        await _writer.UpsertEntitiesAsync(catalog.Entities.Select(e => e.Entity).ToList(), cancellationToken);

        var stored = await _writer.GetNoteSourcesAsync(cancellationToken);
        var storedByPath = new Dictionary<string, StoredNoteSource>(StringComparer.Ordinal);
        var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in stored)
        {
            storedByPath[source.SourcePath] = source;
            pathById[source.NoteId] = source.SourcePath;
        }

        // The stores do not hold discovered entities yet (issue 11 part 4); until they do, ingest keeps what names catalog
        // entities, extracted relations between them included.
        var builder = new NoteBatchBuilder(catalog, keepDiscovered: false);
        int added = 0, updated = 0, unchanged = 0, rejected = inputErrors.Count;
        int claimsWritten = 0, mentionsWritten = 0;
        var relationsWritten = new HashSet<string>(StringComparer.Ordinal);

        // Reading and parsing run ahead of the store on another thread. The store takes whatever is ready as one group
        // (group commit), so while it is busy the next group gathers, and when it is idle a single note is written at once.
        // Notes are still written and reported in sorted order, so ids, outcomes and progress match a sequential run.
        var prepared = Channel.CreateBounded<PreparedNote>(
            new BoundedChannelOptions(MaxNotesPerGroup) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var path in files)
                    {
                        var note = await PrepareAsync(path, catalog, builder, options, storedByPath, pathById, stop.Token);
                        await prepared.Writer.WriteAsync(note, stop.Token);
                    }
                }
                finally
                {
                    prepared.Writer.Complete();
                }
            },
            stop.Token);

        try
        {
            var done = 0;
            var group = new List<PreparedNote>(MaxNotesPerGroup);
            while (await NextGroupAsync(prepared.Reader, group, cancellationToken))
            {
                var toWrite = group.OfType<PreparedNote.Parsed>().ToList();
                var results = await WriteGroupAsync(toWrite, cancellationToken);

                var resultOf = new Dictionary<PreparedNote.Parsed, NoteWriteResult>(ReferenceEqualityComparer.Instance);
                for (int i = 0; i < toWrite.Count; i++)
                {
                    resultOf[toWrite[i]] = results[i];
                }

                foreach (var note in group)
                {
                    var outcome = IngestOutcome.Rejected;
                    switch (note)
                    {
                        case PreparedNote.Unchanged:
                            outcome = IngestOutcome.Unchanged;
                            break;
                        case PreparedNote.Rejected rejection:
                            errors.Add(rejection.Error);
                            break;
                        case PreparedNote.Parsed parsed:
                            errors.AddRange(parsed.LinkErrors);
                            outcome = await RecordWriteAsync(parsed, resultOf[parsed], errors, cancellationToken);
                            if (outcome is IngestOutcome.Added or IngestOutcome.Updated)
                            {
                                claimsWritten += parsed.Batch.Claims.Count;
                                mentionsWritten += parsed.Batch.Mentions.Count;
                                foreach (var evidence in parsed.Batch.Evidence)
                                {
                                    relationsWritten.Add(evidence.Relation.Id);
                                }
                            }

                            break;
                    }

                    switch (outcome)
                    {
                        case IngestOutcome.Added: added++; break;
                        case IngestOutcome.Updated: updated++; break;
                        case IngestOutcome.Unchanged: unchanged++; break;
                        default: rejected++; break;
                    }

                    progress?.Invoke(new IngestProgress(++done, files.Count, note.Path, outcome));
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The producer was stopped because the writing side ended early; that side's exception is what matters.
            }
        }

        var pruned = options.Prune ? await PruneAsync(inputs, storedByPath.Values, cancellationToken) : 0;

        int claims = claimsWritten, mentions = mentionsWritten, entities = catalog.Entities.Count, relations = relationsWritten.Count;
        if (_queries is not null)
        {
            var stats = await _queries.GetStatsAsync(0, cancellationToken);
            (claims, mentions, entities, relations) = (stats.Claims, stats.Mentions, stats.Entities, stats.Relations);
        }

        return new IngestReport(new NoteCounts(added, updated, unchanged, rejected), claims, mentions, entities, relations, stopwatch.ElapsedMilliseconds, errors)
        {
            ClaimsWritten = claimsWritten,
            MentionsWritten = mentionsWritten,
            Pruned = pruned,
            CountsAreStoreTotals = _queries is not null,
        };
    }

    /// <summary>
    /// Waits for the next prepared note, then takes whatever else is already prepared, up to <see cref="MaxNotesPerGroup"/>
    /// notes or <see cref="MaxGroupTextChars"/> characters of note text, never waiting for more. A note that replaces an
    /// older one (its title, and so its id, changed) ends the group, so the old note is removed before a later note can
    /// reuse its id. Returns false when every note has been taken.
    /// </summary>
    private static async Task<bool> NextGroupAsync(ChannelReader<PreparedNote> reader, List<PreparedNote> group, CancellationToken cancellationToken)
    {
        group.Clear();
        if (!await reader.WaitToReadAsync(cancellationToken))
        {
            return false;
        }

        long textChars = 0;
        while (group.Count < MaxNotesPerGroup && textChars < MaxGroupTextChars && reader.TryRead(out var note))
        {
            group.Add(note);
            if (note is PreparedNote.Parsed parsed)
            {
                textChars += parsed.Batch.Note.Text.Length;
                if (parsed.ReplacedNoteId is not null)
                {
                    break;
                }
            }
        }

        return true;
    }

    /// <summary>Writes a group's parsed notes; a store that throws instead of reporting per note fails every note of the group.</summary>
    private async Task<IReadOnlyList<NoteWriteResult>> WriteGroupAsync(List<PreparedNote.Parsed> notes, CancellationToken cancellationToken)
    {
        if (notes.Count == 0)
        {
            return [];
        }

        IReadOnlyList<NoteWriteResult> results;
        try
        {
            results = await _writer.WriteNotesAsync(notes.Select(n => n.Batch).ToList(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A store failure must not end the run; whatever the store rolled back is reported against each file.
            return notes.Select(n => NoteWriteResult.Failed(n.Batch.Note.Id, e)).ToList();
        }

        return results.Count == notes.Count
            ? results
            : throw new InvalidOperationException($"The store answered {results.Count} results for {notes.Count} notes.");
    }

    /// <summary>Turns a note's write result into its outcome, recording a store failure against the note's file.</summary>
    private async Task<IngestOutcome> RecordWriteAsync(
        PreparedNote.Parsed parsed, NoteWriteResult result, List<IngestError> errors, CancellationToken cancellationToken)
    {
        if (result.Error is { } failure)
        {
            // A store failure on one note must not end the run; the note was rolled back and the others were kept.
            errors.Add(new IngestError(parsed.Path, null, $"{failure.GetType().Name}: {failure.Message}"));
            return IngestOutcome.Rejected;
        }

        var written = result.Outcome;
        if (parsed.ReplacedNoteId is not null)
        {
            try
            {
                // The title changed, so the id did: the old note goes once the new one is safely stored.
                await _writer.RemoveNotesAsync([parsed.ReplacedNoteId], cancellationToken);
                written = NoteWriteOutcome.Updated;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add(new IngestError(parsed.Path, null, $"{e.GetType().Name}: {e.Message}"));
                return IngestOutcome.Rejected;
            }
        }

        return written switch
        {
            NoteWriteOutcome.Added => IngestOutcome.Added,
            NoteWriteOutcome.Updated => IngestOutcome.Updated,
            _ => IngestOutcome.Unchanged,
        };
    }

    /// <summary>Reads, checks, parses and links one file; never throws for bad input, only for cancellation.</summary>
    private async Task<PreparedNote> PrepareAsync(
        string path,
        EntityCatalog catalog,
        NoteBatchBuilder builder,
        IngestOptions options,
        Dictionary<string, StoredNoteSource> storedByPath,
        Dictionary<string, string> pathById,
        CancellationToken cancellationToken)
    {
        try
        {
            var file = await NoteFileReader.ReadAsync(path, options.MaxFileBytes, cancellationToken);
            storedByPath.TryGetValue(path, out var previous);
            if (previous is not null && previous.ContentHash == file.ContentHash && previous.CatalogVersion == catalog.Version)
            {
                return new PreparedNote.Unchanged(path);
            }

            var text = NoteFileReader.Decode(file.Bytes);
            var parsed = _parse(path, text);
            var noteId = UniqueNoteId(parsed.Id, path, pathById);
            var (batch, linkErrors) = builder.Build(parsed, noteId, file.ContentHash, path);
            pathById[noteId] = path;
            string? replaced = null;
            if (previous is not null && previous.NoteId != noteId)
            {
                replaced = previous.NoteId;
                pathById.Remove(previous.NoteId);
            }

            storedByPath[path] = new StoredNoteSource(noteId, path, file.ContentHash, catalog.Version);
            return new PreparedNote.Parsed(path, batch, linkErrors, replaced);
        }
        catch (InvalidInputException e)
        {
            return new PreparedNote.Rejected(path, new IngestError(path, e.Line, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser failure on one note must not end the run.
            return new PreparedNote.Rejected(path, new IngestError(path, null, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    private abstract record PreparedNote(string Path)
    {
        public sealed record Unchanged(string Path) : PreparedNote(Path);

        public sealed record Rejected(string Path, IngestError Error) : PreparedNote(Path);

        public sealed record Parsed(string Path, NoteBatch Batch, IReadOnlyList<IngestError> LinkErrors, string? ReplacedNoteId) : PreparedNote(Path);
    }

    /// <summary>
    /// The parser's id unless another file already owns it; then a suffix from the file name (or, failing that, the full path)
    /// keeps both notes and stays the same on every run.
    /// </summary>
    private static string UniqueNoteId(string parsedId, string path, Dictionary<string, string> pathById)
    {
        if (!pathById.TryGetValue(parsedId, out var owner) || owner == path)
        {
            return parsedId;
        }

        foreach (var discriminator in new[] { Path.GetFileName(path), path })
        {
            var candidate = $"{parsedId}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(discriminator)))[..6]}";
            if (!pathById.TryGetValue(candidate, out var candidateOwner) || candidateOwner == path)
            {
                return candidate;
            }
        }

        throw new InvalidInputException($"note id '{parsedId}' is already used by {owner}");
    }

    private async Task<int> PruneAsync(IReadOnlyList<string> inputs, IEnumerable<StoredNoteSource> stored, CancellationToken cancellationToken)
    {
        var folders = inputs
            .Select(Path.GetFullPath)
            .Where(Directory.Exists)
            .Select(f => Path.EndsInDirectorySeparator(f) ? f : f + Path.DirectorySeparatorChar)
            .ToList();
        var gone = stored
            .Where(s => folders.Any(f => s.SourcePath.StartsWith(f, StringComparison.Ordinal)) && !File.Exists(s.SourcePath))
            .Select(s => s.NoteId)
            .ToList();
        return gone.Count == 0 ? 0 : await _writer.RemoveNotesAsync(gone, cancellationToken);
    }
}
