using System.Globalization;
using System.Text;

namespace ClaimGraph.GraphQL.Language;

/// <summary>
/// The specification's lexical grammar: one significant token per call to <see cref="Next"/>, skipping
/// whitespace, line terminators, commas, comments and the byte order mark.
/// </summary>
public sealed class Lexer(string source)
{
    private readonly string _source = source;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public string Source => _source;

    public Token Next()
    {
        SkipIgnored();
        var body = _source;
        var position = _position;
        if (position >= body.Length)
        {
            return Make(TokenKind.EndOfFile, position, position, null);
        }

        var code = body[position];
        switch (code)
        {
            case '!': return Punctuator(TokenKind.Bang, position, 1);
            case '$': return Punctuator(TokenKind.Dollar, position, 1);
            case '&': return Punctuator(TokenKind.Ampersand, position, 1);
            case '(': return Punctuator(TokenKind.ParenLeft, position, 1);
            case ')': return Punctuator(TokenKind.ParenRight, position, 1);
            case '.':
                if (position + 2 < body.Length && body[position + 1] == '.' && body[position + 2] == '.')
                {
                    return Punctuator(TokenKind.Spread, position, 3);
                }
                break;
            case ':': return Punctuator(TokenKind.Colon, position, 1);
            case '=': return Punctuator(TokenKind.Equals, position, 1);
            case '@': return Punctuator(TokenKind.At, position, 1);
            case '[': return Punctuator(TokenKind.BracketLeft, position, 1);
            case ']': return Punctuator(TokenKind.BracketRight, position, 1);
            case '{': return Punctuator(TokenKind.BraceLeft, position, 1);
            case '|': return Punctuator(TokenKind.Pipe, position, 1);
            case '}': return Punctuator(TokenKind.BraceRight, position, 1);
            case '"':
                if (position + 2 < body.Length && body[position + 1] == '"' && body[position + 2] == '"')
                {
                    return ReadBlockString(position);
                }
                return ReadString(position);
        }

        if (IsDigit(code) || code == '-')
        {
            return ReadNumber(position);
        }
        if (IsNameStart(code))
        {
            return ReadName(position);
        }
        if (code == '\'')
        {
            throw Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }
        throw Error(position, IsUnicodeScalarAt(position)
            ? $"Unexpected character: {DescribeCodePointAt(position)}."
            : $"Invalid character: {DescribeCodePointAt(position)}.");
    }

    private void SkipIgnored()
    {
        var body = _source;
        while (_position < body.Length)
        {
            switch (body[_position])
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    NewLine();
                    break;
                case '\r':
                    _position += _position + 1 < body.Length && body[_position + 1] == '\n' ? 2 : 1;
                    NewLine();
                    break;
                case '#':
                    while (_position < body.Length && body[_position] is not ('\n' or '\r'))
                    {
                        _position++;
                    }
                    break;
                default:
                    return;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private Token Make(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    private Token Punctuator(TokenKind kind, int start, int length)
    {
        _position = start + length;
        return Make(kind, start, start + length, null);
    }

    private Token ReadName(int start)
    {
        var body = _source;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }
        _position = position;
        return Make(TokenKind.Name, start, position, body.Substring(start, position - start));
    }

    private Token ReadNumber(int start)
    {
        var body = _source;
        var position = start;
        var isFloat = false;
        if (CharAt(position) == '-')
        {
            position++;
        }
        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }
        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }
        if (CharAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (CharAt(position) is '+' or '-')
            {
                position++;
            }
            position = ReadDigits(position);
        }
        // Numbers may not run straight into a name or a dot: "1x" and "1.2.3" are errors, not two tokens.
        if (CharAt(position) == '.' || IsNameStart(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }
        _position = position;
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, body.Substring(start, position - start));
    }

    private int ReadDigits(int position)
    {
        if (!IsDigit(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCodePointAt(position)}.");
        }
        var body = _source;
        position++;
        while (position < body.Length && IsDigit(body[position]))
        {
            position++;
        }
        return position;
    }

