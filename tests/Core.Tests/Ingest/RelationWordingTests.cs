using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// The wordings added for explicit recall from their frequency in the corpus pools 2, 3, 5, 8 and 9 (branch rel9), each
/// with the negations, questions and look-alike shapes that must yield nothing: a claim, then the typed relations it must
/// yield as "subject PREDICATE object rule 'trigger'" joined by " | " ("" = none).
/// </summary>
public sealed class RelationWordingTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // A title in apposition: a discovered name ending in a title word inside it, a concept as the title's field, and
        // a name discovery left untyped before it (a learned given name types "Yohi Nakajima" a person,
        // so the direct works-at rule reads him).
        { "Sam Altman, Chief AI Scientist at OpenAI, spoke.", "sam-altman WORKS_AT openai works-at-title-chain 'Chief AI Scientist at'" },
        { "Sam Altman, a post-training research lead at OpenAI, spoke.", "sam-altman WORKS_AT openai works-at-title-chain 'research lead at'" },
        { "Kwame Asante, a general partner at Untapped Capital, spoke.", "kwame-asante WORKS_AT untapped-capital works-at-title-chain 'general partner at'" },
        { "Yohi Nakajima, a general partner at Untapped Capital, spoke.", "yohi-nakajima WORKS_AT untapped-capital works-at 'partner at'" },
        { "Yohi Nakajima, not a general partner at Untapped Capital, spoke.", "" },

        // A clause in parentheses right after a name acts on that name.
        { "Codex (which uses Claude) grew.", "codex USES claude uses-active 'uses'" },
        { "Codex (powered by GPT-4) grew.", "codex USES gpt-4 uses-active 'powered by'" },
        { "Codex (using GPT-4) grew.", "codex USES gpt-4 uses-active 'using'" },
        { "Codex (not using GPT-4) grew.", "" },
        { "Does Codex (which uses GPT-4) grow?", "" },
        { "A 14B version of Codex (based on GPT-4) grew.", "" },
        { "Codex (GPT-4) grew.", "" },

        // "a tool within" names a part; "partnerships with" partners, with the examples of a class noun.
        { "Jules is a new tool within Codex.", "jules PART_OF codex part-of 'a new tool within'" },
        { "Jules is not a tool within Codex.", "" },
        { "Microsoft has formed partnerships with companies like OpenAI and Nvidia.", "microsoft PARTNERED_WITH openai partnered-with 'partnerships with' | microsoft PARTNERED_WITH nvidia partnered-with 'partnerships with'" },
        { "Microsoft has no partnerships with companies like OpenAI.", "" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Corpus_wordings_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
