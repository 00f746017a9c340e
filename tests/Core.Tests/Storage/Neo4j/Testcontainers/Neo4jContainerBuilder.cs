using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace ClaimGraph.Core.Tests.Storage.Neo4j.Testcontainers;

/// <summary>
/// A Testcontainers builder for <c>neo4j:5.26</c> on the core library (the Testcontainers.Neo4j module is not served by
/// our package source): the HTTP port on a random host port, <c>NEO4J_AUTH</c> from <see cref="WithPassword"/>, and a
/// wait for an authenticated Query API <c>RETURN 1</c>. <see cref="Configuration"/> exposes what it will ask Docker for.
/// </summary>
public sealed class Neo4jContainerBuilder : ContainerBuilder<Neo4jContainerBuilder, IContainer, IContainerConfiguration>
{
    public const string Image = "neo4j:5.26";
    public const int HttpPort = 7474;
    public const string User = "neo4j";

    /// <summary>The first start initialises the store and the plugins' indexes; on a cold CI runner that takes a while.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    public Neo4jContainerBuilder()
        : this(new ContainerConfiguration())
    {
        DockerResourceConfiguration = Init().DockerResourceConfiguration;
    }

    private Neo4jContainerBuilder(IContainerConfiguration configuration)
        : base(configuration)
    {
        DockerResourceConfiguration = configuration;
    }

    /// <summary>The container's configuration as built so far: image, environment, ports, wait strategies.</summary>
    public IContainerConfiguration Configuration => DockerResourceConfiguration;

    protected override IContainerConfiguration DockerResourceConfiguration { get; }

    /// <summary>Sets the <c>neo4j</c> user's password and waits until the Query API accepts it.</summary>
    public Neo4jContainerBuilder WithPassword(string password)
    {
        // Neo4j 5 refuses passwords under 8 characters and then never starts.
        ArgumentOutOfRangeException.ThrowIfLessThan(password.Length, 8, nameof(password));
        return WithEnvironment("NEO4J_AUTH", $"{User}/{password}")
            .WithWaitStrategy(Wait.ForUnixContainer().AddCustomWaitStrategy(
                new Neo4jQueryApiReadiness(User, password),
                strategy => strategy.WithTimeout(StartTimeout).WithInterval(TimeSpan.FromSeconds(1))));
    }

    public override IContainer Build()
    {
        Validate();
        return new DockerContainer(DockerResourceConfiguration);
    }

    protected override Neo4jContainerBuilder Init() =>
        base.Init().WithImage(Image).WithPortBinding(HttpPort, assignRandomHostPort: true);

    protected override Neo4jContainerBuilder Clone(IResourceConfiguration<CreateContainerParameters> resourceConfiguration) =>
        Merge(DockerResourceConfiguration, new ContainerConfiguration(resourceConfiguration));

    protected override Neo4jContainerBuilder Clone(IContainerConfiguration resourceConfiguration) =>
        Merge(DockerResourceConfiguration, new ContainerConfiguration(resourceConfiguration));

    protected override Neo4jContainerBuilder Merge(IContainerConfiguration oldValue, IContainerConfiguration newValue) =>
        new(new ContainerConfiguration(oldValue, newValue));
}