    private Token ReadString(int start)
    {
        var body = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }
                _position = position + 1;
                return Make(TokenKind.String, start, position + 1, text);
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position = ReadEscape(position, value);
                chunkStart = position;
                continue;
            }
            if (code is '\n' or '\r')
            {
                break;
            }
            if (IsUnicodeScalarAt(position))
            {
                position += char.IsHighSurrogate(code) ? 2 : 1;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {DescribeCodePointAt(position)}.");
            }
        }
        throw Error(position, "Unterminated string.");
    }

    /// <summary>Reads the escape at <paramref name="position"/> (a backslash) into <paramref name="value"/>; returns the position after it.</summary>
    private int ReadEscape(int position, StringBuilder value)
    {
        var body = _source;
        var next = CharAt(position + 1);
        switch (next)
        {
            case '"': value.Append('"'); return position + 2;
            case '\\': value.Append('\\'); return position + 2;
            case '/': value.Append('/'); return position + 2;
            case 'b': value.Append('\b'); return position + 2;
            case 'f': value.Append('\f'); return position + 2;
            case 'n': value.Append('\n'); return position + 2;
            case 'r': value.Append('\r'); return position + 2;
            case 't': value.Append('\t'); return position + 2;
            case 'u':
                if (CharAt(position + 2) == '{')
                {
                    return ReadVariableWidthEscape(position, value);
                }
                return ReadFixedWidthEscape(position, value);
        }
        var end = Math.Min(position + 2, body.Length);
        throw Error(position, $"Invalid character escape sequence: \"{body[position..end]}\".");
    }

    private int ReadVariableWidthEscape(int position, StringBuilder value)
    {
        var body = _source;
        var point = 0;
        var size = 3;
        // Up to 12 characters: enough for leading zeros before the largest code point; the spec allows any.
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }
                value.Append(char.ConvertFromUtf32(point));
                return position + size;
            }
            var digit = HexValue(code);
            if (digit < 0)
            {
                break;
            }
            point = (point << 4) | digit;
            if (point > 0x10FFFF)
            {
                break;
            }
        }
        var end = Math.Min(position + size, body.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{body[position..end]}\".");
    }

    private int ReadFixedWidthEscape(int position, StringBuilder value)
    {
        var body = _source;
        var code = ReadHex4(position + 2);
        if (code >= 0)
        {
            if (!char.IsSurrogate((char)code))
            {
                value.Append((char)code);
                return position + 6;
            }
            // A leading surrogate escape must be followed by a trailing one: together they are one code point.
            if (char.IsHighSurrogate((char)code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
            {
                var trailing = ReadHex4(position + 8);
                if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
                {
                    value.Append((char)code).Append((char)trailing);
                    return position + 12;
                }
            }
        }
        var end = Math.Min(position + 6, body.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{body[position..end]}\".");
    }

    private int ReadHex4(int position)
    {
        var a = HexValue(CharAt(position));
        var b = HexValue(CharAt(position + 1));
        var c = HexValue(CharAt(position + 2));
        var d = HexValue(CharAt(position + 3));
        return (a | b | c | d) < 0 ? -1 : (a << 12) | (b << 8) | (c << 4) | d;
    }

    private Token ReadBlockString(int start)
    {
        var body = _source;
        var line = _line;
        var column = start - _lineStart + 1;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                _position = position + 3;
                return new Token(TokenKind.BlockString, start, position + 3, line, column, BlockString.Dedent(lines));
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }
            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                _line++;
                _lineStart = position;
                continue;
            }
            if (IsUnicodeScalarAt(position))
            {
                position += char.IsHighSurrogate(code) ? 2 : 1;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {DescribeCodePointAt(position)}.");
            }
        }
        throw Error(position, "Unterminated string.");
    }

    private char CharAt(int position) => position < _source.Length ? _source[position] : '\0';

    private bool IsUnicodeScalarAt(int position)
    {
        var code = _source[position];
        if (code < 0x20 && code != '\t')
        {
            return false;
        }
        if (char.IsHighSurrogate(code))
        {
            return position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]);
        }
        return !char.IsLowSurrogate(code);
    }

    /// <summary>A character as graphql-js quotes it in messages: printable ASCII in quotes, anything else as U+XXXX.</summary>
    private string DescribeCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }
        int code = _source[position];
        if (char.IsHighSurrogate((char)code) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]))
        {
            code = char.ConvertToUtf32(_source[position], _source[position + 1]);
        }
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxError Error(int position, string description)
    {
        // Errors inside block strings can sit on a later line than the token start: recount from the start of input.
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < _source.Length; i++)
        {
            var c = _source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= _source.Length || _source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new GraphQLSyntaxError(description, line, position - lineStart + 1);
    }

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    internal static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    private static bool IsUnicodeScalarValue(int point) => point is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
