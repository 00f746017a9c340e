using ClaimGraph.Ingest.Parsing;

namespace ClaimGraph.Core.Tests.Parsing;

/// <summary>The five seed notes of the checkout the tests run from.</summary>
internal static class SeedNotes
{
    public const string Bankless = "000_7647ba90ee95cbab.txt";
    public const string OpenSource = "001_02dfa9c30dce8d2c.txt";
    public const string Brief = "002_bc6b0c7671b90487.txt";
    public const string Redpoint = "003_554dff3916f9a73f.txt";
    public const string Newsletter = "004_f2da56d9897322c7.txt";

    public static readonly string[] All = [Bankless, OpenSource, Brief, Redpoint, Newsletter];

    public static string Directory { get; } = RepositoryRoot.Combine("seeds", "notes");

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    public static ParsedNote Parse(string fileName) => new NoteParser().Parse(PathOf(fileName), File.ReadAllText(PathOf(fileName)));
}
