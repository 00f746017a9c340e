using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>
/// Turns the text of one note into a <see cref="ParsedNote"/>: detects the format (<see cref="FormatDetector"/>), reads
/// metadata, and cuts the reader-visible text into claims whose spans and offsets point into the note text.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The id is the <see cref="Slug"/> of the note's real title (front matter, a leading heading line, the newsletter's
/// first line), else of the file name. A note without a real title is labelled with its first sentence, but its id
/// still comes from the file name, which does not change when that sentence is edited. A claim's timestamp is the first
/// one anchored in its sentence, else the next one in the same paragraph or list item.
/// </remarks>
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
