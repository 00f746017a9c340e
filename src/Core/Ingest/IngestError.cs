namespace ClaimGraph.Ingest;

/// <summary>A problem with one input, named precisely enough to fix: the file, the line when known, and what is wrong.</summary>
public sealed record IngestError(string File, int? Line, string Message)
{
    public override string ToString() => Line is int line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Thrown by a parser or loader for input it cannot accept; carries the line when it is known.</summary>
public sealed class InvalidInputException(string message, int? line = null) : Exception(message)
{
    public int? Line { get; } = line;
}
