using ClaimGraph.Api.GraphQL;
using ClaimGraph.Api.Tests.GraphQL.Support;
using ClaimGraph.Api.Tests.Support;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.Tests.GraphQL;

/// <summary>The endpoint's limits come from the <c>GraphQL</c> configuration section, and a bad value stops the host at start.</summary>
public sealed class GraphQLConfigurationTests
{
    private static ClaimGraphApiFactory FactoryWith(params (string Key, string Value)[] settings) =>
        new(settings.ToDictionary(setting => setting.Key, setting => (string?)setting.Value));

    [Fact]
    public async Task Limits_and_the_introspection_switch_are_read_from_configuration()
    {
        await using var factory = FactoryWith(
            ("GraphQL:MaxDepth", "2"), ("GraphQL:MaxPageSize", "5"), ("GraphQL:EnableIntrospection", "false"));
        using var client = factory.CreateClient();
        await factory.WaitUntilReadyAsync();

        (await client.PostAsync("{ entity(id: \"x\") { relations { totalCount } } }")).ErrorMessages
            .Should().ContainSingle().Which.Should().Contain("maximum depth of 2 (MaxDepth)");
        (await client.PostAsync("{ entities(first: 6) { totalCount } }")).ErrorMessages
            .Should().ContainSingle().Which.Should().Contain("maximum page size of 5");
        (await client.PostAsync("{ __schema { queryType { name } } }")).ErrorMessages
            .Should().ContainSingle().Which.Should().ContainEquivalentOf("introspection");
        (await client.PostAsync("{ entities(first: 5) { totalCount } }")).SuccessfulData()["entities"]!["totalCount"]!
            .GetValue<int>().Should().BePositive();
    }

    [Fact]
    public async Task A_bad_limit_stops_the_host_naming_the_setting()
    {
        var settings = new Dictionary<string, string?> { ["GraphQL:MaxDepth"] = "0", ["GraphQL:Path"] = "graphql/" };

        var start = () => HostStart.StartAsync(builder => builder.AddClaimGraphQL(), settings);

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Failures.Should().Contain(failure => failure.Contains("GraphQL:MaxDepth", StringComparison.Ordinal))
            .And.Contain(failure => failure.Contains("GraphQL:Path", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nesting_limits_are_read_from_configuration()
    {
        await using var factory = FactoryWith(("GraphQL:MaxNestingDepth", "3"), ("GraphQL:MaxJsonDepth", "2"));
        using var client = factory.CreateClient();
        await factory.WaitUntilReadyAsync();

        (await client.PostAsync("{ entity(id: \"bittensor\") { relations { edges { node { id } } } } }")).ErrorMessages
            .Should().ContainSingle().Which.Should().Contain("maximum nesting depth of 3 (MaxDepth)");
        (await client.PostAsync("{ stats { notes } }", new { deep = new[] { new[] { 1 } } })).ErrorMessages
            .Should().ContainSingle().Which.Should().Contain("nests deeper than 2 levels");
        (await client.PostAsync("{ entity(id: \"bittensor\") { name } }")).SuccessfulData()["entity"]!["name"]!
            .GetValue<string>().Should().Be("BitTensor");
    }

    [Theory]
    [InlineData("GraphQL:MaxNestingDepth", "10001")]
    [InlineData("GraphQL:MaxJsonDepth", "0")]
    public async Task Nesting_limits_beyond_the_ceiling_stop_the_host(string key, string value)
    {
        var start = () => HostStart.StartAsync(builder => builder.AddClaimGraphQL(), new Dictionary<string, string?> { [key] = value });

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Failures.Should().ContainSingle().Which.Should().Be($"{key} must be between 1 and 10000 (the nesting ceiling); got {value}.");
    }
}
