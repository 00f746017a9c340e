using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimGraph.Core.Tests.Storage.Neo4j;
using YamlDotNet.RepresentationModel;

namespace ClaimGraph.Core.Tests.Deployment;

/// <summary>
/// There is no Docker engine in CI, so docker-compose.yml and the Dockerfiles are checked for what the stack relies on:
/// the services, their start order, health checks that mean "usable" (the Neo4j one is run against a local stand-in for
/// the Query API), credentials from the env file, ports on 127.0.0.1, the build context, and multi-stage, non-root images
/// built with the SDK global.json pins.
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
        Scalar(healthcheck, "retries").Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Neo4j_is_healthy_only_when_an_authenticated_Query_API_request_returns_the_row()
    {
        var test = Sequence(Map(Map(Services, "neo4j"), "healthcheck"), "test").Select(n => ((YamlScalarNode)n).Value!).ToList();

        test[0].Should().Be("CMD-SHELL");
        var command = test[1];
        command.Should().Contain("http://127.0.0.1:7474/db/neo4j/query/v2", "the adapter's own endpoint, not an open port")
            .And.Contain("$${NEO4J_AUTH%%/*}").And.Contain("$${NEO4J_AUTH#*/}")
            .And.Contain("RETURN 1")
            .And.Contain("grep -q");
    }

    [RequiresTheory(Prerequisite.Wget)]
    [InlineData(202, """{"data":{"fields":["ready"],"values":[[1]]},"bookmarks":["FB:x"]}""", true)]
    [InlineData(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid credential."}]}""", false)]
    [InlineData(503, """{"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"unavailable"}]}""", false)]
    [InlineData(202, """{"data":{"fields":["ready"],"values":[]}}""", false)]
    public async Task The_Neo4j_health_command_passes_only_on_the_row_and_sends_the_env_file_credentials(int status, string body, bool healthy)
    {
        await using var neo4j = await FakeNeo4jServer.StartAsync();
        neo4j.Respond = _ => new FakeResponse(status, body);
        var command = ((YamlScalarNode)Sequence(Map(Map(Services, "neo4j"), "healthcheck"), "test")[1]).Value!
            .Replace("$$", "$", StringComparison.Ordinal)
            .Replace("http://127.0.0.1:7474", neo4j.Uri.ToString().TrimEnd('/'), StringComparison.Ordinal);
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment["NEO4J_AUTH"] = EnvironmentFile()["NEO4J_AUTH"];

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);

        (process.ExitCode == 0).Should().Be(healthy, $"the command exited {process.ExitCode}: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
        var request = neo4j.Requests.Should().ContainSingle().Subject;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/neo4j/query/v2");
        request.Authorization.Should().Be($"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes(EnvironmentFile()["NEO4J_AUTH"].Replace('/', ':')))}");
        request.Statement.Should().Be("RETURN 1 AS ready");
    }

    [Fact]
    public void Every_published_port_is_bound_to_127_0_0_1()
    {
        var ports = Services.Children.Values.OfType<YamlMappingNode>()
            .Where(service => service.Children.ContainsKey(new YamlScalarNode("ports")))
            .SelectMany(service => Sequence(service, "ports").Select(n => ((YamlScalarNode)n).Value!))
            .ToList();

        ports.Should().NotBeEmpty().And.OnlyContain(port => port.StartsWith("127.0.0.1:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_api_is_healthy_when_its_own_probe_gets_200_from_health_ready_on_the_port_it_listens_on()
    {
        var api = Map(Services, "api");
        var test = Sequence(Map(api, "healthcheck"), "test").Select(n => ((YamlScalarNode)n).Value!).ToList();
        var listenPort = new Uri(Scalar(Map(api, "environment"), "ASPNETCORE_URLS")!.Replace("+", "localhost", StringComparison.Ordinal)).Port;

        test.Should().Equal("CMD", "dotnet", "ClaimGraph.Api.dll", "--health-check", $"http://127.0.0.1:{listenPort}/health/ready");
        Scalar(Map(api, "healthcheck"), "retries").Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void The_README_says_how_to_change_the_password_and_that_ports_are_local()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));

        readme.Should().Contain("docker compose down -v").And.Contain("127.0.0.1");
        File.ReadAllText(RepositoryRoot.Combine("neo4j.env")).Should().Contain("docker compose down -v");
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
        Sequence(api, "ports").Select(n => ((YamlScalarNode)n).Value).Should().Contain("127.0.0.1:5080:5080");
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

        var sdk = PinnedSdkVersion();
        stages.Should().HaveCount(2);
        stages[0].Should().Be($"FROM mcr.microsoft.com/dotnet/sdk:{sdk} AS build", "the image builds with the SDK global.json pins");
        stages[1].Should().Be($"FROM mcr.microsoft.com/dotnet/aspnet:{sdk.Major}.{sdk.Minor} AS runtime");
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

    [Theory]
    [InlineData("src/Api/data/claimgraph.db")]
    [InlineData("src/Api/data/claimgraph.db-wal")]
    [InlineData("data/claimgraph.db")]
    [InlineData("claimgraph.db-shm")]
    [InlineData("src/Ingest/some/deeper/folder/data/other.txt")]
    [InlineData("bench/results/store.db")]
    [InlineData("src/Api/bin/Release/net10.0/ClaimGraph.Api.dll")]
    [InlineData("tests/Core.Tests/obj/project.assets.json")]
    [InlineData("src/Api/graphiql/node_modules/react/index.js")]
    [InlineData("tests/js/node_modules/graphql/package.json")]
    [InlineData(".git/HEAD")]
    public void The_docker_build_context_leaves_out_stores_build_output_and_node_modules_at_any_depth(string path)
    {
        DockerIgnore().Should().Contain(pattern => pattern.Excludes(path), $"'{path}' must not enter the build context");
    }

    [Theory]
    [InlineData("src/Api/Program.cs")]
    [InlineData("src/Api/graphiql/package-lock.json")]
    [InlineData("seeds/notes/bittensor.md")]
    [InlineData("global.json")]
    [InlineData("Directory.Packages.props")]
    public void The_docker_build_context_keeps_what_the_images_build_from(string path)
    {
        DockerIgnore().Should().NotContain(pattern => pattern.Excludes(path), $"the Dockerfiles copy '{path}'");
    }

    [Fact]
    public void The_SDK_global_json_pins_is_the_one_this_repository_builds_with()
    {
        var sdk = PinnedSdkVersion();

        sdk.Build.Should().BeGreaterThanOrEqualTo(100, "an SDK version is major.minor.(feature band)(patch), e.g. 10.0.100");
        File.ReadAllText(RepositoryRoot.Combine("Directory.Build.props")).Should().Contain($"<TargetFramework>net{sdk.Major}.{sdk.Minor}</TargetFramework>");
    }

    private static Version PinnedSdkVersion()
    {
        using var globalJson = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("global.json")));
        return Version.Parse(globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString()!);
    }

    private static List<DockerIgnorePattern> DockerIgnore()
    {
        var lines = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
        lines.Should().NotContain(line => line.StartsWith('!'), "the matcher below does not model exceptions");
        return lines.Select(line => new DockerIgnorePattern(line)).ToList();
    }

    /// <summary>
    /// A .dockerignore line as Docker reads it: relative to the context root, trailing slash ignored, <c>**</c> any number
    /// of folders, <c>*</c> and <c>?</c> within one name; a match on a folder excludes everything in it.
    /// </summary>
    private sealed class DockerIgnorePattern(string line)
    {
        private readonly Regex _regex = new($"^{ToRegex(line.TrimEnd('/'))}(/.*)?$", RegexOptions.CultureInvariant);

        public bool Excludes(string path) => _regex.IsMatch(path);

        public override string ToString() => line;

        private static string ToRegex(string pattern)
        {
            var regex = new StringBuilder();
            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    var followedBySlash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    regex.Append(followedBySlash ? "(.*/)?" : ".*");
                    i += followedBySlash ? 2 : 1;
                }
                else
                {
                    regex.Append(pattern[i] switch
                    {
                        '*' => "[^/]*",
                        '?' => "[^/]",
                        var other => Regex.Escape(other.ToString()),
                    });
                }
            }

            return regex.ToString();
        }
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
