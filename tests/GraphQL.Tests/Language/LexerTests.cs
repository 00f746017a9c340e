using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token Single(string source) => new Lexer(source).Next();

    private static GraphQLSyntaxError LexError(string source)
    {
        var lexer = new Lexer(source);
        var action = () =>
        {
            while (lexer.Next().Kind != TokenKind.EndOfFile)
            {
            }
        };
        return action.Should().Throw<GraphQLSyntaxError>().Which;
    }

    [Fact]
    public void Skips_bom_whitespace_commas_and_comments()
    {
        var token = Single("\uFEFF \t,,\n# a comment\r\n  foo");
        token.Kind.Should().Be(TokenKind.Name);
        token.Value.Should().Be("foo");
        token.Line.Should().Be(3);
        token.Column.Should().Be(3);
    }

    [Fact]
    public void Lexes_every_punctuator()
    {
        var lexer = new Lexer("! $ & ( ) ... : = @ [ ] { | }");
        var kinds = new List<TokenKind>();
        for (var token = lexer.Next(); token.Kind != TokenKind.EndOfFile; token = lexer.Next())
        {
            kinds.Add(token.Kind);
        }
        kinds.Should().Equal(
            TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.ParenLeft, TokenKind.ParenRight, TokenKind.Spread,
            TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketLeft, TokenKind.BracketRight, TokenKind.BraceLeft,
            TokenKind.Pipe, TokenKind.BraceRight);
    }

    [Theory]
    [InlineData("4", TokenKind.Int, "4")]
    [InlineData("-4", TokenKind.Int, "-4")]
    [InlineData("0", TokenKind.Int, "0")]
    [InlineData("4.123", TokenKind.Float, "4.123")]
    [InlineData("-1.123e4", TokenKind.Float, "-1.123e4")]
    [InlineData("1E-10", TokenKind.Float, "1E-10")]
    [InlineData("0.5e+3", TokenKind.Float, "0.5e+3")]
    public void Lexes_numbers(string source, TokenKind kind, string value)
    {
        var token = Single(source);
        token.Kind.Should().Be(kind);
        token.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1x", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    public void Rejects_malformed_numbers_with_position(string source, string message, int line, int column)
    {
        var error = LexError(source);
        error.Message.Should().Be("Syntax Error: " + message);
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1F600}\"", "😀")]
    [InlineData("\"\\u{000041}\"", "A")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"literal 😀\"", "literal 😀")]
    public void Lexes_strings_with_escapes(string source, string value)
    {
        var token = Single(source);
        token.Kind.Should().Be(TokenKind.String);
        token.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"no end", "Unterminated string.", 1, 8)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000\".", 1, 6)]
    [InlineData("\"lone \\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 7)]
    [InlineData("\"lone \\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 7)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"bell \u0007\"", "Invalid character within String: U+0007.", 1, 7)]
    public void Rejects_malformed_strings_with_position(string source, string message, int line, int column)
    {
        var error = LexError(source);
        error.Message.Should().Be("Syntax Error: " + message);
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
    }

    [Fact]
    public void Block_strings_are_dedented_by_the_spec_algorithm()
    {
        var token = Single("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");
        token.Kind.Should().Be(TokenKind.BlockString);
        token.Value.Should().Be("Hello,\n  World!\n\nYours,\n  GraphQL.");
    }

    [Fact]
    public void Block_strings_keep_escapes_raw_except_escaped_triple_quotes()
    {
        Single("\"\"\"contains \\\"\"\" triple \\n quote\"\"\"").Value.Should().Be("contains \"\"\" triple \\n quote");
        Single("\"\"\"  white space  \"\"\"").Value.Should().Be("  white space  ");
        Single("\"\"\"first\r\n  second\r  third\"\"\"").Value.Should().Be("first\nsecond\nthird");
    }

    [Fact]
    public void Block_strings_advance_line_numbers()
    {
        var lexer = new Lexer("\"\"\"\nline\nline\n\"\"\" name");
        lexer.Next();
        var name = lexer.Next();
        name.Line.Should().Be(4);
        name.Column.Should().Be(5);
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("'single'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\u0007", "Invalid character: U+0007.", 1, 1)]
    [InlineData("\n\n   \"\"\"unterminated", "Unterminated string.", 3, 19)]
    public void Rejects_unexpected_characters_with_position(string source, string message, int line, int column)
    {
        var error = LexError(source);
        error.Message.Should().Be("Syntax Error: " + message);
        error.Locations.Should().Equal(new SourceLocation(line, column));
    }
}
