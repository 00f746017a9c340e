using ClaimGraph.GraphQL.Language;

namespace ClaimGraph.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLError ParseError(string source, ParserOptions? options = null)
    {
        var action = () => Parser.Parse(source, options);
        return action.Should().Throw<GraphQLError>().Which;
    }

    [Fact]
    public void Parses_a_full_operation()
    {
        var document = Parser.Parse("""
            query Hero($episode: Episode = JEDI, $withFriends: Boolean!) @live {
              hero(episode: $episode) {
                name
                alias: id
                friends @include(if: $withFriends) { name }
                ...on Droid { primaryFunction }
                ...HumanFields
              }
            }
            fragment HumanFields on Human { homePlanet }
            """);
        document.Definitions.Should().HaveCount(2);
        var operation = document.Definitions[0].Should().BeOfType<OperationDefinition>().Which;
        operation.Operation.Should().Be(OperationType.Query);
        operation.Name.Should().Be("Hero");
        operation.VariableDefinitions.Select(v => v.Name).Should().Equal("episode", "withFriends");
        operation.VariableDefinitions[0].DefaultValue.Should().BeOfType<EnumValue>().Which.Value.Should().Be("JEDI");
        operation.VariableDefinitions[1].Type.Should().BeOfType<NonNullTypeReference>();
        operation.Directives.Single().Name.Should().Be("live");
        var hero = operation.SelectionSet.Selections.Single().Should().BeOfType<Field>().Which;
        hero.Arguments.Single().Value.Should().BeOfType<VariableReference>().Which.Name.Should().Be("episode");
        var selections = hero.SelectionSet!.Selections;
        selections[1].Should().BeOfType<Field>().Which.Alias.Should().Be("alias");
        selections[2].Directives.Single().Name.Should().Be("include");
        selections[3].Should().BeOfType<InlineFragment>().Which.TypeCondition!.Name.Should().Be("Droid");
        selections[4].Should().BeOfType<FragmentSpread>().Which.Name.Should().Be("HumanFields");
        var fragment = document.Definitions[1].Should().BeOfType<FragmentDefinition>().Which;
        fragment.TypeCondition.Name.Should().Be("Human");
    }

    [Fact]
    public void Records_locations_with_line_column_and_offsets()
    {
        var document = Parser.Parse("{\n  hero {\n    name\n  }\n}");
        var hero = (Field)((OperationDefinition)document.Definitions[0]).SelectionSet.Selections[0];
        hero.Location.Line.Should().Be(2);
        hero.Location.Column.Should().Be(3);
        hero.Location.Start.Should().Be(4);
        hero.Location.End.Should().Be(23);
        var name = (Field)hero.SelectionSet!.Selections[0];
        name.Location.Should().Be(new Location(15, 19, 3, 5));
    }

    [Fact]
    public void Parses_every_value_literal()
    {
        var document = Parser.Parse("{ f(a: 1, b: -1.5e3, c: \"s\", d: \"\"\"block\"\"\", e: true, f: null, g: ENUM, h: [1, [2]], i: {x: {y: $v}}) }");
        var arguments = ((Field)((OperationDefinition)document.Definitions[0]).SelectionSet.Selections[0]).Arguments;
        arguments.Select(a => a.Value.GetType().Name).Should().Equal(
            "IntValue", "FloatValue", "StringValue", "StringValue", "BooleanValue", "NullValue", "EnumValue", "ListValue", "ObjectValue");
        ((StringValue)arguments[3].Value).IsBlock.Should().BeTrue();
        var nested = (ObjectValue)((ObjectValue)arguments[8].Value).Fields[0].Value;
        nested.Fields[0].Value.Should().BeOfType<VariableReference>();
    }

    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{ field(arg: ) }", "Unexpected \")\".", 1, 14)]
    [InlineData("{ field() }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("query Foo($a: Int = $b) { f }", "Unexpected variable \"$b\" in constant value.", 1, 21)]
    [InlineData("fragment on on T { f }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("notAnOperation { f }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("query\n  {\n    f(a: \"x\" b: 1 c: 01) }", "Invalid number, unexpected digit after 0: \"1\".", 3, 23)]
    [InlineData("\"desc\" { f }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A { f: Int }", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("{ f(a: {b: 1) }", "Expected Name, found \")\".", 1, 13)]
    [InlineData("query Q($a: [Int) { f }", "Expected \"]\", found \")\".", 1, 17)]
    public void Reports_syntax_errors_like_graphql_js(string source, string message, int line, int column)
    {
        var error = ParseError(source).Should().BeOfType<GraphQLSyntaxError>().Which;
        error.Message.Should().Be("Syntax Error: " + message);
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
    }

    [Fact]
    public void Descriptions_on_executable_definitions_follow_the_2025_edition()
    {
        var document = Parser.Parse("\"Op\" query Q(\"var\" $a: Int) { f } \"Frag\" fragment F on T { f }");
        var operation = (OperationDefinition)document.Definitions[0];
        operation.Description!.Value.Should().Be("Op");
        operation.VariableDefinitions[0].Description!.Value.Should().Be("var");
        ((FragmentDefinition)document.Definitions[1]).Description!.Value.Should().Be("Frag");
    }

    [Fact]
    public void Keeps_type_system_definitions_as_non_executable_markers()
    {
        var document = Parser.Parse("""
            type Query implements A & B @key { "d" f(a: Int = 1 @x): [String!]! }
            scalar Date @specifiedBy(url: "u")
            union U = | A | B
            enum E { A B }
            input I @oneOf { a: Int, b: String }
            directive @d(a: Int) repeatable on FIELD | QUERY
            schema { query: Query }
            extend type Query { g: Int }
            { f }
            """);
        document.Definitions.OfType<TypeSystemDefinition>().Select(d => (d.Kind, d.Name, d.IsExtension)).Should().Equal(
            ("type", "Query", false), ("scalar", "Date", false), ("union", "U", false), ("enum", "E", false),
            ("input", "I", false), ("directive", "d", false), ("schema", null, false), ("type", "Query", true));
        document.Definitions.Last().Should().BeOfType<OperationDefinition>();
    }

    [Theory]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.")]
    [InlineData("directive @d on NOWHERE", "Unexpected Name \"NOWHERE\".")]
    [InlineData("extend type A", "Unexpected <EOF>.")]
    [InlineData("type A {}", "Expected Name, found \"}\".")]
    public void Checks_type_system_syntax(string source, string message) =>
        ParseError(source).Message.Should().Be("Syntax Error: " + message);

    [Fact]
    public void A_deep_selection_bomb_is_rejected_by_the_depth_limit_without_overflowing_the_stack()
    {
        var source = string.Concat(Enumerable.Repeat("{a", 100_000)) + string.Concat(Enumerable.Repeat("}", 100_000));
        var error = ParseError(source, ParserOptions.Default with { MaxDocumentLength = 1_000_000, MaxTokens = 1_000_000 });
        error.Message.Should().Be("Syntax Error: Document exceeds the maximum nesting depth of 64 (MaxDepth). Parsing aborted.");
    }

    [Fact]
    public void A_deep_list_bomb_is_rejected_by_the_depth_limit()
    {
        var source = "{ f(a: " + new string('[', 100_000) + new string(']', 100_000) + ") }";
        var error = ParseError(source, ParserOptions.Default with { MaxDocumentLength = 1_000_000, MaxTokens = 1_000_000 });
        error.Message.Should().Contain("maximum nesting depth of 64 (MaxDepth)");
    }

    [Fact]
    public void Deep_list_types_and_objects_count_towards_depth()
    {
        ParseError("query Q($a: " + new string('[', 70) + "Int" + new string(']', 70) + ") { f }").Message.Should().Contain("(MaxDepth)");
        ParseError("{ f(a: " + string.Concat(Enumerable.Repeat("{a:", 70)) + "1" + new string('}', 70) + ") }").Message.Should().Contain("(MaxDepth)");
        Parser.Parse("{ f(a: " + string.Concat(Enumerable.Repeat("{a:", 60)) + "1" + new string('}', 60) + ") }").Should().NotBeNull();
    }

    [Fact]
    public void The_document_size_limit_names_itself_and_its_value()
    {
        var source = "{ " + new string('a', 2_000) + " }";
        var error = ParseError(source, ParserOptions.Default with { MaxDocumentLength = 1_000 });
        error.Message.Should().Be("Document of 2004 characters exceeds the maximum document size of 1000 characters (MaxDocumentLength).");
    }

    [Fact]
    public void A_one_megabyte_document_is_rejected_by_default()
    {
        var source = "{ a }" + new string(' ', 1_048_576);
        ParseError(source).Message.Should().Contain("(MaxDocumentLength)");
    }

    [Fact]
    public void The_token_limit_names_itself_and_its_value()
    {
        var source = "{ " + string.Join(" ", Enumerable.Range(0, 100).Select(i => $"f{i}")) + " }";
        var error = ParseError(source, ParserOptions.Default with { MaxTokens = 50 });
        error.Message.Should().Be("Syntax Error: Document contains more than 50 tokens (MaxTokens). Parsing aborted.");
    }

    [Fact]
    public void Ten_thousand_aliases_are_rejected_by_the_field_limit()
    {
        var source = "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: f")) + " }";
        var error = ParseError(source, ParserOptions.Default with { MaxTokens = 100_000 });
        error.Message.Should().Be("Syntax Error: Document contains more than 2000 fields (MaxFields). Parsing aborted.");
    }

    [Fact]
    public void Parses_standalone_values_and_types()
    {
        Parser.ParseValue("[1, {a: \"b\"}]").Should().BeOfType<ListValue>();
        Parser.ParseType("[String!]!").ToString().Should().Be("[String!]!");
    }
}
