namespace ClaimGraph.GraphQL.Tests.Validation;

/// <summary>Values of Correct Type (spec 5.6.1) and Input Object Required Fields (spec 5.6.4): valid and invalid documents with the exact errors, as graphql-js reports them.</summary>
public sealed class ValuesOfCorrectTypeRuleTests : ValidationRuleCases
{
    public static IReadOnlyList<ValidationCase> Cases { get; } =
    [
        new("good literals (spec examples)",
            """
            query q { arguments { ...goodBooleanArg ...coercedIntIntoFloatArg } }

            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment coercedIntIntoFloatArg on Arguments {
              # Note: The input coercion rules for Float allow Int literals.
              floatArgField(floatArg: 123)
            }

            query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
              findDog(searchBy: $search) {
                name
              }
            }
            """),
        new("string into int (spec example)",
            """
            { arguments { ...stringIntoInt } }

            fragment stringIntoInt on Arguments {
              intArgField(intArg: "123")
            }
            """,
            "Int cannot represent non-integer value: \"123\" (4:23)"),
        new("bad input object field value (spec example)",
            """
            query badComplexValue {
              findDog(searchBy: { name: 123 }) {
                name
              }
            }
            """,
            "String cannot represent a non string value: 123 (2:29)"),
        new("unknown input object field (spec 5.6.2 example)",
            """
            {
              findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
                name
              }
            }
            """,
            "Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\". (2:23)"),
        new("unknown input field with a suggestion",
            """
            {
              findDog(searchBy: { nme: "Rex" }) {
                name
              }
            }
            """,
            "Field \"nme\" is not defined by type \"FindDogInput\". Did you mean \"name\"? (2:23)"),
        new("missing required input field",
            """
            {
              arguments {
                complexArgField(complexArg: { intField: 3 })
              }
            }
            """,
            "Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided. (3:33)"),
        new("null for a required input field",
            """
            {
              arguments {
                complexArgField(complexArg: { requiredField: null, nonNullField: null })
              }
            }
            """,
            "Expected value of type \"Boolean!\", found null. (3:50)",
            "Expected value of type \"Boolean!\", found null. (3:70)"),
        new("enum values",
            """
            {
              arguments {
                a: enumArgField(command: SIT)
                b: enumArgField(command: JUMP)
                c: enumArgField(command: "SIT")
                d: enumArgField(command: sit)
                e: enumArgField(command: true)
              }
            }
            """,
            "Value \"JUMP\" does not exist in \"DogCommand\" enum. (4:30)",
            "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"? (5:30)",
            "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? (6:30)",
            "Enum \"DogCommand\" cannot represent non-enum value: true. (7:30)"),
        new("int range and float for int",
            """
            {
              arguments {
                a: intArgField(intArg: 2147483647)
                b: intArgField(intArg: 2147483648)
                c: intArgField(intArg: -2147483649)
                d: intArgField(intArg: 1.5)
                e: intArgField(intArg: true)
              }
            }
            """,
            "Int cannot represent non 32-bit signed integer value: 2147483648 (4:28)",
            "Int cannot represent non 32-bit signed integer value: -2147483649 (5:28)",
            "Int cannot represent non-integer value: 1.5 (6:28)",
            "Int cannot represent non-integer value: true (7:28)"),
        new("ids, floats, strings and booleans",
            """"
            {
              arguments {
                a: idArgField(idArg: 4)
                b: idArgField(idArg: "4")
                c: idArgField(idArg: 4.0)
                d: floatArgField(floatArg: "1.5")
                e: stringArgField(stringArg: 1)
                f: booleanArgField(booleanArg: 1)
                g: stringArgField(stringArg: """block""")
                h: stringArgField(stringArg: null)
              }
            }
            """",
            "ID cannot represent a non-string and non-integer value: 4.0 (5:26)",
            "Float cannot represent non numeric value: \"1.5\" (6:32)",
            "String cannot represent a non string value: 1 (7:34)",
            "Boolean cannot represent a non boolean value: 1 (8:36)"),
        new("lists and objects where scalars are expected",
            """
            {
              arguments {
                a: stringArgField(stringArg: ["a", "b"])
                b: stringArgField(stringArg: { a: 1 })
                c: complexArgField(complexArg: 1)
                d: complexArgField(complexArg: [{ requiredField: true }])
              }
            }
            """,
            "String cannot represent a non string value: [\"a\", \"b\"] (3:34)",
            "String cannot represent a non string value: {a: 1} (4:34)",
            "Expected value of type \"ComplexInput\", found 1. (5:36)",
            "Expected value of type \"ComplexInput\", found [{requiredField: true}]. (6:36)"),
        new("list items",
            """
            {
              arguments {
                a: booleanListArgField(booleanListArg: true)
                b: booleanListArgField(booleanListArg: [true, null])
                c: booleanListArgField(booleanListArg: [true, "no"])
                d: nonNullBooleanListField(nonNullBooleanListArg: [true, null])
                e: booleanListArgField(booleanListArg: [[true]])
              }
            }
            """,
            "Boolean cannot represent a non boolean value: \"no\" (5:51)",
            "Expected value of type \"Boolean!\", found null. (6:62)",
            "Boolean cannot represent a non boolean value: [true] (7:45)"),
        new("bad variable default values",
            """
            query ($a: Int = "one", $b: Boolean! = null, $c: FindDogInput = { nam: "x" }) {
              arguments {
                intArgField(intArg: $a)
                nonNullBooleanArgField(nonNullBooleanArg: $b)
              }
              findDog(searchBy: $c) { name }
            }
            """,
            "Int cannot represent non-integer value: \"one\" (1:18)",
            "Expected value of type \"Boolean!\", found null. (1:40)",
            "Field \"nam\" is not defined by type \"FindDogInput\". Did you mean \"name\"? (1:67)"),
        new("one-of input object with exactly one non-null field",
            """
            query ($name: String!) {
              a: searchPets(search: { name: "Rex" }) { name }
              b: searchPets(search: { command: SIT }) { name }
              c: searchPets(search: { name: $name }) { name }
            }
            """),
        new("one-of input object with no, two or a null field",
            """
            {
              a: searchPets(search: {}) { name }
              b: searchPets(search: { name: "Rex", command: SIT }) { name }
              c: searchPets(search: { name: null }) { name }
            }
            """,
            "OneOf Input Object \"PetSearch\" must specify exactly one key. (2:25)",
            "OneOf Input Object \"PetSearch\" must specify exactly one key. (3:25)",
            "Field \"PetSearch.name\" must be non-null. (4:25)"),
        new("custom scalar accepts its own literals",
            """
            {
              arguments {
                dateArgField(date: "2024-01-31")
              }
              searchPets(search: { bornAfter: "2020-05-01" }) { name }
            }
            """),
        new("custom scalar rejects other literals",
            """
            {
              arguments {
                a: dateArgField(date: "31/01/2024")
                b: dateArgField(date: 20240131)
              }
            }
            """,
            "Date cannot represent value: \"31/01/2024\" (3:27)",
            "Date cannot represent value: 20240131 (4:27)") { Agreement = ReferenceAgreement.CustomScalarParsing },
        new("values inside an unknown argument are not judged",
            """
            {
              arguments {
                intArgField(other: "x", intArg: 1)
              }
            }
            """,
            "Unknown argument \"other\" on field \"Arguments.intArgField\". (3:17)"),
    ];

    public static TheoryData<string> Names => NamesOf(Cases);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reports_exactly_the_expected_errors(string name) => Verify(Cases, name);
}
