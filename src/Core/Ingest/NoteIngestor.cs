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

    /// <summary>Every note file named or found under the inputs (see <see cref="NoteFileFinder"/>), as sorted full paths.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<IngestError> Errors) FindNoteFiles(IEnumerable<string> inputs)
    {
        var search = NoteFileFinder.Find(inputs);
        return (search.Files, search.Errors);
    }

    public async Task<IngestReport> IngestAsync(
        IReadOnlyList<string> inputs,
        EntityCatalog catalog,
        IngestOptions options,
        Action<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = new List<IngestError>(catalog.Errors);
        var search = NoteFileFinder.Find(inputs);
        var (files, inputErrors) = (search.Files, search.Errors);
        errors.AddRange(inputErrors);
        var warnings = new List<IngestError>(search.Warnings);
        var replacedBySkip = new List<string>();

        await _writer.InitializeAsync(cancellationToken);
        await _writer.UpsertEntitiesAsync(catalog.Entities.Select(e => e.Entity).ToList(), cancellationToken);

        var stored = await _writer.GetNoteSourcesAsync(cancellationToken);
        var storedByPath = new Dictionary<string, StoredNoteSource>(StringComparer.Ordinal);
        var pathById = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in stored)
        {
            if (!storedByPath.TryAdd(source.SourcePath, source))
            {
                // Two notes from one file: a crash of an older build between storing a retitled note and removing its old
                // version. The file is written again, and the store drops every other note of that file in the same transaction.
                sharedPaths.Add(source.SourcePath);
            }

            pathById[source.NoteId] = source.SourcePath;
        }

        var builder = new NoteBatchBuilder(catalog);
        int added = 0, updated = 0, unchanged = 0, skipped = 0, rejected = inputErrors.Count;
        int claimsWritten = 0, mentionsWritten = 0, timestampsRepaired = 0, timestampsDropped = 0;
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
                        var note = await PrepareAsync(path, catalog, builder, options, storedByPath, sharedPaths, pathById, stop.Token);
                        await prepared.Writer.WriteAsync(note, stop.Token);
                    }
                }
                finally
                {
                    prepared.Writer.Complete();
                }
            },
            stop.Token);

        // Built once the run ends, not per group: a store may defer its query indexes while thousands of notes load.
        await using (await _writer.BeginBulkWriteAsync(files.Count, cancellationToken))
        {
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
                            case PreparedNote.Skipped skip:
                                outcome = IngestOutcome.Skipped;
                                warnings.Add(new IngestError(skip.Path, null, skip.Reason));
                                if (skip.StoredNoteId is not null)
                                {
                                    replacedBySkip.Add(skip.StoredNoteId);
                                }

                                break;
                            case PreparedNote.Parsed parsed:
                                errors.AddRange(parsed.LinkErrors);
                                outcome = RecordWrite(parsed, resultOf[parsed], errors);
                                if (outcome is IngestOutcome.Added or IngestOutcome.Updated && parsed.Batch.Claims.Count == 0)
                                {
                                    warnings.Add(new IngestError(parsed.Path, null, "stored without claims: no prose was found in the note"));
                                }

                                if (outcome is IngestOutcome.Added or IngestOutcome.Updated)
                                {
                                    claimsWritten += parsed.Batch.Claims.Count;
                                    mentionsWritten += parsed.Batch.Mentions.Count;
                                    timestampsRepaired += parsed.TimestampsRepaired;
                                    timestampsDropped += parsed.TimestampsDropped;
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
                            case IngestOutcome.Skipped: skipped++; break;
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
        }

        if (replacedBySkip.Count > 0)
        {
            // Stored by an older build that took the page for a note: it is not one, so it leaves the store.
            await _writer.RemoveNotesAsync(replacedBySkip, cancellationToken);
        }

        var pruned = options.Prune ? await PruneAsync(inputs, stored, cancellationToken) : 0;

        int claims = claimsWritten, mentions = mentionsWritten, entities = catalog.Entities.Count, relations = relationsWritten.Count;
        if (_queries is not null)
        {
            var stats = await _queries.GetStatsAsync(0, cancellationToken);
            (claims, mentions, entities, relations) = (stats.Claims, stats.Mentions, stats.Entities, stats.Relations);
        }

        return new IngestReport(new NoteCounts(added, updated, unchanged, rejected, skipped), claims, mentions, entities, relations, stopwatch.ElapsedMilliseconds, errors)
        {
            Warnings = warnings,
            ClaimsWritten = claimsWritten,
            MentionsWritten = mentionsWritten,
            Pruned = pruned,
            CountsAreStoreTotals = _queries is not null,
            Timestamps = new TimestampCounts(timestampsRepaired, timestampsDropped),
        };
    }

    /// <summary>
    /// Waits for the next prepared note, then takes whatever else is already prepared, up to <see cref="MaxNotesPerGroup"/>
    /// notes or <see cref="MaxGroupTextChars"/> characters of note text, never waiting for more. Returns false when every
    /// note has been taken.
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
    private static IngestOutcome RecordWrite(PreparedNote.Parsed parsed, NoteWriteResult result, List<IngestError> errors)
    {
        if (result.Error is { } failure)
        {
            // A store failure on one note must not end the run; the note was rolled back and the others were kept.
            errors.Add(new IngestError(parsed.Path, null, $"{failure.GetType().Name}: {failure.Message}"));
            return IngestOutcome.Rejected;
        }

        // A retitled note (new id) is reported by the store as updated: it removed the old version in the same transaction.
        return result.Outcome switch
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
        HashSet<string> sharedPaths,
        Dictionary<string, string> pathById,
        CancellationToken cancellationToken)
    {
        try
        {
            var file = await NoteFileReader.ReadAsync(path, options.MaxFileBytes, cancellationToken);
            storedByPath.TryGetValue(path, out var previous);
            string? text = null;
            if (ChannelIndexPage.IsNamedLikeOne(path))
            {
                // Checked before the unchanged test, so a page an older build stored as a note is taken out of the store.
                text = NoteFileReader.Decode(file.Bytes);
                if (ChannelIndexPage.Recognize(path, text) is { } reason)
                {
                    return new PreparedNote.Skipped(path, reason, previous?.NoteId);
                }
            }

            if (previous is not null && previous.ContentHash == file.ContentHash && previous.CatalogVersion == catalog.Version
                && !sharedPaths.Contains(path))
            {
                return new PreparedNote.Unchanged(path);
            }

            text ??= NoteFileReader.Decode(file.Bytes);

            var parsed = _parse(path, text);
            var noteId = UniqueNoteId(parsed.Id, path, pathById);
            var built = builder.Build(parsed, noteId, file.ContentHash, path);
            var (batch, linkErrors) = built;
            pathById[noteId] = path;
            if (previous is not null && previous.NoteId != noteId)
            {
                // The store removes the old version when it writes this one; its id is free for a later file.
                pathById.Remove(previous.NoteId);
            }

            storedByPath[path] = new StoredNoteSource(noteId, path, file.ContentHash, catalog.Version);
            return new PreparedNote.Parsed(path, batch, linkErrors)
            {
                TimestampsRepaired = built.TimestampsRepaired,
                TimestampsDropped = built.TimestampsDropped,
            };
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

        /// <summary>A file that is not a note; <paramref name="StoredNoteId"/> is what an older build stored from it.</summary>
        public sealed record Skipped(string Path, string Reason, string? StoredNoteId) : PreparedNote(Path);

        public sealed record Parsed(string Path, NoteBatch Batch, IReadOnlyList<IngestError> LinkErrors) : PreparedNote(Path)
        {
            public int TimestampsRepaired { get; init; }

            public int TimestampsDropped { get; init; }
        }
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
