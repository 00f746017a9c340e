using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimGraph.Ingest;

/// <summary>What became of this run's inputs; <see cref="Skipped"/> counts files that are not notes (channel index pages).</summary>
public sealed record NoteCounts(int Added, int Updated, int Unchanged, int Rejected, int Skipped = 0);

/// <summary>
/// Timestamps of the notes this run wrote: read as minutes:seconds (<c>45:50:00</c> as 45 min 50 s), and left without a
/// deep link (malformed, impossible or untrusted); see <c>NoteTimestamps</c>.
/// </summary>
public sealed record TimestampCounts(int Repaired, int Dropped);

/// <summary>
/// What an ingest run did. <see cref="Notes"/> counts this run's inputs. <see cref="Claims"/>, <see cref="Mentions"/>,
/// <see cref="Entities"/> and <see cref="Relations"/> are totals in the store after the run when the store's read side is
/// available, otherwise what this run wrote (<see cref="CountsAreStoreTotals"/> says which).
/// Serialized exactly as the CLI's <c>--json</c> line.
/// </summary>
public sealed record IngestReport(
    NoteCounts Notes,
    int Claims,
    int Mentions,
    int Entities,
    int Relations,
    long ElapsedMs,
    IReadOnlyList<IngestError> Errors)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Claims written by this run (added or updated notes only).</summary>
    [JsonIgnore]
    public int ClaimsWritten { get; init; }

    [JsonIgnore]
    public int MentionsWritten { get; init; }

    /// <summary>Stored notes removed because their files are gone (<c>--prune</c>).</summary>
    [JsonIgnore]
    public int Pruned { get; init; }

    [JsonIgnore]
    public bool CountsAreStoreTotals { get; init; }

    /// <summary>Timestamps of the notes this run added or updated that were repaired or dropped.</summary>
    [JsonPropertyOrder(1)]
    public TimestampCounts Timestamps { get; init; } = new(0, 0);
    /// <summary>What was stored or left out on purpose but deserves a look: symbolic link loops, notes without claims, skipped pages.</summary>
    public IReadOnlyList<IngestError> Warnings { get; init; } = [];

    /// <summary>True when every input was stored and the catalog loaded cleanly.</summary>
    [JsonIgnore]
    public bool Succeeded => Notes.Rejected == 0 && Errors.Count == 0;

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

public enum IngestOutcome
{
    Added,
    Updated,
    Unchanged,
    Rejected,

    /// <summary>Not a note (a channel index page): left out of the store, with the reason in the report's warnings.</summary>
    Skipped,
}

/// <summary>Reported after each input file: how far the run is and what happened to that file.</summary>
public sealed record IngestProgress(int Done, int Total, string File, IngestOutcome Outcome);

public sealed record IngestOptions
{
    public const long DefaultMaxFileBytes = 10L * 1024 * 1024;

    /// <summary>Remove stored notes whose source file under one of the input folders no longer exists.</summary>
    public bool Prune { get; init; }

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
