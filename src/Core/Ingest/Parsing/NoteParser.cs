using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Turns the text of one note into a <see cref="ParsedNote"/>: detects the format (<see cref="FormatDetector"/>), reads
/// metadata, and cuts the reader-visible text into claims whose spans and offsets point into <paramref name="text"/>.
/// Stateless and thread-safe.
/// </summary>
public sealed class NoteParser
{
    /// <summary>Parses <paramref name="text"/>, read from <paramref name="sourcePath"/> (used for the id when there is no title).</summary>
    /// <exception cref="InvalidInputException">The note is empty, or its front matter is not closed or not YAML (with the line).</exception>
    public ParsedNote Parse(string sourcePath, string text)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().Trim().Trim('\uFEFF').IsEmpty)
        {
            throw new InvalidInputException("note is empty");
        }

        return FormatDetector.Detect(text) switch
        {
            NoteFormat.TubeGraphMarkdown => TubeGraphMarkdownParser.Parse(sourcePath, text),
            NoteFormat.NewsletterDump => NewsletterDumpParser.Parse(sourcePath, text),
            _ => PlainTextParser.Parse(sourcePath, text),
        };
    }
}
