using System.Security.Cryptography;
using System.Text;
using ClaimGraph.Core.Tests.Ingest;
using ClaimGraph.ExtractionScore.Labels;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>
/// The checks every committed labelled set passes: each label file parses and fits its note, labels and notes are one to
/// one, only extraction predicates and real entity types are used, and the set is what its README says (notes from its
/// reserved hash pool, all seven channels, no channel index pages, the corpus licence alongside).
/// </summary>
public abstract class LabelledSetChecks
{
    /// <summary>The set's folder under tests/Core.Tests/Extraction.</summary>
    protected abstract string FolderName { get; }

    /// <summary>The first hex digits of SHA-256(file name) that the set's README reserves for it.</summary>
    protected abstract char[] HashPool { get; }

    private string Folder => RepositoryRoot.Combine("tests", "Core.Tests", "Extraction", FolderName);

    [Fact]
    public async Task Every_label_parses_and_every_surface_and_quote_occurs_verbatim_in_its_notes_claims()
    {
        var catalog = await SeedCatalog.LoadAsync();

        var (notes, problems) = await DevSet.LoadAsync(Folder, catalog, CancellationToken.None);

        problems.Select(p => p.ToString()).Should().BeEmpty();
        notes.Should().HaveCountGreaterThanOrEqualTo(30);
        notes.Should().OnlyContain(n => n.Entities.All(e => e.Occurrences.Count + e.Nested.Count > 0));
    }

    [Fact]
    public async Task Labels_use_only_extraction_predicates_and_entity_types_other_than_concept()
    {
        var files = await ReadLabelFilesAsync();

        files.SelectMany(f => f.Relations.Select(r => r.Predicate).Concat(f.Negatives.Select(n => n.Predicate)))
            .Should().OnlyContain(p => RelationVocabulary.Find(p)!.Extracted);
        files.SelectMany(f => f.Entities).Should().OnlyContain(e => e.Type != EntityType.Concept && Enum.IsDefined(e.Type));
        files.SelectMany(f => f.Relations).Should().Contain(r => r.Explicit).And.Contain(r => !r.Explicit);
        files.SelectMany(f => f.Negatives).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Notes_come_from_the_reserved_pool_of_all_seven_channels_and_none_is_a_channel_index_page()
    {
        var files = await ReadLabelFilesAsync();

        files.Select(f => f.Note.Split('/')[0]).Distinct().Should().HaveCount(7);
        foreach (var note in files.Select(f => f.Note))
        {
            var fileName = Path.GetFileName(note);
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)))[0].Should().BeOneOf(HashPool, note);
            Path.GetFileNameWithoutExtension(fileName).Should().NotBe(note.Split('/')[0], "a channel index page lists topics, it states no claims");
        }

        File.Exists(Path.Combine(Folder, DevSet.NotesFolderName, "LICENSE.txt")).Should().BeTrue("the corpus's MIT licence travels with its notes");
    }

    [Fact]
    public async Task Notes_and_label_files_are_one_to_one()
    {
        var notesFolder = Path.Combine(Folder, DevSet.NotesFolderName);
        var notes = Directory.EnumerateFiles(notesFolder, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(notesFolder, path).Replace('\\', '/'))
            .ToList();

        var labelled = (await ReadLabelFilesAsync()).Select(f => f.Note).ToList();

        labelled.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(notes);
    }

    private async Task<List<LabelFile>> ReadLabelFilesAsync()
    {
        var files = new List<LabelFile>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(Folder, DevSet.LabelsFolderName), "*.yaml", SearchOption.AllDirectories))
        {
            files.Add(await LabelFileReader.ReadAsync(path, CancellationToken.None));
        }

        return files;
    }
}

/// <summary>The committed dev set (pool 0/1, seen while the rules were tuned), and how label problems are reported.</summary>
public sealed class DevSetLabelTests : LabelledSetChecks
{
    protected override string FolderName => "DevSet";

    protected override char[] HashPool => ['0', '1'];

    [Fact]
    public async Task A_label_that_does_not_fit_its_note_is_reported_with_file_and_line()
    {
        using var folder = new TemporaryDevSet();
        folder.Write("notes/demo/acquisitions.md", "Stripe acquired Bridge last year.\n\nThe deal closed in cash.\n");
        folder.Write("labels/demo/acquisitions.yaml", """
            note: demo/acquisitions.md
            entities:
              - name: Stripe
                type: Organization
                surfaces: [Stripe, stripe]
              - name: Bridge
                type: Organization
                surfaces: [Bridge]
            relations:
              - subject: Stripe
                predicate: ACQUIRED
                object: Bridge
                kind: explicit
                quote: Stripe bought Bridge
            negatives: []
            """);
        folder.Write("notes/demo/unlabelled.md", "Nothing labelled here.\n");

        var (_, problems) = await DevSet.LoadAsync(folder.Path, await SeedCatalog.LoadAsync(), CancellationToken.None);

        problems.Select(p => p.ToString()).Should().BeEquivalentTo(
            "labels/demo/acquisitions.yaml:3: surface 'stripe' of 'Stripe' occurs in no claim of demo/acquisitions.md (case-sensitive, whole words; headings, front matter and link targets are not claims)",
            "labels/demo/acquisitions.yaml:10: quote not found in the claims of demo/acquisitions.md: \"Stripe bought Bridge\"",
            "notes/demo/unlabelled.md:0: note has no label file, so the scorer would ignore it");
    }

    [Theory]
    [InlineData("Organization", "BOUGHT", "Bridge", "explicit", "subject: Stripe", "6: predicate: 'BOUGHT' is not an extraction predicate")]
    [InlineData("Organization", "RELEASED", "Bridge", "explicit", "subject: Stripe", "6: predicate: 'RELEASED' is not an extraction predicate")]
    [InlineData("Organization", "ACQUIRED", "Plaid", "explicit", "subject: Stripe", "7: object: 'Plaid' is not an entity of this file")]
    [InlineData("Concept", "ACQUIRED", "Bridge", "explicit", "subject: Stripe", "3: type: 'Concept' is not one of")]
    [InlineData("Organization", "ACQUIRED", "Bridge", "stated", "subject: Stripe", "8: kind: 'stated' is neither explicit nor implicit")]
    [InlineData("Organization", "ACQUIRED", "Bridge", "explicit", "colour: blue", "9: unknown field 'colour'")]
    public void A_malformed_label_file_names_the_line_and_the_field(string type, string predicate, string @object, string kind, string field, string expected)
    {
        var text = """
            note: demo/a.md
            entities:
              - {name: Stripe, type: TYPE, surfaces: [Stripe]}
              - {name: Bridge, type: Organization, surfaces: [Bridge]}
            relations:
              - predicate: PREDICATE
                object: OBJECT
                kind: KIND
                FIELD
                quote: Stripe acquired Bridge
            negatives: []
            """
            .Replace("TYPE", type, StringComparison.Ordinal)
            .Replace("PREDICATE", predicate, StringComparison.Ordinal)
            .Replace("OBJECT", @object, StringComparison.Ordinal)
            .Replace("KIND", kind, StringComparison.Ordinal)
            .Replace("FIELD", field, StringComparison.Ordinal);

        var read = () => LabelFileReader.Parse("labels/demo/a.yaml", text);

        read.Should().Throw<LabelFileException>().Which.Message.Should().StartWith("labels/demo/a.yaml:" + expected);
    }
}
