using ClaimGraph.Storage;
using ClaimGraph.Storage.Neo4j;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Core.Tests.Storage;

/// <summary>The terms both stores search for: repeated ones collapsed, words counted as the full-text indexes split them.</summary>
public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("a a a a", new[] { "a" }, 1)]
    [InlineData("A a OpenAI openai", new[] { "A", "OpenAI" }, 2)]
    [InlineData("open-source model open-source", new[] { "open-source", "model" }, 3)]
    [InlineData("  -- ?? deepseek  ", new[] { "deepseek" }, 1)]
    [InlineData("", new string[0], 0)]
    [InlineData("a-a-a-a-a", new[] { "a-a-a-a-a" }, 5)]
    public void Repeated_terms_count_once_and_joined_words_count_each_part(string text, string[] terms, int words)
    {
        var search = SearchTerms.Parse(text);

        search.Terms.Should().Equal(terms);
        search.WordCount.Should().Be(words);
    }

    [Fact]
    public void Five_thousand_copies_of_one_word_are_one_word()
    {
        var text = string.Join(' ', Enumerable.Repeat("a", 5_000));

        SearchTerms.Parse(text).WordCount.Should().Be(1);
        FullTextQuery.AllTerms(text).Should().Be("\"a\"");
        LuceneQuery.AllTerms(text).Should().Be("+\"a\"");
    }

    [Theory]
    [InlineData("a a a", "\"a\"")]
    [InlineData("decentralized training decentralized", "\"decentralized\" \"training\"")]
    [InlineData("say \"hi\" say", "\"say\" \"\"\"hi\"\"\"")]
    public void The_fts5_query_holds_each_distinct_term_once(string text, string expected) =>
        FullTextQuery.AllTerms(text).Should().Be(expected);

    [Theory]
    [InlineData("open", "\"open\"*")]
    [InlineData("open ai", "\"open\" \"ai\"*")]
    [InlineData("open open", "\"open\"")]
    [InlineData("ai open ai", "\"ai\" \"open\"")]
    public void Only_a_last_term_that_does_not_repeat_an_earlier_one_matches_as_a_prefix(string text, string expected) =>
        FullTextQuery.AllTerms(text, prefixLastTerm: true).Should().Be(expected);

    [Theory]
    [InlineData("open open", "+\"open\"")]
    [InlineData("open ai ai", "+\"open\" +\"ai\"")]
    [InlineData("ai open", "+\"ai\" +open*")]
    public void Lucene_prefix_follows_the_same_rule(string text, string expected) =>
        LuceneQuery.AllTerms(text, prefixLastTerm: true).Should().Be(expected);
}
