using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// The comparison wordings added for explicit recall (branch cmp8), each with positive cases and the negations, questions,
/// aims, predictions and reversed directions that must yield nothing: a claim, then the typed relations it must yield as
/// "subject PREDICATE object rule 'trigger'" joined by " | " ("" = none). The sentences are invented or copied from the
/// tuning sets and the corpus.
/// </summary>
public sealed class ComparisonRuleTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // A base-form ranking verb after a plural or listed subject, with the examples of a class noun as its object.
        { "Claude and GPT generally outperform local models such as Qwen and Llama.", "gpt OUTPERFORMS qwen outperforms-base-form 'generally outperform' | gpt OUTPERFORMS llama outperforms-base-form 'generally outperform' | claude OUTPERFORMS qwen outperforms-base-form 'generally outperform' | claude OUTPERFORMS llama outperforms-base-form 'generally outperform'" },
        { "Claude and GPT surpass Gemini on coding.", "gpt OUTPERFORMS gemini outperforms-base-form 'surpass' | claude OUTPERFORMS gemini outperforms-base-form 'surpass'" },
        { "Closed LLMs like Claude and GPT, which cannot be downloaded and run locally, generally outperform local models such as Qwen and Llama.", "gpt OUTPERFORMS qwen outperforms-base-form 'generally outperform' | gpt OUTPERFORMS llama outperforms-base-form 'generally outperform' | claude OUTPERFORMS qwen outperforms-base-form 'generally outperform' | claude OUTPERFORMS llama outperforms-base-form 'generally outperform'" },
        { "Claude, which is fast, does not outperform Gemini.", "" },
        { "Claude, which is fast, might outperform Gemini.", "" },
        { "Claude is designed to outperform Gemini.", "" },
        { "OpenAI will outperform Anthropic.", "" },
        { "Claude could outperform Gemini.", "" },
        { "Claude does not outperform Gemini.", "" },
        { "Does Claude outperform Gemini?", "" },

        // A comparative of a measured result: "better performance than", "lower performance than" (the other way round).
        { "Claude showed better performance than Gemini.", "claude OUTPERFORMS gemini outperforms-compared 'better performance than'" },
        { "Qwen3 has lower performance than other models like o3, Gemini 2.5 Pro, and DeepSeek R1.", "deepseek DEVELOPS deepseek-r1 maker-name-prefix 'DeepSeek' | o3 OUTPERFORMS qwen3 outperforms-compared 'lower performance than' | gemini-2-5 OUTPERFORMS qwen3 outperforms-compared 'lower performance than' | deepseek-r1 OUTPERFORMS qwen3 outperforms-compared 'lower performance than'" },
        { "Claude had lower performance compared to Gemini and Llama.", "gemini OUTPERFORMS claude outperforms-compared 'lower performance compared to' | llama OUTPERFORMS claude outperforms-compared 'lower performance compared to'" },
        { "Claude did not show better performance than Gemini.", "" },
        { "Claude might show better performance than Gemini.", "" },
        // an organisation right before its product names the product compared
        { "Qwen3 has lower performance than OpenAI o3.", "openai DEVELOPS o3 organization-product-compound 'OpenAI' | o3 OUTPERFORMS qwen3 outperforms-compared 'lower performance than'" },

        // An advantage or an edge over a rival.
        { "Claude has an edge over Gemini in coding.", "claude OUTPERFORMS gemini outperforms-advantage 'an edge over'" },
        { "Claude offers several advantages over other tools like Gemini and Llama.", "claude OUTPERFORMS gemini outperforms-advantage 'several advantages over' | claude OUTPERFORMS llama outperforms-advantage 'several advantages over'" },
        { "Claude has no advantage over Gemini.", "" },
        { "Claude could have an edge over Gemini.", "" },

        // A participle of ranking or rivalry after a comma describes the subject that opens the claim.
        { "Claude demonstrates impressive performance, often outperforming established models like OpenAI's o1 and Gemini.", "openai DEVELOPS o1 possessive-product ''s' | claude OUTPERFORMS o1 outperforms-participle 'outperforming' | claude OUTPERFORMS gemini outperforms-participle 'outperforming'" },
        { "SpaceX is one of the leading companies in America, even outperforming China in its field.", "spacex OUTPERFORMS china outperforms-participle 'outperforming'" },
        { "Codex, competing with Cursor using an AI-native approach.", "codex COMPETES_WITH cursor competes-participle 'competing with'" },
        { "Claude is fast, not outperforming Gemini.", "" },
        { "Claude is fast, but Gemini is cheap, outperforming Llama.", "" },
        { "However, the Claude team did a fine job with the docs, outperforming Gemini.", "" },
        { "Claude is fast, potentially surpassing Gemini.", "" },

        // The examples of a short class noun after a trigger of rivalry or partnership.
        { "Claude is a strong competitor to existing LLMs, including Gemini.", "claude COMPETES_WITH gemini competes-with 'a strong competitor to'" },
        { "Claude competes with large incumbents like Microsoft, Google, and Zoom.", "claude COMPETES_WITH microsoft competes-with 'competes with' | claude COMPETES_WITH google competes-with 'competes with' | claude COMPETES_WITH zoom competes-with 'competes with'" },
        { "Microsoft partners with LLM providers like Anthropic and OpenAI.", "anthropic PARTNERED_WITH microsoft partnered-with 'partners with' | microsoft PARTNERED_WITH openai partnered-with 'partners with'" },
        { "Claude does not compete with models like Gemini.", "" },
        { "Claude competes with models that Gemini trains, like Llama.", "" },

        // A partner named after a remark in parentheses that names someone itself.
        { "This initiative, through a strategic partnership between Microsoft (home of the Codex community) and OpenAI, made Claude official.", "microsoft PARTNERED_WITH openai partnership-between 'partnership between'" },
        { "There was no partnership between Microsoft (home of the Codex community) and OpenAI.", "" },

        // A list of rivals that goes on with a narrower class and its examples.
        { "GitHub Copilot has competitors like Cursor, Vercel v0, Manos, and various open-source tools such as Cline and Roo Code.", "cursor COMPETES_WITH github-copilot competitors-like 'competitors like' | cline COMPETES_WITH github-copilot competitors-like 'competitors like' | github-copilot COMPETES_WITH roo-code competitors-like 'competitors like'" },
        { "GitHub Copilot has competitors like Cursor, but users of tools such as Cline disagree.", "cursor COMPETES_WITH github-copilot competitors-like 'competitors like'" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Comparison_rules_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
