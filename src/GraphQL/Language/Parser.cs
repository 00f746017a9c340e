using System.Runtime.CompilerServices;

namespace ClaimGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents. Recursion is bounded by <see cref="ParserOptions.MaxDepth"/>, counted
/// explicitly and capped at <see cref="ParserOptions.MaxDepthCeiling"/> whatever the options say, and every level checks
/// that the thread has stack left, so no input under any options can exhaust the stack.
/// </summary>
public sealed class Parser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly int _maxDepth;
    private Token _token;
    private Token? _lookahead;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;
    private int _fieldCount;

    private Parser(string source, ParserOptions options)
    {
        _options = options;
        _maxDepth = options.EffectiveMaxDepth;
        _lexer = new Lexer(source);
        _token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    /// <summary>Parses an executable document (type-system definitions are syntax-checked and kept as markers).</summary>
    /// <exception cref="GraphQLSyntaxError">The document is not valid GraphQL syntax or exceeds a limit.</exception>
    /// <exception cref="GraphQLError">The document is longer than <see cref="ParserOptions.MaxDocumentLength"/>.</exception>
    public static Document Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        if (source.Length > options.MaxDocumentLength)
        {
            throw new GraphQLError(
                $"Document of {source.Length} characters exceeds the maximum document size of {options.MaxDocumentLength} characters (MaxDocumentLength).");
        }
        var parser = new Parser(source, options);
        parser.Advance();
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal, e.g. a default value written in code.</summary>
    public static Value ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options ?? ParserOptions.Default);
        parser.Advance();
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeReference ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options ?? ParserOptions.Default);
        parser.Advance();
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private Document ParseDocument()
    {
        var start = _token;
        var definitions = new List<Definition>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (_token.Kind != TokenKind.EndOfFile);
        return new Document(new Location(start.Start, _lastEnd, start.Line, start.Column), definitions);
    }

    private Definition ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw Error(_token, "Unexpected description, descriptions are not supported on shorthand queries.");
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema" or "scalar" or "type" or "interface" or "union" or "enum" or "input" or "directive":
                    return ParseTypeSystemDefinition();
                case "query" or "mutation" or "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw Error(_token, "Unexpected description, only GraphQL definitions support descriptions.");
            }
            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private OperationDefinition ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.BraceLeft))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinition(LocationFrom(start), OperationType.Query, null, [], [], shorthand);
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        string? name = null;
        var nameLocation = default(Location);
        if (Peek(TokenKind.Name))
        {
            var nameToken = _token;
            name = ParseName();
            nameLocation = LocationFrom(nameToken);
        }
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinition(LocationFrom(start), operation, name, variables, directives, selectionSet)
        {
            Description = description,
            NameLocation = nameLocation,
        };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinition> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }
        var definitions = new List<VariableDefinition>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenRight));
        return definitions;
    }

    private VariableDefinition ParseVariableDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        Value? defaultValue = null;
        if (ExpectOptional(TokenKind.Equals))
        {
            defaultValue = ParseValueLiteral(isConst: true);
        }
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinition(LocationFrom(start), variable, type, defaultValue, directives) { Description = description };
    }

    private VariableReference ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        var nameToken = _token;
        var name = ParseName();
        return new VariableReference(LocationFrom(start), name) { NameLocation = LocationFrom(nameToken) };
    }

    private SelectionSet ParseSelectionSet()
    {
        var start = _token;
        Expect(TokenKind.BraceLeft);
        Enter(start);
        var selections = new List<Selection>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        _depth--;
        return new SelectionSet(LocationFrom(start), selections);
    }

    private Field ParseField()
    {
        var start = _token;
        if (++_fieldCount > _options.MaxFields)
        {
            throw Error(start, $"Document contains more than {_options.MaxFields} fields (MaxFields). Parsing aborted.");
        }
        var nameOrAlias = ParseName();
        string? alias = null;
        string name;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }
        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new Field(LocationFrom(start), alias, name, arguments, directives, selectionSet);
    }

    private IReadOnlyList<Argument> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return [];
        }
        var arguments = new List<Argument>();
        do
        {
            var start = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            arguments.Add(new Argument(LocationFrom(start), name, value));
        }
        while (!ExpectOptional(TokenKind.ParenRight));
        return arguments;
    }

    private Selection ParseFragment()
    {
        var start = _token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var nameToken = _token;
            var name = ParseName();
            var nameLocation = LocationFrom(nameToken);
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpread(LocationFrom(start), name, spreadDirectives) { NameLocation = nameLocation };
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragment(LocationFrom(start), typeCondition, directives, selectionSet);
    }

    private FragmentDefinition ParseFragmentDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        if (_token.Kind == TokenKind.Name && _token.Value == "on")
        {
            throw Unexpected(_token);
        }
        var nameToken = _token;
        var name = ParseName();
        var nameLocation = LocationFrom(nameToken);
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinition(LocationFrom(start), name, typeCondition, directives, selectionSet)
        {
            Description = description,
            NameLocation = nameLocation,
        };
    }

    private Value ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValue(LocationFrom(token), token.Value!);
            case TokenKind.Float:
                Advance();
                return new FloatValue(LocationFrom(token), token.Value!);
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValue(LocationFrom(token), true),
                    "false" => new BooleanValue(LocationFrom(token), false),
                    "null" => new NullValue(LocationFrom(token)),
                    _ => new EnumValue(LocationFrom(token), token.Value!),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_token.Kind == TokenKind.Name)
                    {
                        throw Error(token, $"Unexpected variable \"${_token.Value}\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValue ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValue(LocationFrom(token), token.Value!, token.Kind == TokenKind.BlockString);
    }

    private ListValue ParseList(bool isConst)
    {
        var start = _token;
        Expect(TokenKind.BracketLeft);
        Enter(start);
        var values = new List<Value>();
        while (!ExpectOptional(TokenKind.BracketRight))
        {
            values.Add(ParseValueLiteral(isConst));
        }
        _depth--;
        return new ListValue(LocationFrom(start), values);
    }

    private ObjectValue ParseObject(bool isConst)
    {
        var start = _token;
        Expect(TokenKind.BraceLeft);
        Enter(start);
        var fields = new List<ObjectField>();
        while (!ExpectOptional(TokenKind.BraceRight))
        {
            var fieldStart = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            fields.Add(new ObjectField(LocationFrom(fieldStart), name, value));
        }
        _depth--;
        return new ObjectValue(LocationFrom(start), fields);
    }

    private IReadOnlyList<Directive> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        var directives = new List<Directive>();
        while (Peek(TokenKind.At))
        {
            var start = _token;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            directives.Add(new Directive(LocationFrom(start), name, arguments));
        }
        return directives;
    }

    private TypeReference ParseTypeReference()
    {
        var start = _token;
        TypeReference type;
        if (ExpectOptional(TokenKind.BracketLeft))
        {
            Enter(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketRight);
            _depth--;
            type = new ListTypeReference(LocationFrom(start), inner);
        }
        else
        {
            type = ParseNamedType();
        }
        if (ExpectOptional(TokenKind.Bang))
        {
            return new NonNullTypeReference(LocationFrom(start), type);
        }
        return type;
    }

    private NamedTypeReference ParseNamedType()
    {
        var start = _token;
        var name = ParseName();
        return new NamedTypeReference(LocationFrom(start), name);
    }

    private string ParseName() => Expect(TokenKind.Name).Value!;

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValue? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // Type-system definitions: the full grammar is checked so syntax verdicts match the reference implementation,
    // but only the definition's kind and name are kept (they are never executable).
    private TypeSystemDefinition ParseTypeSystemDefinition()
    {
        var start = _token;
        ParseDescription();
        var keyword = Expect(TokenKind.Name).Value!;
        string? name = null;
        switch (keyword)
        {
            case "schema":
                ParseDirectives(isConst: true);
                Expect(TokenKind.BraceLeft);
                do
                {
                    ParseOperationType();
                    Expect(TokenKind.Colon);
                    ParseNamedType();
                }
                while (!ExpectOptional(TokenKind.BraceRight));
                break;
            case "scalar":
                name = ParseName();
                ParseDirectives(isConst: true);
                break;
            case "type" or "interface":
                name = ParseName();
                ParseImplementsInterfaces();
                ParseDirectives(isConst: true);
                ParseFieldsDefinition();
                break;
            case "union":
                name = ParseName();
                ParseDirectives(isConst: true);
                ParseUnionMembers();
                break;
            case "enum":
                name = ParseName();
                ParseDirectives(isConst: true);
                ParseEnumValuesDefinition();
                break;
            case "input":
                name = ParseName();
                ParseDirectives(isConst: true);
                ParseInputFieldsDefinition();
                break;
            case "directive":
                Expect(TokenKind.At);
                name = ParseName();
                ParseArgumentDefinitions();
                ExpectOptionalKeyword("repeatable");
                ExpectKeyword("on");
                ParseDirectiveLocations();
                break;
        }
        return new TypeSystemDefinition(LocationFrom(start), keyword, name, isExtension: false);
    }

    private TypeSystemDefinition ParseTypeSystemExtension()
    {
        var start = _token;
        var keywordToken = Lookahead();
        if (keywordToken.Kind != TokenKind.Name)
        {
            throw Unexpected(keywordToken);
        }
        ExpectKeyword("extend");
        var keyword = keywordToken.Value!;
        string? name = null;
        bool hasBody;
        switch (keyword)
        {
            case "schema":
                Advance();
                hasBody = ParseDirectives(isConst: true).Count > 0;
                if (ExpectOptional(TokenKind.BraceLeft))
                {
                    hasBody = true;
                    do
                    {
                        ParseOperationType();
                        Expect(TokenKind.Colon);
                        ParseNamedType();
                    }
                    while (!ExpectOptional(TokenKind.BraceRight));
                }
                break;
            case "scalar":
                Advance();
                name = ParseName();
                hasBody = ParseDirectives(isConst: true).Count > 0;
                break;
            case "type" or "interface":
                Advance();
                name = ParseName();
                hasBody = ParseImplementsInterfaces() | ParseDirectives(isConst: true).Count > 0 | ParseFieldsDefinition();
                break;
            case "union":
                Advance();
                name = ParseName();
                hasBody = ParseDirectives(isConst: true).Count > 0 | ParseUnionMembers();
                break;
            case "enum":
                Advance();
                name = ParseName();
                hasBody = ParseDirectives(isConst: true).Count > 0 | ParseEnumValuesDefinition();
                break;
            case "input":
                Advance();
                name = ParseName();
                hasBody = ParseDirectives(isConst: true).Count > 0 | ParseInputFieldsDefinition();
                break;
            default:
                throw Unexpected(keywordToken);
        }
        if (!hasBody)
        {
            throw Unexpected(_token);
        }
        return new TypeSystemDefinition(LocationFrom(start), keyword, name, isExtension: true);
    }

    private bool ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return false;
        }
        ExpectOptional(TokenKind.Ampersand);
        do
        {
            ParseNamedType();
        }
        while (ExpectOptional(TokenKind.Ampersand));
        return true;
    }

    private bool ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft))
        {
            return false;
        }
        do
        {
            ParseDescription();
            ParseName();
            ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            ParseTypeReference();
            ParseDirectives(isConst: true);
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        return true;
    }

    private void ParseArgumentDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenLeft))
        {
            return;
        }
        do
        {
            ParseInputValueDefinition();
        }
        while (!ExpectOptional(TokenKind.ParenRight));
    }

    private void ParseInputValueDefinition()
    {
        ParseDescription();
        ParseName();
        Expect(TokenKind.Colon);
        ParseTypeReference();
        if (ExpectOptional(TokenKind.Equals))
        {
            ParseValueLiteral(isConst: true);
        }
        ParseDirectives(isConst: true);
    }

    private bool ParseUnionMembers()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return false;
        }
        ExpectOptional(TokenKind.Pipe);
        do
        {
            ParseNamedType();
        }
        while (ExpectOptional(TokenKind.Pipe));
        return true;
    }

    private bool ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft))
        {
            return false;
        }
        do
        {
            ParseDescription();
            if (_token.Value is "true" or "false" or "null")
            {
                throw Error(_token, $"{_token.Describe()} is reserved and cannot be used for an enum value.");
            }
            ParseName();
            ParseDirectives(isConst: true);
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        return true;
    }

    private bool ParseInputFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceLeft))
        {
            return false;
        }
        do
        {
            ParseInputValueDefinition();
        }
        while (!ExpectOptional(TokenKind.BraceRight));
        return true;
    }

    private void ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        do
        {
            var token = _token;
            var name = ParseName();
            if (!DirectiveLocations.Contains(name))
            {
                throw Unexpected(token);
            }
        }
        while (ExpectOptional(TokenKind.Pipe));
    }

    private void Enter(Token start)
    {
        if (++_depth > _maxDepth)
        {
            var limit = _maxDepth < _options.MaxDepth
                ? $"{_maxDepth} (MaxDepth ceiling; MaxDepth is {_options.MaxDepth})"
                : $"{_maxDepth} (MaxDepth)";
            throw Error(start, $"Document exceeds the maximum nesting depth of {limit}. Parsing aborted.");
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(start, $"Document is nested too deeply ({_depth} levels) for the stack of this thread. Parsing aborted.");
        }
    }

    private Location LocationFrom(Token start) => new(start.Start, _lastEnd, start.Line, start.Column);

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw Error(token, $"Expected {Token.DescribeKind(kind)}, found {token.Describe()}.");
        }
        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }
        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = _token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            throw Error(token, $"Expected \"{keyword}\", found {token.Describe()}.");
        }
        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (_token.Kind != TokenKind.Name || _token.Value != keyword)
        {
            return false;
        }
        Advance();
        return true;
    }

    private Token Lookahead() => _lookahead ??= NextToken();

    private void Advance()
    {
        _lastEnd = _token.End;
        if (_lookahead is { } next)
        {
            _token = next;
            _lookahead = null;
        }
        else
        {
            _token = NextToken();
        }
    }

    private Token NextToken()
    {
        var token = _lexer.Next();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token, $"Document contains more than {_options.MaxTokens} tokens (MaxTokens). Parsing aborted.");
        }
        return token;
    }

    private static GraphQLSyntaxError Unexpected(Token token) => Error(token, $"Unexpected {token.Describe()}.");

    private static GraphQLSyntaxError Error(Token token, string description) => new(description, token.Line, token.Column);

}
