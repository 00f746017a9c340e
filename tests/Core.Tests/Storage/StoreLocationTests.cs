using ClaimGraph.Storage;

namespace ClaimGraph.Core.Tests.Storage;

/// <summary>The base a relative Store:Sqlite:Path resolves against, the same for the API and the ingest worker.</summary>
public sealed class StoreLocationTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimgraph-store-location-");

    [Fact]
    public void The_repository_root_above_the_content_root_wins()
    {
        var repository = Checkout("repository");
        var appFolder = Directory.CreateDirectory(Path.Combine(repository, "src", "Api", "bin", "Release", "net10.0")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder.FullName, "elsewhere")).FullName;

        StoreLocation.BaseDirectory(appFolder, elsewhere).Should().Be(repository);
    }

    [Fact]
    public void Without_one_above_the_content_root_the_repository_root_above_the_working_directory_is_used()
    {
        var repository = Checkout("repository");
        var workingDirectory = Directory.CreateDirectory(Path.Combine(repository, "notes")).FullName;
        var published = Directory.CreateDirectory(Path.Combine(_folder.FullName, "published")).FullName;

        StoreLocation.BaseDirectory(published, workingDirectory).Should().Be(repository);
    }

    [Fact]
    public void Outside_any_repository_the_working_directory_is_the_base()
    {
        var published = Directory.CreateDirectory(Path.Combine(_folder.FullName, "published")).FullName;
        var workingDirectory = Directory.CreateDirectory(Path.Combine(_folder.FullName, "work")).FullName;

        StoreLocation.BaseDirectory(published, workingDirectory).Should().Be(workingDirectory);
        StoreRegistration.ResolveSqliteLocation("data/claimgraph.db", StoreLocation.BaseDirectory(published, workingDirectory))
            .Should().Be(Path.Combine(workingDirectory, "data", "claimgraph.db"));
    }

    [Fact]
    public void The_nearest_solution_file_marks_the_root()
    {
        var outer = Checkout("outer");
        var inner = Checkout(Path.Combine("outer", "vendored", "inner"));

        StoreLocation.RepositoryRootAbove(Path.Combine(inner)).Should().Be(inner);
        StoreLocation.RepositoryRootAbove(Path.Combine(outer, "vendored")).Should().Be(outer);
    }

    private string Checkout(string relative)
    {
        var root = Directory.CreateDirectory(Path.Combine(_folder.FullName, relative)).FullName;
        File.WriteAllText(Path.Combine(root, StoreLocation.SolutionFileName), "");
        return root;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
