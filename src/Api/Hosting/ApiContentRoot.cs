namespace ClaimGraph.Api;

/// <summary>Where the API reads its own files from (appsettings*.json, wwwroot), wherever it is started from.</summary>
public static class ApiContentRoot
{
    private static readonly string[] ContentRootVariables = ["ASPNETCORE_CONTENTROOT", "DOTNET_CONTENTROOT"];

    /// <summary>
    /// The app's own folder as content root, so <c>dotnet src/Api/bin/Release/net10.0/ClaimGraph.Api.dll</c> started from
    /// anywhere reads the appsettings*.json shipped beside it (as the ingest worker does). A content root named explicitly
    /// (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>) is left to the host.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var named = args.Any(arg => arg.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || ContentRootVariables.Any(variable => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)));
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = named ? null : AppContext.BaseDirectory,
        };
    }
}
