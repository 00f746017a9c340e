using System.Text;
using System.Text.RegularExpressions;

namespace ClaimGraph.LoadHarness;

/// <summary>
/// Copies of a notes folder whose notes get ids of their own, for measuring growth: each copy renames every file with a
/// suffix and suffixes the front-matter <c>title</c> (the note id is the slug of the title, or of the file name without one).
/// </summary>
public static partial class CorpusReplicas
{
    /// <summary>Writes copies 1..<paramref name="copies"/> of <paramref name="files"/> (all under <paramref name="root"/>) into <paramref name="target"/>; returns each copy's folder.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        string root, IReadOnlyList<string> files, int copies, string target, CancellationToken cancellationToken)
    {
        var folders = new List<string>();
        for (var copy = 1; copy <= copies; copy++)
        {
            var folder = Path.Combine(target, $"copy-{copy}");
            foreach (var file in files)
            {
                var relative = Path.GetRelativePath(root, file);
                var name = $"{Path.GetFileNameWithoutExtension(relative)} copy {copy}{Path.GetExtension(relative)}";
                var destination = Path.Combine(folder, Path.GetDirectoryName(relative) ?? "", name);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                var text = await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken);
                await File.WriteAllTextAsync(destination, RetitleFrontMatter(text, copy), new UTF8Encoding(false), cancellationToken);
            }
            folders.Add(folder);
        }
        return folders;
    }

    /// <summary>Appends " (copy N)" to a front-matter <c>title:</c> value; text without front matter is returned as is.</summary>
    public static string RetitleFrontMatter(string text, int copy)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return text;
        }
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return text;
        }
        var frontMatter = TitleLine().Replace(text[..end], match =>
        {
            var value = match.Groups["value"].Value.TrimEnd();
            var quote = value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0] ? value[0].ToString() : "";
            var inner = quote.Length == 0 ? value : value[1..^1];
            return $"{match.Groups["key"].Value}{quote}{inner} (copy {copy}){quote}";
        }, 1);
        return frontMatter + text[end..];
    }

    [GeneratedRegex(@"^(?<key>title:[ \t]*)(?<value>\S.*)$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
