using ClaimGraph.Ingest;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Note-level span corrections of discovered names, each with positive and negative examples of our own: a note (lines are
/// claims), then every mention it must yield in text order as "text=id" (a discovered entity adds ":Type"), joined by " | ".
/// </summary>
public sealed class MentionSpanClassTests
{
    public static TheoryData<string, string> MentionCases => new()
    {
        // "X for Y" that the note writes again and again, once after a lower-case word, is one name, headings too.
        { "Brill for Teams keeps shared notes in sync.\nWe started using Brill for Teams last spring.",
          "Brill for Teams=brill-for-teams:Other | Brill for Teams=brill-for-teams:Other" },
        { "Getting Started with Brill for Teams\nBrill for Teams keeps shared notes in sync.\nWe started using Brill for Teams last spring.",
          "Brill for Teams=brill-for-teams:Other | Brill for Teams=brill-for-teams:Other | Brill for Teams=brill-for-teams:Other" },
        // (A trailing SDK stays with it, but not before "key": the credential names the product.)
        { "We installed the Quill for Writers SDK on Monday.\nThe team behind Quill for Writers ships often.\nAsk for a Quill for Writers API key.",
          "Quill for Writers SDK=quill-for-writers-sdk:Other | Quill for Writers=quill-for-writers:Other | Quill for Writers=quill-for-writers:Other" },
        // Once is not enough, nor a phrase that only ever opens a sentence or a heading.
        { "We started using Brill for Teams last spring.", "Brill=brill:Product" },
        { "Hardware for Gaming\nHardware for Gaming is costly.\nHardware for Gaming keeps getting better.", "" },

        // A run the note writes once, of a name it writes alone and a name known beyond the note, is the two names.
        { "Many writers use Velloq every day.\nJoin the Velloq Discord server for help.",
          "Velloq=velloq:Other | Velloq=velloq:Other | Discord=discord:Product" },
        { "Many writers use Velloq every day.\nQueries go through the Velloq SQL console.",
          "Velloq=velloq:Other | Velloq=velloq:Other | SQL=sql:Product" },
        { "Many writers use Velloq every day.\nThe new Velloq Discord was launched in May.",
          "Velloq=velloq:Other | Velloq Discord=velloq-discord:Other" },
        { "Many writers use Velloq every day.\nThe Google Discord server opened.",
          "Velloq=velloq:Other | Google Discord=google-discord:Other" },
        // Not a run the note repeats, nor one whose second part only the note knows, nor one before a verb or no word.
        { "Many writers use Velloq every day.\nJoin the Velloq Discord server for help.\nThe Velloq Discord server is busy.",
          "Velloq=velloq:Other | Velloq Discord=velloq-discord:Other | Velloq Discord=velloq-discord:Other" },
        { "Many writers use Velloq every day.\nThey praise the Velloq Marlin plugin.\nMarlin was added in May.",
          "Velloq=velloq:Other | Velloq Marlin=velloq-marlin:Product | Marlin=marlin:Other" },

        // A common word in a list of names, after a serial comma too, is a name; a plural agent noun only beside a name.
        { "The assistant works across tools, including Gmail, Slack, and Greenhouse.", "Gmail=gmail:Product | Slack=slack | Greenhouse=greenhouse:Product" },
        // (Not a word the note also writes in lower case.)
        { "The assistant works across tools, including Gmail, Slack, and Greenhouse.\nThe greenhouse needs water.", "Gmail=gmail:Product | Slack=slack" },
        { "It weighs sources like Wikipedia and Reuters before answering.", "Wikipedia=wikipedia:Product | Reuters=reuters:Organization" },
        { "The essay sorts people into Doomers, Gloomers, and Zoomers.", "" },

        // A title word that ends a run of common words after "the", a quote or a sentence's start is the name's last word.
        { "The Quiet Harbor Engineer answers questions overnight.\nMany teams rely on the Quiet Harbor Engineer every night.",
          "Quiet Harbor Engineer=quiet-harbor-engineer:Other | Quiet Harbor Engineer=quiet-harbor-engineer:Other" },
        { "One popular option is the \"Silent Deep Search Researcher\", a free tool.", "Silent Deep Search Researcher=silent-deep-search-researcher:Other" },
        // (Not a title after a name, before "at" or a person's name, or after "a".)
        { "Many writers use Velloq every day.\nThe team hired a Data Platform Engineer at Velloq.\nThe Data Platform Engineer at Velloq left.", "Velloq=velloq:Organization | Velloq=velloq:Organization | Velloq=velloq:Organization" },
        { "The Open Source Researcher Jane Doral spoke first.", "Jane Doral=jane-doral:Person" },

        // A quoted title beside a report, thesis, episode, series or game names that work; a quoted phrase alone does not.
        { "Critics compared the launch to a \"Glass Orchard\" episode.", "Glass Orchard=glass-orchard:Other" },
        { "The team published the \"Harbor 2031\" report last week.", "Harbor 2031=harbor-2031:Publication" },
        { "Critics compared the launch to a \"Glass Orchard\" moment.", "" },

        // A label or a heading whose words after a name the note mentions elsewhere are common words mentions that name.
        { "Many writers use Velloq every day.\nVelloq Dashboard: Open it in a browser to see the queue.",
          "Velloq=velloq:Other | Velloq=velloq:Other" },
        { "Many writers use Velloq every day.\nVelloq Chat Memory: Stores the conversation history.",
          "Velloq=velloq:Other | Velloq=velloq:Other" },
        { "Many writers use Velloq every day.\nClone the Velloq Repository:", "Velloq=velloq:Other | Velloq=velloq:Other" },
        { "OpenAI ships new models every month.\nOpenAI Client: The client is created before the first call.",
          "OpenAI=openai | OpenAI=openai" },
        { "Many writers use Velloq every day.\nCreating Velloq Tasks: The agent files one task per request.",
          "Velloq=velloq:Other | Velloq=velloq:Other" },
        // (Not a name the note gives nowhere else, a run inside a sentence, or a demo component's label.)
        { "Velloq Dashboard: Open it in a browser to see the queue.", "" },
        { "Many writers use Velloq every day.\nThe Velloq Dashboard shows the queue.",
          "Velloq=velloq:Other | Velloq Dashboard=velloq-dashboard:Other" },
        { "Many writers use Velloq every day.\nVelloq Search Tool: Finds the notes a question needs.", "Velloq=velloq:Other" },
        { "Many writers use Velloq every day.\nCreating Velloq Tasks is what the agent does best.", "Velloq=velloq:Other" },

        // A catalog concept whose first word ends a two-word name the note writes alone elsewhere yields that word to the name.
        { "Teams build agents with Velloq AI every day.\nThe Velloq AI agent answers questions.",
          "Velloq AI=velloq-ai:Organization | Velloq AI=velloq-ai:Organization" },
        // (Not a pair the note never writes alone, nor after a common word.)
        { "Many writers use Velloq every day.\nThe Velloq AI agents answer questions.",
          "Velloq=velloq:Other | Velloq=velloq:Other | AI agents=ai-agents" },
        { "Teams write Helpful AI every day.\nHelpful AI agents answer questions.", "Helpful AI=helpful-ai:Organization | AI agents=ai-agents" },

        // One capitalised word right before AGI, MoE or ML is named with it, opening a sentence too.
        { "The next release of Puppy AGI could plan its own tasks.", "Puppy AGI=puppy-agi:Other" },
        { "The authors compared dense layers with Fluid MoE on the same data.", "Fluid MoE=fluid-moe:Other" },
        { "Clips were cut in Quokka ML before export.", "Quokka ML=quokka-ml:Other" },
        { "Fluid MoE routes every token to all experts.\nThe paper scales Fluid MoE to a thousand experts.", "Fluid MoE=fluid-moe:Other | Fluid MoE=fluid-moe:Other" },
        // (Not a sentence's opening word, a determiner, a gerund, a word that is a generic acronym itself, nor before another acronym.)
        { "While AGI remains distant, labs keep scaling.\nIts MoE layers route every token.", "AGI=agi" },
        { "The panel (Hurdles for Reaching AGI) drew a crowd.", "AGI=agi" },
        { "Many writers use Velloq every day.\nThe Velloq RAG agent answers questions.", "Velloq=velloq:Other | Velloq=velloq:Other" },

        // A given name's final initial is the person's ("Jon Y."), not a generic letter after another name ("Velloq X").
        { "The podcast paired Mira Lund and Jon Y. on chip supply.", "Mira Lund=mira-lund:Person | Jon Y=jon-y:Other" },
        { "Later Jon Y said the fabs were full.", "Jon Y=jon-y:Person" },
        { "Many writers use Velloq every day.\nThe Velloq X plan is new.", "Velloq=velloq:Other | Velloq=velloq:Other" },

        // A numbered noun alone before its number names nothing ("Layer 2", "Version 4", "Fortune 500"); the run stops at the number.
        { "Fees on Layer 2s fell after the upgrade.\nMost Layer 1 chains have a token.\nThe rollups settle on Layer 1 in minutes.", "" },
        { "Velloq's Layer 1 is slow.\nVelloq grows through Layer 2s such as Brindle.\nBrindle posts proofs to Layer 1.",
          "Velloq=velloq:Other | Velloq=velloq:Other | Brindle=brindle:Other | Brindle=brindle:Other" },
        { "Velloq has paying users in the Fortune 500.\nHalf of the Fortune 500 use Velloq.\nVelloq shipped Version 4 in March, then Version 5.",
          "Velloq=velloq:Organization | Velloq=velloq:Organization | Velloq=velloq:Organization" },
        // (Not a stock index family, which keeps its number, nor the noun with no number after it.)
        { "Many writers use Velloq every day.\nShares of Velloq beat the Nasdaq 100 last year.",
          "Velloq=velloq:Other | Velloq=velloq:Other | Nasdaq 100=nasdaq-100:Other" },
        { "Many writers use Velloq every day.\nThe Velloq team hired Grant Layer in May.",
          "Velloq=velloq:Organization | Velloq=velloq:Organization | Grant Layer=grant-layer:Other" },

        // A user-made ChatGPT assistant is "a GPT", a common noun: after "custom", or after a determiner before a verb, a
        // relative word or nothing, or possessive.
        { "Mira built a custom GPT for her garden.\nThe GPT is told to ask about the soil.\nShe then changed the GPT's tone.\nEach week she chats with the GPT.", "" },
        { "It is a GPT that writes recipes.", "" },
        // (Not the model family before a noun or a version, nor GPT without a determiner.)
        { "Velloq compares GPT models with Claude.\nThe GPT store opened in January.\nVelloq prefers GPT for summaries.",
          "Velloq=velloq:Other | GPT=gpt:Model | Claude=claude | GPT=gpt:Model | Velloq=velloq:Other | GPT=gpt:Model" },
    };

    [Theory]
    [MemberData(nameof(MentionCases))]
    public async Task Discovered_name_spans_follow_the_note(string text, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        var discovered = batch.DiscoveredEntities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var mentions = batch.Mentions
            .Select(m => $"{m.MatchedText}={m.EntityId}" + (discovered.TryGetValue(m.EntityId, out var type) ? $":{type}" : ""));
        string.Join(" | ", mentions).Should().Be(expected, because: $"text was \"{text}\"");
    }
}
