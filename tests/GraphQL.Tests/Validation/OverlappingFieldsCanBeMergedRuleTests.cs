namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Field Selection Merging (spec 5.3.2): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("identical fields and aliases (spec examples)",
            """
            { dog { ...mergeIdenticalFields ...mergeIdenticalAliasesAndFields } }

            fragment mergeIdenticalFields on Dog {
              name
              name
            }

            fragment mergeIdenticalAliasesAndFields on Dog {
              otherName: name
              otherName: name
            }
            """),
        new("alias hides a different field (spec example)",
            """
            { dog { ...conflictingBecauseAlias } }

            fragment conflictingBecauseAlias on Dog {
              name: nickname
              name
            }
            """,
            "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (4:3, 5:3)"),
        new("identical arguments and variables (spec examples)",
            """
            query q($dogCommand: DogCommand!) {
              a: dog { ...mergeIdenticalFieldsWithIdenticalArgs }
              b: dog { ...mergeIdenticalFieldsWithIdenticalValues }
            }

            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }

            fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
              doesKnowCommand(dogCommand: $dogCommand)
              doesKnowCommand(dogCommand: $dogCommand)
            }
            """),
        new("differing argument values (spec example)",
            """
            { dog { ...conflictingArgsOnValues } }

            fragment conflictingArgsOnValues on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (4:3, 5:3)"),
        new("value against variable (spec example)",
            """
            query q($dogCommand: DogCommand!) { dog { ...conflictingArgsValueAndVar } }

            fragment conflictingArgsValueAndVar on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: $dogCommand)
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (4:3, 5:3)"),
        new("two variables (spec example)",
            """
            query q($varOne: DogCommand!, $varTwo: DogCommand!) { dog { ...conflictingArgsWithVars } }

            fragment conflictingArgsWithVars on Dog {
              doesKnowCommand(dogCommand: $varOne)
              doesKnowCommand(dogCommand: $varTwo)
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (4:3, 5:3)"),
        new("argument against none (spec example)",
            """
            { dog { ...differingArgs } }

            fragment differingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """,
            "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (4:3, 5:3)",
            "Field \"doesKnowCommand\" argument \"dogCommand\" of type \"DogCommand!\" is required, but it was not provided. (5:3)"),
        new("different fields on exclusive object types (spec examples)",
            """
            { pet { ...safeDifferingFields ...safeDifferingArgs } }

            fragment safeDifferingFields on Pet {
              ... on Dog {
                volume: barkVolume
              }
              ... on Cat {
                volume: meowVolume
              }
            }

            fragment safeDifferingArgs on Pet {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
              ... on Cat {
                doesKnowCommand(catCommand: JUMP)
              }
            }
            """),
        new("different return shapes on exclusive types (spec example)",
            """
            { pet { ...conflictingDifferingResponses } }

            fragment conflictingDifferingResponses on Pet {
              ... on Dog {
                someValue: nickname
              }
              ... on Cat {
                someValue: meowVolume
              }
            }
            """,
            "Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. (5:5, 8:5)"),
        new("nullable against non-null on exclusive types",
            """
            {
              catOrDog {
                ... on Dog { title: name }
                ... on Cat { title: nickname }
              }
            }
            """,
            "Fields \"title\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. (3:18, 4:18)"),
        new("conflict in sub-selections",
            """
            {
              dog {
                owner { name }
              }
              dog {
                owner { name: pets { name } }
              }
            }
            """,
            "Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:5, 3:13, 5:3, 6:5, 6:13)"),
        new("conflict between two fragments",
            """
            {
              dog {
                ...A
                ...B
              }
            }

            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname }
            """,
            "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (8:21, 9:21)"),
        new("conflict between a field and a nested fragment",
            """
            {
              dog {
                x: name
                ...A
              }
            }

            fragment A on Dog { ...B }
            fragment B on Dog { x: barkVolume }
            """,
            "Fields \"x\" conflict because \"name\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (3:5, 9:21)"),
        new("deep conflict reported at every level",
            """
            {
              dog {
                owner {
                  pets { name }
                }
              }
              dog {
                owner {
                  pets { name: nickname }
                }
              }
            }
            """,
            "Fields \"dog\" conflict because subfields \"owner\" conflict because subfields \"pets\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:5, 4:7, 4:14, 7:3, 8:5, 9:7, 9:14)",
            "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (9:14)"),
        new("several sub-conflicts in one",
            """
            {
              dog { a: name b: nickname }
              dog { a: nickname b: name }
            }
            """,
            "Fields \"dog\" conflict because subfields \"a\" conflict because \"name\" and \"nickname\" are different fields and subfields \"b\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 2:9, 2:17, 3:3, 3:9, 3:21)"),
        new("same field through interface and object is fine",
            """
            {
              pet {
                name
                ... on Dog { name }
              }
            }
            """),
        new("interface and object alias conflict",
            """
            {
              pet {
                ... on Pet { n: name }
                ... on Dog { n: nickname }
              }
            }
            """,
            "Fields \"n\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (3:18, 4:18)"),
        new("list against non-list",
            """
            {
              human(id: 1) {
                pets { name }
              }
              human(id: 1) {
                pets: name
              }
            }
            """,
            "Fields \"human\" conflict because subfields \"pets\" conflict because \"pets\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:5, 5:3, 6:5)"),
        new("same object argument with fields in another order",
            """
            {
              arguments {
                complexArgField(complexArg: { requiredField: true, intField: 1 })
                complexArgField(complexArg: { intField: 1, requiredField: true })
              }
            }
            """),
        new("block string against string argument",
            """"
            {
              arguments {
                stringArgField(stringArg: "a")
                stringArgField(stringArg: """a""")
              }
            }
            """",
            "Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (3:5, 4:5)"),
        new("unknown fields under one key",
            """
            {
              dog {
                x: unknownA
                x: unknownB
              }
            }
            """,
            "Fields \"x\" conflict because \"unknownA\" and \"unknownB\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (3:5, 4:5)",
            "Cannot query field \"unknownA\" on type \"Dog\". (3:5)",
            "Cannot query field \"unknownB\" on type \"Dog\". (4:5)"),
        new("mutually recursive fragments compared without looping",
            """
            {
              dog {
                ...A
                ...B
              }
            }

            fragment A on Dog { name ...B }
            fragment B on Dog { name ...A }
            """,
            "Cannot spread fragment \"A\" within itself via \"B\". (8:26, 9:26)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
