using ClaimGraph.GraphQL.Validation;

namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>"Did you mean" hints ranked and worded as graphql-js's suggestionList and didYouMean.</summary>
public sealed class SuggestionsTests
{
    [Fact]
    public void Ranks_by_edit_distance_then_natural_order_as_graphql_js_does()
    {
        Suggestions.For("nickname", ["name", "nickName", "nicknames", "barkVolume"]).Should().Equal("nickName", "nicknames", "name");
        Suggestions.For("abc", ["a2", "a10", "a1"]).Should().Equal("a1", "a2", "a10");
        Suggestions.For("a", ["a10", "a2", "a1", "b"]).Should().Equal("a1", "a2", "b");
    }

    [Fact]
    public void Counts_a_change_of_case_and_a_swap_of_neighbours_as_one_edit()
    {
        Suggestions.For("DOG", ["god", "dog"]).Should().Equal("dog", "god");
        Suggestions.For("ab", ["ba"]).Should().Equal("ba");
    }

    [Fact]
    public void Ignores_options_too_far_away()
    {
        Suggestions.For("meowVolume", ["barkVolume", "name", "owner"]).Should().Equal("barkVolume");
        Suggestions.For("x", ["yyyy"]).Should().BeEmpty();
    }

    [Fact]
    public void Words_the_hint_for_one_two_and_many_options()
    {
        Suggestions.DidYouMean([]).Should().BeEmpty();
        Suggestions.DidYouMean(["A"]).Should().Be(" Did you mean \"A\"?");
        Suggestions.DidYouMean(["A", "B"]).Should().Be(" Did you mean \"A\" or \"B\"?");
        Suggestions.DidYouMean("the enum value", ["A", "B", "C"]).Should().Be(" Did you mean the enum value \"A\", \"B\", or \"C\"?");
        Suggestions.DidYouMean(["A", "B", "C", "D", "E", "F", "G"]).Should().Be(" Did you mean \"A\", \"B\", \"C\", \"D\", or \"E\"?");
    }

    [Fact]
    public void Natural_order_compares_digit_runs_by_value()
    {
        Suggestions.NaturalCompare("a2", "a10").Should().BeNegative();
        Suggestions.NaturalCompare("a10", "a2").Should().BePositive();
        Suggestions.NaturalCompare("abc", "abc").Should().Be(0);
        Suggestions.NaturalCompare("ab", "abc").Should().BeNegative();
        Suggestions.NaturalCompare("B", "a").Should().BeNegative();
    }
}
