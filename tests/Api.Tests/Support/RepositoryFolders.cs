namespace ClaimGraph.Api.Tests.Support;

/// <summary>Folders of the checkout the tests run from.</summary>
public static class RepositoryFolders
{
    public static string Seeds => RepositoryRoot.Combine("seeds");

    public static string OpenApiDocument => RepositoryRoot.Combine("docs", "openapi.json");
}
