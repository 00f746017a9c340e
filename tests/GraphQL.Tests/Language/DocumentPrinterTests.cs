using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Tests.Language;

public class DocumentPrinterTests
{
    [Fact]
    public void Prints_canonical_text_that_parses_back_to_the_same_text()
    {
        const string source = """
            query Hero($episode: Episode = JEDI, $ids: [ID!]! = ["1", "2"]) @live {
              hero(episode: $episode, filter: {name: "R2", tags: [A, B], nested: {deep: null}}) {
                name
                alias: id
                friends @include(if: true) {
                  name
                }
                ... on Droid {
                  primaryFunction
                }
                ... @skip(if: false) {
                  id
                }
                ...HumanFields
              }
            }

            mutation {
              like(story: 123, ratio: 1.5e3, note: "line\nbreak \"quoted\"")
            }

            fragment HumanFields on Human {
              homePlanet
            }
            """;
        var printed = DocumentPrinter.Print(Parser.Parse(source));
        printed.Should().Be(source);
        DocumentPrinter.Print(Parser.Parse(printed)).Should().Be(printed);
    }

    [Fact]
    public void Prints_anonymous_queries_in_shorthand_and_keeps_the_keyword_when_needed()
    {
        DocumentPrinter.Print(Parser.Parse("query { a }")).Should().Be("{\n  a\n}");
        DocumentPrinter.Print(Parser.Parse("query ($v: Int) { a(x: $v) }")).Should().Be("query ($v: Int) {\n  a(x: $v)\n}");
    }

    [Fact]
    public void Prints_block_strings_like_graphql_js()
    {
        DocumentPrinter.Print(Parser.ParseValue("\"\"\"  indented\"\"\"")).Should().Be("\"\"\"  indented\"\"\"");
        DocumentPrinter.Print(Parser.ParseValue("\"\"\"two\n  lines\"\"\"")).Should().Be("\"\"\"\ntwo\nlines\n\"\"\"");
        BlockString.Print("ends with quote\"").Should().Be("\"\"\"\nends with quote\"\n\"\"\"");
    }

    [Fact]
    public void Escapes_control_characters_in_strings()
    {
        DocumentPrinter.PrintString("a\u0001b\u007Fc\td").Should().Be("\"a\\u0001b\\u007Fc\\td\"");
    }
}
