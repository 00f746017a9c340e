namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Wordings found missing in a uniform random sample of corpus claims that name two entities and yield no relation
/// (branch rel15): a short name in parentheses after a long name the verb reaches, a maker's "offering", a maker's or a
/// new hire's title later in a person's chain of titles, a relative clause closed by its comma between a subject and its
/// verb, a modifier before the product a selection is made in, and the examples of a class noun as a verb's subject
/// ("applications like Cursor support MCP"). Each with the look-alike shapes that must yield nothing: a claim, then the
/// typed relations it must yield as "subject PREDICATE object rule 'trigger'" joined by " | " ("" = none).
/// </summary>
public sealed class RelationRandomSampleTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // A long name the discoverer left unnamed, then its short name in parentheses: the verb reaches the short name.
        { "Google unveiled its Agent-to-Agent (A2A) protocol at Cloud Next.", "google DEVELOPS a2a develops-active 'unveiled'" },
        { "Perplexity uses AI (ChatGPT) for answers.", "perplexity USES chatgpt uses-active 'uses'" },
        { "Google never unveiled its Agent-to-Agent (A2A) protocol.", "" },
        { "Google introduced new agent payments (AP2) for shopping agents.", "" },
        { "Google introduced the Agent Protocol (with Anthropic) last week.", "" },

        // A maker's possessive before "offering" and the offered name in apposition.
        { "Anthropic's latest offering, Claude Code, helps developers.", "anthropic DEVELOPS claude-code develops-possessive-model 'latest offering'" },
        { "Anthropic's newest offering, Claude Code, helps developers.", "anthropic DEVELOPS claude-code develops-possessive-model 'newest offering'" },
        { "Users of Anthropic's offering praised Claude Code.", "" },

        // A chain of titles after a person's comma: a maker's title after "and", and "hire" as a title of staff.
        { "Linus Torvalds, a software engineer and creator of Linux, spoke.", "linus-torvalds DEVELOPS linux develops-creator-of 'creator of'" },
        { "Linus Torvalds, a software engineer and fan of Linux, spoke.", "" },
        { "Linus Torvalds, a software engineer and not the creator of Linux, spoke.", "" },
        { "Jane Park, an early hire at Stripe and founder of Replit, spoke.", "jane-park WORKS_AT stripe works-at-title-chain 'hire at' | jane-park FOUNDED replit founded-title-chain 'founder of'" },
        { "Jane Park, a new hire at Stripe, spoke.", "jane-park WORKS_AT stripe works-at-title-chain 'hire at'" },

        // A relative clause closed by its comma between a name that opens its clause and the verb.
        { "Perplexity, which launched in 2022, uses Claude for answers.", "perplexity USES claude uses-active 'uses'" },
        { "Cursor, which uses Claude, competes with Windsurf.", "cursor USES claude uses-active 'uses' | cursor COMPETES_WITH windsurf competes-with 'competes with'" },
        { "The editor, which Cursor forked, uses Claude.", "" },
        { "Perplexity, which does not use Claude, relies on GPT-4.", "" },

        // A product named after the opening "In", its determiner and one lower-case modifier, or after the role's "in", uses
        // what is selected there.
        { "In your local Codex install, select \"Claude\" as the provider.", "codex USES claude uses-selected-as 'select \"Claude\" as'" },
        { "In your local Codex install, select \"Claude\" as a favourite.", "" },
        { "In your local and remote Codex installs, select Claude as the provider.", "" },
        { "Once configured, you can select \"Claude\" as the provider in Codex.", "codex USES claude uses-selected-as 'select \"Claude\" as'" },
        { "You can select Claude as the provider in the Codex settings.", "codex USES claude uses-selected-as 'select Claude as'" },
        { "You cannot select Claude as the provider in Codex.", "" },
        { "You can select Claude as the provider in minutes.", "" },
        { "Select Claude as a favourite in Codex.", "" },

        // The examples of a class noun that opens the clause are the verb's subject; "support" as a plural verb of use.
        { "While applications like Claude Desktop, Windsurf, or Cursor natively support MCP, agents lag.", "cursor USES mcp uses-supports 'support' | windsurf USES mcp uses-supports 'support' | claude-desktop USES mcp uses-supports 'support'" },
        { "Many tools like Cursor use Claude.", "cursor USES claude uses-active 'use'" },
        { "Companies such as Perplexity rely on Claude.", "perplexity USES claude uses-active 'rely on'" },
        { "Apps built with frameworks like LangChain use OpenAI.", "" },
        { "Cursor and Windsurf do not support MCP.", "" },
        { "We contacted Cursor support about Claude.", "" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Sampled_wordings_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
