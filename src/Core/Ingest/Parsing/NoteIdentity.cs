using System.Security.Cryptography;
using System.Text;

namespace ClaimGraph.Ingest.Parsing;

/// <summary>Note ids: the slug of the title, else of the file name, else of the content hash (a title of only non-Latin script).</summary>
internal static class NoteIdentity
{
    public static string IdFor(string? title, string sourcePath, string text)
    {
        var fromTitle = title is null ? string.Empty : Slug.From(title);
        if (fromTitle.Length > 0)
        {
            return fromTitle;
        }

        var fromFile = Slug.From(FileTitle(sourcePath));
        return fromFile.Length > 0
            ? fromFile
            : "note-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    public static string FileTitle(string sourcePath) => Path.GetFileNameWithoutExtension(sourcePath);

    /// <summary>A label for a note without a title: its first claim, cut at a word boundary, else the file name.</summary>
    public static string DerivedTitle(IReadOnlyList<ParsedClaim> claims, string sourcePath)
    {
        const int maxLength = 80;
        if (claims.Count == 0)
        {
            return FileTitle(sourcePath);
        }

        var first = claims[0].Text;
        if (first.Length <= maxLength)
        {
            return first;
        }

        var cut = first.LastIndexOf(' ', maxLength);
        return string.Concat(first.AsSpan(0, cut > 0 ? cut : maxLength), "…");
    }
}
