namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Wordings of use, rivalry and parts found missing in a seeded random sample of corpus claims that name two entities,
/// yield no relation and hold a cue word of USES, COMPETES_WITH or PART_OF (branch rel16): the relative clause of a phrase
/// that describes a name, after "is" or in apposition ("Bolt, an AI coding assistant that uses Claude"), a part's
/// name in quotes after its product's possessive ("Slack's "Huddles" feature"), and an acronym name of a kind among the
/// modifiers of a class whose examples are a verb's subject ("major LLM providers like OpenAI use Pydantic"). Each with the
/// look-alike shapes that must yield nothing: a claim, then the typed relations it must yield as "subject PREDICATE object
/// rule 'trigger'" joined by " | " ("" = none).
/// </summary>
public sealed class RelationWeakPredicateTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // A phrase after "is" or in apposition describes the name; its relative clause acts on that name.
        { "Bolt is an AI coding assistant that uses Claude.", "bolt USES claude uses-active 'uses'" },
        { "Cursor is an editor which is built on VS Code.", "cursor USES vs-code uses-active 'is built on'" },
        { "Gemini is a model that competes with ChatGPT.", "chatgpt COMPETES_WITH gemini competes-with 'competes with'" },
        { "Gemini, a model that directly competes with ChatGPT, launched.", "chatgpt COMPETES_WITH gemini competes-with 'competes with'" },
        { "Jeff Dean is a researcher who works at Google.", "jeff-dean WORKS_AT google works-at 'works at'" },
        { "Mistral is a startup that was acquired by Microsoft.", "microsoft ACQUIRED mistral-ai acquired-passive 'acquired by'" },
        // In apposition the phrase describes its name wherever the name stands.
        { "The test used Bolt, an AI coding assistant that uses Claude.", "bolt USES claude uses-active 'uses'" },
        { "Cursor is an editor that does not use Claude.", "" },
        { "Cursor is an editor that could use Claude.", "" },
        { "Is Cursor an editor that uses Claude?", "" },
        { "Cursor is not an editor that uses Claude.", "" },
        { "Gemini is a model that OpenAI uses.", "" },
        { "Cursor is a tool that lets users use Claude.", "" },
        { "Cursor is a tool that helps teams that use Claude.", "" },
        { "Cursor is an editor for developers that uses Claude.", "" },
        { "The test used Bolt, an assistant for teams that use Claude.", "" },
        // A leader's verb before a preposition moves or accompanies: it leads nothing.
        { "Sam Altman runs OpenAI.", "sam-altman LEADS openai leads-title-of 'runs'" },
        { "Sam Altman is a manager who runs OpenAI.", "sam-altman LEADS openai leads-title-of 'runs'" },
        { "WSP is an algorithm that runs with Pieces.", "" },
        { "Sam Altman runs with OpenAI staff every morning.", "" },

        // A part's name in quotes after its product's possessive and before a noun of a part.
        { "Slack's \"Workflow Builder\" feature automates tasks.", "workflow-builder PART_OF slack part-of-possessive-feature ''s'" },
        { "Slack's \"Huddles\" feature hosts calls.", "huddles PART_OF slack part-of-possessive-feature ''s'" },
        { "Slack's \"Workflow Builder\" automates tasks.", "" },
        { "Slack's \"Workflow Builder\" and other features help.", "" },

        // An acronym name of a kind (LLM, AI) among the modifiers of a class noun whose examples are the verb's subject.
        { "Similarly, major LLM providers like OpenAI and Anthropic use Pinecone as their store.", "anthropic USES pinecone uses-active 'use' | openai USES pinecone uses-active 'use'" },
        { "US companies like Microsoft and Meta use Nvidia chips.", "meta USES nvidia uses-active 'use' | microsoft USES nvidia uses-active 'use'" },
        { "Major LLM providers like OpenAI and Anthropic do not use Pinecone.", "" },
        { "Users of LLM providers like OpenAI use Pinecone.", "" },
        { "LLM providers like OpenAI and Anthropic compete for users.", "" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Weak_predicate_wordings_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
