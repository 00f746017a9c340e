namespace ClaimGraph.GraphQL.Language;

public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenLeft,
    ParenRight,
    Spread,
    Colon,
    Equals,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>A lexical token; Value holds the text of names and numbers and the cooked value of strings.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    public Location ToLocation(int end) => new(Start, end, Line, Column);

    /// <summary>How the token reads in a syntax error message, as graphql-js words it.</summary>
    public string Describe() => Value is null || Kind is TokenKind.EndOfFile ? DescribeKind(Kind) : $"{DescribeKind(Kind)} \"{Value}\"";

    public static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };
}

/// <summary>A syntax error with the 1-based line and column where it was found.</summary>
public sealed class GraphQLSyntaxError(string description, int line, int column)
    : GraphQLError("Syntax Error: " + description, [new SourceLocation(line, column)])
{
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Description { get; } = description;
}
