namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Documents breaking several rules at once, to check error order across rules: valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class RuleInterplayRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("every kind of mistake in one operation",
            """
            query Q($a: Int, $a: Int, $cat: Cat, $unused: Strin) @skip(if: true) {
              dog @include(if: $undefined) {
                name(x: 1) { length }
                nickname: barkVolume
                nickname
                ...Missing
                ... on Cat { meowVolume }
                doesKnowCommand(dogCommand: JUMP, dogCommand: SIT)
              }
              findDog(searchBy: { name: 1, name: 2, age: 3 }) { owner }
            }
            """,
            "There can be only one variable named \"$a\". (1:10, 1:19)",
            "Variable \"$cat\" cannot be non-input type \"Cat\". (1:33)",
            "Unknown type \"Strin\". Did you mean \"String\"? (1:47)",
            "Directive \"@skip\" may not be used on QUERY. (1:54)",
            "Fields \"nickname\" conflict because \"barkVolume\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (4:5, 5:5)",
            "Field \"name\" must not have a selection since type \"String!\" has no subfields. (3:16)",
            "Unknown argument \"x\" on field \"Dog.name\". (3:10)",
            "Unknown fragment \"Missing\". (6:8)",
            "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (7:5)",
            "There can be only one argument named \"dogCommand\". (8:21, 8:39)",
            "Value \"JUMP\" does not exist in \"DogCommand\" enum. (8:33)",
            "String cannot represent a non string value: 1 (10:29)",
            "There can be only one input field named \"name\". (10:23, 10:32)",
            "String cannot represent a non string value: 2 (10:38)",
            "Field \"age\" is not defined by type \"FindDogInput\". Did you mean \"name\"? (10:41)",
            "Field \"owner\" of type \"Human\" must have a selection of subfields. Did you mean \"owner { ... }\"? (10:53)",
            "Variable \"$undefined\" is not defined by operation \"Q\". (2:20, 1:1)",
            "Variable \"$a\" is never used in operation \"Q\". (1:9)",
            "Variable \"$a\" is never used in operation \"Q\". (1:18)",
            "Variable \"$cat\" is never used in operation \"Q\". (1:27)",
            "Variable \"$unused\" is never used in operation \"Q\". (1:38)"),
        new("fragments with every fragment mistake",
            """
            { dog { ...A ...B ...C } }
            fragment A on Dog { ...B name }
            fragment B on Dog { ...A nickname: name }
            fragment C on Int { x }
            fragment C on Dog { name }
            fragment D on Cat { meowVolume }
            """,
            "Cannot spread fragment \"A\" within itself via \"B\". (2:21, 3:21)",
            "Fragment \"C\" cannot condition on non composite type \"Int\". (4:15)",
            "There can be only one fragment named \"C\". (4:10, 5:10)",
            "Fragment \"D\" is never used. (6:1)"),
        new("variables across operations and fragments",
            """
            query One($x: Boolean!) { dog { ...F } }
            query Two($x: Int, $y: Boolean) { dog { ...F ...G } }
            fragment F on Dog { isHouseTrained(atOtherHomes: $x) }
            fragment G on Dog { isHouseTrained(atOtherHomes: $z) }
            """,
            "Fields \"isHouseTrained\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (3:21, 4:21)",
            "Variable \"$z\" is not defined by operation \"Two\". (4:50, 2:1)",
            "Variable \"$y\" is never used in operation \"Two\". (2:20)",
            "Variable \"$x\" of type \"Int\" used in position expecting type \"Boolean\". (2:11, 3:50)"),
        new("inline fragments without type conditions and nested abstract scopes",
            """
            {
              pet {
                ... {
                  name
                  ... on Dog { barkVolume owner { ... on Sentient { name } ... on Alien { homePlanet } } }
                }
                ... @include(if: true) { name: nickname }
              }
            }
            """,
            "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (4:7, 7:30)",
            "Fragment cannot be spread here as objects of type \"Human\" can never be of type \"Alien\". (5:64)",
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (7:30)"),
        new("lists of input objects and enums",
            """
            {
              arguments {
                a: booleanListArgField(booleanListArg: [true, false, null])
                b: complexArgField(complexArg: { requiredField: true, stringListField: ["a", 1, null] })
                c: complexArgField(complexArg: { requiredField: true, stringListField: "single" })
              }
            }
            """,
            "String cannot represent a non string value: 1 (4:82)"),
        new("directives with bad argument values",
            """
            {
              dog @include(if: "yes") {
                name @skip(if: 1)
                nickname @tag(name: SIT)
              }
            }
            """,
            "Boolean cannot represent a non boolean value: \"yes\" (2:20)",
            "Boolean cannot represent a non boolean value: 1 (3:20)",
            "String cannot represent a non string value: SIT (4:25)"),
        new("typename everywhere and aliases of it",
            """
            {
              __typename
              t: __typename
              catOrDog { __typename ... on Dog { __typename } }
              dogOrHuman { __typename t: __typename }
            }
            """),
        new("conflicting typename alias",
            """
            {
              dog {
                name: __typename
                name
              }
            }
            """,
            "Fields \"name\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (3:5, 4:5)"),
        new("same fragment spread twice and nested overlapping fragments",
            """
            {
              dog { ...A ...A ...B }
            }
            fragment A on Dog { x: name owner { name } }
            fragment B on Dog { owner { name: pets { name } } }
            """,
            "Fields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (4:29, 4:37, 5:21, 5:29)"),
        new("fields on exclusive types with sub-selection conflicts",
            """
            {
              catOrDog {
                ... on Dog { friend: owner { name } }
                ... on Cat { friend: nickname }
              }
            }
            """,
            "Fields \"friend\" conflict because they return conflicting types \"Human\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. (3:18, 4:18)"),
        new("variables in default values and nested input objects",
            """
            query ($inner: Boolean = true, $list: [String] = ["a"]) {
              arguments {
                complexArgField(complexArg: { requiredField: $inner, stringListField: $list })
              }
            }
            """),
        new("input object variable where a scalar is expected",
            """
            query ($search: FindDogInput) {
              arguments { stringArgField(stringArg: $search) }
            }
            """,
            "Variable \"$search\" of type \"FindDogInput\" used in position expecting type \"String\". (1:8, 2:41)"),
        new("introspection type queries with bad arguments",
            """
            {
              __type(name: 1) { name }
              __type { name }
            }
            """,
            "Fields \"__type\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)",
            "String cannot represent a non string value: 1 (2:16)",
            "Field \"__type\" argument \"name\" of type \"String!\" is required, but it was not provided. (3:3)"),
        new("anonymous subscription beside a query",
            """
            subscription { newMessage { body } }
            query Q { dog { name } }
            """,
            "This anonymous operation must be the only defined operation. (1:1)"),
        new("deeply nested fragments with a conflict at the bottom",
            """
            { dog { ...L1 } dog { ...M1 } }
            fragment L1 on Dog { owner { ...L2 } }
            fragment L2 on Human { pets { ...L3 } }
            fragment L3 on Pet { name }
            fragment M1 on Dog { owner { ...M2 } }
            fragment M2 on Human { pets { ...M3 } }
            fragment M3 on Pet { name: __typename }
            """,
            "Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"pets\" conflict because subfields \"name\" conflict because \"name\" and \"__typename\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3, 2:22, 3:24, 4:22, 1:17, 5:22, 6:24, 7:22)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
