using System.Diagnostics;
using ClaimGraph.Ingest;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>How the ingest finds its inputs: each real folder walked once, each real file found once, every problem named.</summary>
public sealed class NoteFileFinderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "claimgraph-finder-" + Guid.NewGuid().ToString("N"));

    public NoteFileFinderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Note(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "---\ntitle: " + Path.GetFileNameWithoutExtension(path) + "\n---\n\nOpenAI released o3.\n");
        return path;
    }

    private string Link(string relativePath, string target)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateSymbolicLink(path, target);
        return path;
    }

    [Fact]
    public void Two_symbolic_link_loops_finish_at_once_with_each_note_once_and_a_warning_naming_each_link()
    {
        var selfLoop = Note("sub/selfloop.md");
        var top = Note("top.md");
        var loopUp = Link("sub/loop", "..");
        var loopToSelf = Link("sub/again", Path.Combine(_root, "sub"));
        var stopwatch = Stopwatch.StartNew();

        var search = NoteFileFinder.Find([_root]);

        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        search.Files.Should().Equal(selfLoop, top);
        search.Errors.Should().BeEmpty();
        search.Warnings.Select(w => w.File).Should().BeEquivalentTo([loopUp, loopToSelf]);
        search.Warnings.Should().OnlyContain(w => w.Message.Contains("loops back", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_reached_by_two_paths_is_found_once_under_the_first_path()
    {
        var real = Note("b-real/note.md");
        Link("a-alias", Path.Combine(_root, "b-real"));
        var fileLink = Path.Combine(_root, "c-link.md");
        File.CreateSymbolicLink(fileLink, real);

        var search = NoteFileFinder.Find([_root, real, Path.Combine(_root, "b-real")]);

        search.Files.Should().ContainSingle().Which.Should().Be(Path.Combine(_root, "a-alias", "note.md"));
        search.Warnings.Should().BeEmpty("a second way into a folder is not a loop");
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_input_is_followed()
    {
        var outside = Path.Combine(_root, "outside");
        var note = Note("outside/deep/away.md");
        Directory.CreateDirectory(Path.Combine(_root, "input"));
        Link("input/elsewhere", outside);

        var search = NoteFileFinder.Find([Path.Combine(_root, "input")]);

        search.Files.Should().Equal(Path.Combine(_root, "input", "elsewhere", "deep", "away.md"));
        NoteFileFinder.ResolveRealPath(search.Files[0]).Should().Be(note);
    }

    [Fact]
    public void A_dangling_link_is_a_warning_naming_it()
    {
        Note("kept.md");
        var dangling = Link("gone", Path.Combine(_root, "no-such-folder"));

        var search = NoteFileFinder.Find([_root]);

        search.Files.Should().ContainSingle();
        search.Warnings.Should().ContainSingle().Which.File.Should().Be(dangling);
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_an_error_naming_it_and_its_siblings_are_still_found()
    {
        var kept = Note("a/kept.md");
        Note("locked/hidden.md");
        var locked = Path.Combine(_root, "locked");

        var search = NoteFileFinder.Find([_root], folder => folder == locked
            ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.")
            : new DirectoryInfo(folder).GetFileSystemInfos());

        search.Files.Should().Equal(kept);
        search.Errors.Should().ContainSingle().Which.Should().Match<IngestError>(e => e.File == locked && e.Message.StartsWith("cannot list folder", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_input_is_an_error_for_that_input_only()
    {
        var kept = Note("kept.md");
        var missing = Path.Combine(_root, "missing");

        var search = NoteFileFinder.Find([missing, _root]);

        search.Files.Should().Equal(kept);
        search.Errors.Should().ContainSingle().Which.Should().Be(new IngestError(missing, null, "no such file or folder"));
    }

    [Fact]
    public void Licence_files_in_folders_are_left_out_but_named_ones_are_kept()
    {
        var note = Note("n.md");
        var licence = Note("LICENSE.md");

        NoteFileFinder.Find([_root]).Files.Should().Equal(note);
        NoteFileFinder.Find([licence]).Files.Should().Equal(licence);
    }
}
