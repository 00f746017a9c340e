namespace ClaimGraph.Ingest;

/// <summary>The note files under the inputs, and what kept any input (or part of one) from being read.</summary>
public sealed record NoteFileSearch(IReadOnlyList<string> Files, IReadOnlyList<IngestError> Errors, IReadOnlyList<IngestError> Warnings);

/// <summary>
/// Finds every <c>*.md</c> and <c>*.txt</c> file named or found (recursively) under the inputs. Symbolic links are
/// followed, but each real folder is walked once and each real file is found once (by its resolved path), so a link back
/// to an enclosing folder ends in a warning naming the link instead of an endless walk; a file reached by several
/// paths keeps the ordinally first. A folder that cannot be listed and an input that does not exist are errors naming
/// them; the other inputs are still searched. Licence files found in folders are left out.
/// </summary>
public static class NoteFileFinder
{
    private static readonly string[] NoteExtensions = [".md", ".txt"];

    /// <summary>The most links resolved for one path, as the kernel's ELOOP bound; beyond it a path is a link loop.</summary>
    private const int MaxLinkHops = 40;

    public static NoteFileSearch Find(IEnumerable<string> inputs) => Find(inputs, folder => new DirectoryInfo(folder).GetFileSystemInfos());

    /// <param name="inputs">Files and folders.</param>
    /// <param name="list">Lists a folder (tests stand in a folder that cannot be listed, which permissions cannot make for root).</param>
    internal static NoteFileSearch Find(IEnumerable<string> inputs, Func<string, FileSystemInfo[]> list)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var search = new Search(list);
        foreach (var input in inputs)
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            if (File.Exists(full))
            {
                search.AddFile(full, input, explicitlyNamed: true);
            }
            else if (Directory.Exists(full))
            {
                search.Walk(full, input);
            }
            else
            {
                search.Errors.Add(new IngestError(input, null, "no such file or folder"));
            }
        }

        return new NoteFileSearch(search.Files.Values.Order(StringComparer.Ordinal).ToList(), search.Errors, search.Warnings);
    }

    /// <summary>
    /// The path with every symbolic link along it resolved (like <c>realpath</c>), or null when a link in it dangles or
    /// the links loop.
    /// </summary>
    public static string? ResolveRealPath(string path)
    {
        var current = Path.GetFullPath(path);
        for (var hops = 0; hops <= MaxLinkHops; hops++)
        {
            var root = Path.GetPathRoot(current) ?? "/";
            var parts = current[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var resolved = root;
            var followedLink = false;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Join(resolved, parts[i]);
                string? target;
                try
                {
                    target = new FileInfo(next).LinkTarget;
                }
                catch (IOException)
                {
                    return null;
                }

                if (target is null)
                {
                    resolved = next;
                    continue;
                }

                var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                current = Path.GetFullPath(Path.Join(Path.GetFullPath(target, resolved), rest));
                followedLink = true;
                break;
            }

            if (!followedLink)
            {
                return File.Exists(resolved) || Directory.Exists(resolved) ? Path.TrimEndingDirectorySeparator(resolved) : null;
            }
        }

        return null;
    }

    /// <summary>A folder's LICENSE.txt or COPYING.md is the corpus's licence, not a note (named explicitly, it is ingested).</summary>
    private static bool IsLicenseFile(string path) =>
        Path.GetFileNameWithoutExtension(path).ToUpperInvariant() is "LICENSE" or "LICENCE" or "COPYING";

    private static bool IsNoteFile(string path) =>
        NoteExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !IsLicenseFile(path);

    private sealed class Search(Func<string, FileSystemInfo[]> list)
    {
        /// <summary>Real path of each file found → the path it is ingested under (the ordinally first that reaches it).</summary>
        public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

        public List<IngestError> Errors { get; } = [];

        public List<IngestError> Warnings { get; } = [];

        /// <summary>Real path of each folder walked → the path it was first walked under.</summary>
        private readonly Dictionary<string, string> _walked = new(StringComparer.Ordinal);

        public void AddFile(string path, string shownAs, bool explicitlyNamed)
        {
            if (!explicitlyNamed && !IsNoteFile(path))
            {
                return;
            }

            var real = ResolveRealPath(path);
            if (real is null)
            {
                Errors.Add(new IngestError(shownAs, null, "the symbolic link leads nowhere (a missing target or a link loop)"));
                return;
            }

            if (!Files.TryGetValue(real, out var known) || string.CompareOrdinal(path, known) < 0)
            {
                Files[real] = path;
            }
        }

        /// <summary>Walks a folder and what it holds, depth first in ordinal name order, with an explicit stack (no recursion).</summary>
        public void Walk(string folder, string shownAs)
        {
            var realRoot = ResolveRealPath(folder);
            if (realRoot is null)
            {
                Errors.Add(new IngestError(shownAs, null, "the symbolic link leads nowhere (a missing target or a link loop)"));
                return;
            }

            if (!_walked.TryAdd(realRoot, folder))
            {
                return;
            }

            // Each entry carries the real paths of the folders above it, to tell a loop (a link to an enclosing folder)
            // from a second way into a folder walked elsewhere.
            var pending = new Stack<(string Path, string Real, ImmutableAncestors Ancestors)>();
            pending.Push((folder, realRoot, ImmutableAncestors.Empty.With(realRoot)));
            while (pending.TryPop(out var current))
            {
                FileSystemInfo[] entries;
                try
                {
                    entries = list(current.Path);
                }
                catch (Exception e) when (e is UnauthorizedAccessException or IOException)
                {
                    Errors.Add(new IngestError(current.Path, null, $"cannot list folder: {e.Message}"));
                    continue;
                }

                var subfolders = new List<(string Path, string Real, ImmutableAncestors Ancestors)>();
                foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
                {
                    var isLink = entry.LinkTarget is not null;
                    if (!isLink)
                    {
                        if (entry is DirectoryInfo)
                        {
                            var real = Path.Join(current.Real, entry.Name);
                            if (_walked.TryAdd(real, entry.FullName))
                            {
                                subfolders.Add((entry.FullName, real, current.Ancestors.With(real)));
                            }
                        }
                        else
                        {
                            AddFile(entry.FullName, entry.FullName, explicitlyNamed: false);
                        }

                        continue;
                    }

                    var target = ResolveRealPath(entry.FullName);
                    if (target is null)
                    {
                        Warnings.Add(new IngestError(entry.FullName, null, "skipped: the symbolic link leads nowhere (a missing target or a link loop)"));
                    }
                    else if (Directory.Exists(target))
                    {
                        if (current.Ancestors.Contains(target))
                        {
                            Warnings.Add(new IngestError(entry.FullName, null,
                                $"skipped: the symbolic link loops back to the enclosing folder {target}; that folder is read once"));
                        }
                        else if (_walked.TryAdd(target, entry.FullName))
                        {
                            subfolders.Add((entry.FullName, target, current.Ancestors.With(target)));
                        }
                    }
                    else
                    {
                        AddFile(entry.FullName, entry.FullName, explicitlyNamed: false);
                    }
                }

                for (var i = subfolders.Count - 1; i >= 0; i--)
                {
                    pending.Push(subfolders[i]);
                }
            }
        }
    }

    /// <summary>The real paths of a folder and the folders above it, shared between siblings (a persistent linked list).</summary>
    private sealed class ImmutableAncestors
    {
        public static readonly ImmutableAncestors Empty = new(null, null);

        private readonly string? _path;
        private readonly ImmutableAncestors? _parent;

        private ImmutableAncestors(string? path, ImmutableAncestors? parent)
        {
            _path = path;
            _parent = parent;
        }

        public ImmutableAncestors With(string path) => new(path, this);

        public bool Contains(string path)
        {
            for (var node = this; node is not null; node = node._parent)
            {
                if (string.Equals(node._path, path, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
