using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ClaimGraph.Core.Tests.Deployment;

/// <summary>
/// There is no Docker engine in CI, so docker-compose.yml and the Dockerfiles are checked for what the stack relies on:
/// the services, their start order, the healthcheck, credentials from the env file and multi-stage, non-root images.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly YamlMappingNode Compose = LoadCompose();

    private static YamlMappingNode Services => Map(Compose, "services");

    [Fact]
    public void Neo4j_is_a_5x_LTS_image_with_env_file_auth_a_named_volume_and_an_http_healthcheck()
    {
        var neo4j = Map(Services, "neo4j");

        var image = Scalar(neo4j, "image") ?? "";
        var version = ImageVersion().Match(image);
        version.Success.Should().BeTrue($"the image '{image}' names a neo4j:5.x version");
        int.Parse(version.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture).Should().Be(5);
        int.Parse(version.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(26);

        EnvFiles(neo4j).Should().Contain("neo4j.env");
        EnvironmentFile().Should().ContainKey("NEO4J_AUTH");

        var volume = Sequence(neo4j, "volumes").Select(v => ((YamlScalarNode)v).Value!).Should().ContainSingle().Subject;
        volume.Should().EndWith(":/data");
        var volumeName = volume.Split(':')[0];
        Map(Compose, "volumes").Children.Keys.Select(k => ((YamlScalarNode)k).Value).Should().Contain(volumeName, "the data volume is named, not a bind mount");

        var healthcheck = Map(neo4j, "healthcheck");
        string.Join(" ", Sequence(healthcheck, "test").Select(n => ((YamlScalarNode)n).Value)).Should().Contain("7474");
        Scalar(healthcheck, "retries").Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void The_default_credentials_agree_between_Neo4j_and_the_ClaimGraph_services()
    {
        var values = EnvironmentFile();
        var auth = values["NEO4J_AUTH"].Split('/', 2);

        auth.Should().HaveCount(2, "NEO4J_AUTH is user/password");
        values["Store__Neo4j__User"].Should().Be(auth[0]);
        values["Store__Neo4j__Password"].Should().Be(auth[1]);
        auth[1].Length.Should().BeGreaterThanOrEqualTo(8, "Neo4j 5 refuses shorter passwords");
    }

    [Fact]
    public void Ingest_waits_for_a_healthy_Neo4j_and_loads_the_seeds()
    {
        var ingest = Map(Services, "ingest");

        Scalar(Map(Map(ingest, "depends_on"), "neo4j"), "condition").Should().Be("service_healthy");
        Scalar(Map(ingest, "environment"), "Store__Provider").Should().Be("Neo4j");
        Scalar(Map(ingest, "environment"), "Store__Neo4j__Uri").Should().Be("http://neo4j:7474");
        EnvFiles(ingest).Should().Contain("neo4j.env");
        Sequence(ingest, "command").Select(n => ((YamlScalarNode)n).Value).Should().Contain(arg => arg!.Contains("seeds/notes", StringComparison.Ordinal));
        Scalar(Map(ingest, "build"), "dockerfile").Should().Be("src/Ingest/Dockerfile");
    }

    [Fact]
    public void The_api_starts_after_ingest_completed_and_serves_port_5080_from_Neo4j()
    {
        var api = Map(Services, "api");

        Scalar(Map(Map(api, "depends_on"), "ingest"), "condition").Should().Be("service_completed_successfully");
        Scalar(Map(api, "environment"), "Store__Provider").Should().Be("Neo4j");
        Scalar(Map(api, "environment"), "Store__Neo4j__Uri").Should().Be("http://neo4j:7474");
        EnvFiles(api).Should().Contain("neo4j.env");
        Sequence(api, "ports").Select(n => ((YamlScalarNode)n).Value).Should().Contain("5080:5080");
        Scalar(Map(api, "build"), "dockerfile").Should().Be("src/Api/Dockerfile");
    }

    [Theory]
    [InlineData("src/Api/Dockerfile", "ClaimGraph.Api.dll")]
    [InlineData("src/Ingest/Dockerfile", "ClaimGraph.Ingest.dll")]
    public void Dockerfiles_build_with_the_SDK_and_run_on_the_runtime_image_as_a_non_root_user(string path, string entryAssembly)
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine(path.Split('/')))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        var stages = lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        stages.Should().HaveCount(2);
        stages[0].Should().StartWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build");
        stages[1].Should().StartWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0");
        var runtime = lines.SkipWhile(line => line != stages[1]).ToList();
        runtime.Should().Contain(line => line.StartsWith("COPY --from=build", StringComparison.Ordinal));
        var user = runtime.Last(line => line.StartsWith("USER ", StringComparison.Ordinal));
        user.Should().NotBe("USER root").And.NotBe("USER 0");
        runtime.IndexOf(user).Should().BeLessThan(runtime.FindIndex(line => line.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
        runtime.Should().Contain(line => line.StartsWith("ENTRYPOINT", StringComparison.Ordinal) && line.Contains(entryAssembly, StringComparison.Ordinal));

        // Every project file the restore layer copies must exist, or the image build fails on a fresh clone.
        foreach (var copied in lines.Where(line => line.StartsWith("COPY src/", StringComparison.Ordinal) && line.Contains(".csproj", StringComparison.Ordinal)))
        {
            File.Exists(RepositoryRoot.Combine(copied.Split(' ')[1].Split('/'))).Should().BeTrue($"'{copied}' copies an existing project");
        }
    }

    [Fact]
    public void The_docker_build_context_leaves_out_build_output_and_node_modules()
    {
        var ignored = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore"));

        ignored.Should().Contain(["**/bin/", "**/obj/", "**/node_modules/", ".git/"]);
    }

    private static YamlMappingNode LoadCompose()
    {
        using var reader = new StreamReader(RepositoryRoot.Combine("docker-compose.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static Dictionary<string, string> EnvironmentFile() =>
        File.ReadAllLines(RepositoryRoot.Combine("neo4j.env"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    private static IEnumerable<string> EnvFiles(YamlMappingNode service) =>
        service.Children[new YamlScalarNode("env_file")] switch
        {
            YamlScalarNode single => [single.Value!],
            YamlSequenceNode many => many.Select(node => node is YamlScalarNode scalar ? scalar.Value! : Scalar((YamlMappingNode)node, "path")!),
            var other => throw new InvalidOperationException($"env_file has an unexpected shape: {other}"),
        };

    private static YamlMappingNode Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode map
            ? map
            : throw new InvalidOperationException($"docker-compose.yml: '{key}' is missing or not a mapping.");

    private static YamlSequenceNode Sequence(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlSequenceNode sequence
            ? sequence
            : throw new InvalidOperationException($"docker-compose.yml: '{key}' is missing or not a list.");

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar
            ? scalar.Value
            : throw new InvalidOperationException($"docker-compose.yml: '{key}' is missing or not a scalar.");

    [GeneratedRegex(@"^neo4j:(?<major>\d+)\.(?<minor>\d+)(\.\d+)?(-[a-z]+)?$")]
    private static partial Regex ImageVersion();
}
