using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Core.Tests.Storage;

public sealed class DiscoveredEntitiesTests
{
    [Fact]
    public void A_note_that_gives_no_type_does_not_outvote_one_that_does()
    {
        var resolved = DiscoveredEntities.Resolve("jeff-bezos",
            [Proposal(EntityType.Other), Proposal(EntityType.Other), Proposal(EntityType.Person)]);

        resolved.Type.Should().Be(EntityType.Person);
    }

    [Fact]
    public void The_most_frequent_given_type_wins_and_a_tie_goes_to_the_earlier_type()
    {
        DiscoveredEntities.Resolve("x", [Proposal(EntityType.Product), Proposal(EntityType.Product), Proposal(EntityType.Organization)])
            .Type.Should().Be(EntityType.Product);
        DiscoveredEntities.Resolve("x", [Proposal(EntityType.Product), Proposal(EntityType.Organization)])
            .Type.Should().Be(EntityType.Organization);
    }

    [Fact]
    public void An_entity_no_note_types_stays_other()
    {
        DiscoveredEntities.Resolve("x", [Proposal(EntityType.Other), Proposal(EntityType.Other)]).Type.Should().Be(EntityType.Other);
    }

    private static Entity Proposal(EntityType type) => new("x", "X", type, [], "", EntitySource.Discovered);
}
