namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// The general wordings of USES, PART_OF, COMPETES_WITH and WORKS_AT added for explicit recall (branch rel13): the common
/// ways English states these relations, each with the negations, questions and look-alike shapes that must yield nothing:
/// a claim, then the typed relations it must yield as "subject PREDICATE object rule 'trigger'" joined by " | " ("" = none).
/// </summary>
public sealed class RelationGeneralWordingTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // COMPETES_WITH: a challenger, a contest, one going up against another.
        { "Codex is a challenger to Claude.", "claude COMPETES_WITH codex competes-with 'a challenger to'" },
        { "Codex is not a challenger to Claude.", "" },
        { "Codex is in direct competition with Jules.", "codex COMPETES_WITH jules competes-with 'in direct competition with'" },
        { "Codex goes up against Jules in coding.", "codex COMPETES_WITH jules competes-with 'goes up against'" },
        { "Could Codex go up against Jules?", "" },
        { "Codex is challenging Jules in coding.", "codex COMPETES_WITH jules competes-with 'challenging'" },
        { "Codex is a faster challenger to Claude.", "claude COMPETES_WITH codex competes-with 'a faster challenger to'" },
        { "Codex provides a drop-in replacement for the OpenAI client.", "" },

        // WORKS_AT: a job noun between an organisation and a name, an organisation's possessive, parentheses, a job's "at".
        { "OpenAI researcher Roy Lee spoke.", "roy-lee WORKS_AT openai works-at-job-before-name 'researcher'" },
        { "Codex researcher Roy Lee spoke.", "" },
        { "OpenAI partners Roy Lee and Sam Altman spoke.", "roy-lee WORKS_AT openai works-at-job-before-name 'partners' | sam-altman WORKS_AT openai works-at-job-before-name 'partners'" },
        { "Roles such as \"Computer Vision Engineer AI Startups\" were listed.", "" },
        { "OpenAI's Roy Lee spoke about agents.", "roy-lee WORKS_AT openai works-at-possessive-organization ''s'" },
        { "OpenAI's not Roy Lee.", "" },
        { "DeepMind's Frontier Safety Framework was published.", "google-deepmind DEVELOPS frontier-safety-framework possessive-product ''s'" },
        { "Roy Lee (OpenAI) spoke about agents.", "roy-lee WORKS_AT openai works-at-parenthetical '(OpenAI)'" },
        { "Roy Lee (Codex) spoke about agents.", "" },
        { "Roy Lee, a developer at OpenAI, spoke.", "roy-lee WORKS_AT openai works-at 'developer at'" },
        { "Roy Lee, never a developer at OpenAI, spoke.", "" },
        { "Roy Lee left OpenAI last year.", "roy-lee WORKS_AT openai works-at 'left'" },
        { "Roy Lee never left OpenAI.", "" },
        { "Roy Lee left Codex on the desk.", "" },

        // PART_OF: a feature or mode named before "in", and what a product ships with.
        { "The Canvas feature in ChatGPT helps writers.", "canvas PART_OF chatgpt part-of 'feature in'" },
        { "The Canvas feature is not in ChatGPT.", "" },
        { "Slack's Workflow Builder feature automates tasks.", "workflow-builder PART_OF slack part-of-possessive-feature ''s'" },
        { "Slack's Workflow Builder automates tasks.", "" },
        { "Slack's Workflow Builder tool automates tasks.", "" },
        { "Docker Desktop ships with Docker Compose.", "docker-compose PART_OF docker-desktop part-of-includes 'ships with'" },
        { "Docker Desktop no longer ships with Docker Compose.", "" },

        // USES: connecting, tapping into, harnessing, relying heavily on, an interface to another tool.
        { "Codex connects to GitHub for pull requests.", "codex USES github uses-active 'connects to'" },
        { "Codex taps into Claude for reasoning.", "codex USES claude uses-active 'taps into'" },
        { "Codex never taps into Claude.", "" },
        { "Codex relies heavily on Claude.", "codex USES claude uses-active 'relies heavily on'" },
        { "Hermes, a frontend for Codex, is popular.", "hermes USES codex uses-version-of 'a frontend for'" },
        { "Does Codex harness Claude?", "" },
        { "Claude serves as the default model for Codex.", "codex USES claude uses-serves-as 'as the default model for'" },
        { "Claude is the underlying model behind Codex.", "codex USES claude uses-serves-as 'the underlying model behind'" },
        { "Claude is not the underlying model behind Codex.", "" },
        { "Could Claude serve as the default model for Codex?", "" },
        { "In the Codex interface, select \"Claude\" as the provider.", "codex USES claude uses-selected-as 'select \"Claude\" as'" },
        { "In Codex, choose Claude as your default model.", "codex USES claude uses-selected-as 'choose Claude as'" },
        { "In Codex, do not select Claude as the provider.", "" },
        { "In Codex, select Claude as a favourite.", "" },
        { "Codex users select Claude as the provider.", "" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task General_wordings_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
