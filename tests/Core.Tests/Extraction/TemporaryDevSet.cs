namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>A dev set folder (notes/ and labels/) written by a test and deleted after it.</summary>
internal sealed class TemporaryDevSet : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("claimgraph-devset-").FullName;

    public void Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
