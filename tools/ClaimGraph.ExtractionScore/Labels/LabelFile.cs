using ClaimGraph.Model;

namespace ClaimGraph.ExtractionScore.Labels;

/// <summary>One labelled entity of a note: its canonical name, an optional pinned identity, its type and every surface form.</summary>
public sealed record LabelledEntity(string Name, string? Id, EntityType Type, IReadOnlyList<string> Surfaces, int Line);

/// <summary>A relation the note states: entity names of the same file, an extraction predicate, explicit or implicit, its quote.</summary>
public sealed record LabelledRelation(string Subject, string Predicate, string Object, bool Explicit, string Quote, int Line);

/// <summary>A relation the note does not state although a careless extractor would find it, with the reason.</summary>
public sealed record LabelledNegative(string Subject, string Predicate, string Object, string Quote, string Reason, int Line);

/// <summary>A label file: <see cref="Note"/> is the note's path under the dev set's <c>notes/</c> folder.</summary>
public sealed record LabelFile(
    string Path,
    string Note,
    IReadOnlyList<LabelledEntity> Entities,
    IReadOnlyList<LabelledRelation> Relations,
    IReadOnlyList<LabelledNegative> Negatives);

/// <summary>A label file that cannot be used, with the file, line and field at fault.</summary>
public sealed class LabelFileException(string path, int line, string reason)
    : Exception($"{path}:{line}: {reason}")
{
    public string FilePath { get; } = path;

    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
