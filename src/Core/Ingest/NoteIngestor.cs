using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Ingest;

/// <summary>
/// The ingest pipeline shared by the CLI and the API's self-seeding: note files → parsed notes → batches → store,
/// one transaction per note. Bad files are reported and skipped; unchanged files (same path, content hash and catalog
/// version) are skipped without being parsed.
/// </summary>
public sealed class NoteIngestor
{
    private static readonly string[] NoteExtensions = [".md", ".txt"];

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

    /// <summary>Every <c>*.md</c> and <c>*.txt</c> file named or found (recursively) under the inputs, as sorted full paths.</summary>
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
                    if (NoteExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
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

        var builder = new NoteBatchBuilder(catalog);
        int added = 0, updated = 0, unchanged = 0, rejected = inputErrors.Count;
        int claimsWritten = 0, mentionsWritten = 0;
        var relationsWritten = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < files.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = files[index];
            IngestOutcome outcome;
            try
            {
                var file = await NoteFileReader.ReadAsync(path, options.MaxFileBytes, cancellationToken);
                storedByPath.TryGetValue(path, out var previous);
                if (previous is not null && previous.ContentHash == file.ContentHash && previous.CatalogVersion == catalog.Version)
                {
                    outcome = IngestOutcome.Unchanged;
                }
                else
                {
                    var text = NoteFileReader.Decode(file.Bytes);
                    var parsed = _parse(path, text);
                    var noteId = UniqueNoteId(parsed.Id, path, pathById);
                    var (batch, linkErrors) = builder.Build(parsed, noteId, file.ContentHash, path);
                    errors.AddRange(linkErrors);

                    var written = await _writer.WriteNoteAsync(batch, cancellationToken);
                    pathById[noteId] = path;
                    if (previous is not null && previous.NoteId != noteId)
                    {
                        // The title changed, so the id did: the old note goes once the new one is safely stored.
                        await _writer.RemoveNotesAsync([previous.NoteId], cancellationToken);
                        pathById.Remove(previous.NoteId);
                        written = NoteWriteOutcome.Updated;
                    }

                    storedByPath[path] = new StoredNoteSource(noteId, path, file.ContentHash, catalog.Version);
                    outcome = written switch
                    {
                        NoteWriteOutcome.Added => IngestOutcome.Added,
                        NoteWriteOutcome.Updated => IngestOutcome.Updated,
                        _ => IngestOutcome.Unchanged,
                    };
                    if (outcome != IngestOutcome.Unchanged)
                    {
                        claimsWritten += batch.Claims.Count;
                        mentionsWritten += batch.Mentions.Count;
                        foreach (var evidence in batch.Evidence)
                        {
                            relationsWritten.Add(evidence.Relation.Id);
                        }
                    }
                }
            }
            catch (InvalidInputException e)
            {
                errors.Add(new IngestError(path, e.Line, e.Message));
                outcome = IngestOutcome.Rejected;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A parser or store failure on one note must not end the run; the note's transaction was rolled back.
                errors.Add(new IngestError(path, null, $"{e.GetType().Name}: {e.Message}"));
                outcome = IngestOutcome.Rejected;
            }

            switch (outcome)
            {
                case IngestOutcome.Added: added++; break;
                case IngestOutcome.Updated: updated++; break;
                case IngestOutcome.Unchanged: unchanged++; break;
                default: rejected++; break;
            }

            progress?.Invoke(new IngestProgress(index + 1, files.Count, path, outcome));
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
