using ClaimGraph.Ingest;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// The wording families added for explicit recall, each with positive cases and the negations, questions, hypotheticals
/// and reversed directions that must yield nothing: a claim, then the typed relations it must yield as
/// "subject PREDICATE object rule 'trigger'" joined by " | " ("" = none). The sentences are invented or copied from the
/// tuning sets and the corpus pools 2–9.
/// </summary>
public sealed class RelationRecallTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // A maker's noun: "creator of", "the maker of", "the company behind", and before the maker's name.
        { "Roy Lee (creator of Cluely) vanished.", "roy-lee DEVELOPS cluely develops-maker-of 'creator of'" },
        { "OpenAI, the maker of ChatGPT, grew.", "openai DEVELOPS chatgpt develops-maker-of 'the maker of'" },
        { "Anthropic, the company behind Claude, grew.", "anthropic DEVELOPS claude develops-maker-of 'the company behind'" },
        { "ChatGPT maker OpenAI grew.", "openai DEVELOPS chatgpt develops-maker-before-name 'maker'" },
        { "Cluely's creator, Roy Lee, spoke.", "roy-lee DEVELOPS cluely develops-possessive-creator 'creator'" },
        { "YouTube creator Sam Altman spoke.", "" },
        { "YouTube and its creators Sam Altman and Roy Lee spoke.", "" },
        { "Roy Lee is not the creator of Cluely.", "" },
        { "Microsoft, the acquisition of Kaito aside, grew.", "" },
        { "Is OpenAI the maker of ChatGPT?", "" },
        { "ChatGPT is the creator of OpenAI.", "" },
        { "We spoke with Roy Lee, creator of Cluely, about cheating.", "roy-lee DEVELOPS cluely develops-creator-of 'creator of'" },
        { "We spoke with Roy Lee, creator of the popular YouTube channel Cluely, about cheating.", "" },
        { "Microsoft, creator of Codex, grew.", "" },

        // A possessive organisation before an unnamed noun names a unit of it: its founder or head works there.
        { "Roy Lee, former founder and leader of Google's robotics team, spoke.", "roy-lee WORKS_AT google works-at-title-chain 'founder and leader of'" },
        { "Roy Lee, the founder of Google's robotics lab, spoke.", "roy-lee WORKS_AT google works-at-title-chain 'founder of'" },
        { "Roy Lee, founder of Google, spoke.", "roy-lee FOUNDED google founded-title-of 'founder of'" },
        { "Sundar Pichai is the CEO of Google's parent company.", "" },
        { "Sundar Pichai is the CEO of Google.", "sundar-pichai LEADS google leads-title-of 'CEO of'" },

        // A name between a reader's possessive and a noun is not the whole the subject belongs to.
        { "Run agents on n8n as part of your LangChain workflow.", "" },
        { "LangGraph is part of LangChain.", "langgraph PART_OF langchain part-of 'part of'" },
        { "LangGraph is becoming a core part of the LangChain strategy.", "" },
        { "LangGraph is part of the LangChain platform.", "langgraph PART_OF langchain part-of 'part of'" },
        { "Roy Lee's OpenAI colleagues spoke.", "" },
        { "Sam Altman's OpenAI grew.", "sam-altman FOUNDED openai possessive-organization ''s'" },

        // "its" after an apposition stands for the name the apposition describes, not the name inside it.
        { "Anthropic, the AI lab in the same city as OpenAI, has seen growth following its partnership with Nvidia.", "anthropic PARTNERED_WITH nvidia its-partnership 'its partnership with'" },
        { "Anthropic, the lab in the same city as OpenAI, grew.", "" },

        // A bare "from" or "of" only right after the person's name.
        { "Roy Lee from OpenAI spoke.", "roy-lee WORKS_AT openai works-at-from 'from'" },
        { "An early idea for Roy Lee came from OpenAI research.", "" },
        { "Roy Lee got support from OpenAI.", "" },

        // A founding verb or title names an organisation, even one discovery typed a product.
        { "Codex, founded by Roy Lee, grew.", "roy-lee FOUNDED codex founded-passive 'founded by'" },
        { "Codex, not founded by Roy Lee, grew.", "" },

        // An organisation's title after a person's name, closed by a comma or parenthesis.
        { "Reid Hoffman, a former OpenAI board member, spoke.", "reid-hoffman WORKS_AT openai works-at-organization-title 'board member'" },
        { "Jensen Huang (Nvidia CEO) fostered competition.", "jensen-huang LEADS nvidia leads-organization-title 'CEO'" },
        { "Sam Altman, OpenAI co-founder and CEO, spoke.", "sam-altman LEADS openai leads-organization-title 'co-founder and CEO' | sam-altman FOUNDED openai founded-organization-title 'co-founder and CEO'" },
        { "Sam Altman, a former OpenAI CEO, spoke.", "" },
        { "Sam Altman, OpenAI fan, spoke.", "" },

        // A relative clause or a past participle acts on the name it follows, when that name opens its clause.
        { "Codex, which uses Claude, is popular.", "codex USES claude uses-active 'uses'" },
        { "Sam Altman, who runs OpenAI, spoke.", "sam-altman LEADS openai leads-title-of 'runs'" },
        { "GPT-4, which was developed by OpenAI, is popular.", "openai DEVELOPS gpt-4 develops-passive 'developed by'" },
        { "Codex, which is used by Microsoft, grew.", "microsoft USES codex uses-passive 'used by'" },
        { "Codex, which is built on Claude, grew.", "codex USES claude uses-active 'is built on'" },
        { "Codex, which was acquired by Microsoft, grew.", "microsoft ACQUIRED codex acquired-passive 'acquired by'" },
        { "Codex, powered by GPT-4, is popular.", "codex USES gpt-4 uses-active 'powered by'" },
        { "Hermes, trained on Reddit, is popular.", "hermes USES reddit uses-trained-on 'trained on'" },
        { "Codex, which does not use Claude, is popular.", "" },
        { "If Codex, which uses Claude, were popular, we would know.", "" },
        { "Is Codex, which uses Claude, popular?", "" },
        { "Jules is an editor based on Codex, which integrates ChatGPT.", "jules USES codex uses-active 'based on'" },
        { "The workflow is built with Codex and Jules that builds other Hermes agents.", "" },
        { "Inside Codex, use the Claude model.", "" },
        { "OpenAI released GPT-5, using Nvidia chips.", "openai DEVELOPS gpt-5 develops-active 'released'" },

        // A role or act after "its" joins the nearest name before it to the name after it.
        { "Google has been active, notably with its acquisition of Windsurf.", "google ACQUIRED windsurf its-acquisition 'its acquisition of'" },
        { "Google did not complete its acquisition of Windsurf.", "" },
        { "Google has been active, notably with its recent acquisition of Windsurf.", "google ACQUIRED windsurf its-acquisition 'its recent acquisition of'" },
        { "Google has been active, notably with its planned acquisition of Windsurf.", "" },
        { "OpenAI and its CEO, Sam Altman, spoke.", "sam-altman LEADS openai its-leader 'its CEO'" },
        { "OpenAI and its former CEO, Sam Altman, spoke.", "" },
        { "Cluely and its creator Roy Lee are famous.", "roy-lee DEVELOPS cluely its-maker 'its creator'" },
        { "Google and its rival Microsoft compete.", "google COMPETES_WITH microsoft its-rival 'its rival'" },
        { "Google expanded its rival team.", "" },

        // Verbs of each class, with their passive and participle forms.
        { "OpenAI designed GPT-4.", "openai DEVELOPS gpt-4 develops-active 'designed'" },
        { "GPT-4 was invented by OpenAI.", "openai DEVELOPS gpt-4 develops-passive 'invented by'" },
        { "Ilya Sutskever joins OpenAI.", "ilya-sutskever WORKS_AT openai works-at 'joins'" },
        { "Google is acquiring Windsurf.", "google ACQUIRED windsurf acquired-active 'acquiring'" },
        { "Google might be acquiring Windsurf.", "" },
        { "OpenAI joined forces with Microsoft.", "microsoft PARTNERED_WITH openai partnered-with 'joined forces with'" },
        { "Hugging Face hosts open-source alternatives to ChatGPT.", "" },
        { "Claude is vying with ChatGPT for users.", "chatgpt COMPETES_WITH claude competes-with 'vying with'" },
        { "Gemini bested GPT-4 on coding.", "gemini OUTPERFORMS gpt-4 outperforms 'bested'" },
        { "Gemini is inferior to GPT-4.", "gpt-4 OUTPERFORMS gemini outperformed-by 'inferior to'" },
        { "Codex is more effective than Claude.", "codex OUTPERFORMS claude outperforms-compared 'more effective than'" },
        { "LightGlue utilizes Codex in its units.", "lightglue USES codex uses-active 'utilizes'" },

        // What is used within a product, after any verb of use, a determiner allowed after "within"; what it is reached
        // through is used too.
        { "To utilize Claude and GPT-4 models within the Codex environment, read on.", "codex USES claude uses-within 'utilize Claude and GPT-4 models within the' | codex USES gpt-4 uses-within 'utilize Claude and GPT-4 models within the'" },
        { "You can use the Claude model via OpenRouter in your Codex projects.", "codex USES claude uses-within 'use the Claude model via OpenRouter in your' | codex USES openrouter uses-within 'use the Claude model via OpenRouter in your'" },

        // A concession about one rival, then a main clause that ranks another above it.
        { "While GPT-4 can be helpful, Claude was observed to be superior for writing code.", "claude OUTPERFORMS gpt-4 outperforms-contrast 'While GPT-4 can be helpful, Claude was observed to be superior'" },
        { "While GPT-4 can be helpful, Claude is not better for writing code.", "" },
        { "While using GPT-4, Claude felt better.", "" },
        { "While GPT-4 can be helpful, Claude is considered better for writing code.", "claude OUTPERFORMS gpt-4 outperforms-contrast 'While GPT-4 can be helpful, Claude is considered better'" },
        { "Claude is considered better than GPT-4.", "claude OUTPERFORMS gpt-4 outperforms-compared 'better than'" },
        { "Google considered buying Windsurf.", "" },

        // Leaders' titles, a short alias in parentheses before the apposition, and a lone name the title makes a person.
        { "Sam Altman (SA), co-founder of OpenAI, spoke.", "sam-altman FOUNDED openai founded-title-of 'co-founder of'" },
        { "Roy Lee, the GM of Cluely, spoke.", "roy-lee LEADS cluely leads-title-of 'GM of'" },
        { "Roy Lee, co-CEO of Cluely, spoke.", "roy-lee LEADS cluely leads-title-of 'co-CEO of'" },
        { "Arvind, CEO of Perplexity AI, shared an example.", "arvind LEADS perplexity-ai leads-title-of 'CEO of'" },

        // A person's time at an organisation, and a title opened by an adjective of standing.
        { "Roy Lee's previous work at OpenAI shaped Cluely.", "roy-lee WORKS_AT openai works-at-possessive-tenure 'previous work at'" },
        { "Roy Lee, a central figure at OpenAI, spoke.", "roy-lee WORKS_AT openai works-at-title-chain 'figure at'" },

        // An organisation that modifies a noun is not what is used; a verb that is also a plural noun is the noun after a
        // common word; a document is not a product.
        { "Roy Lee was using OpenAI customer funds for Cluely operations.", "" },
        { "Roy Lee was using OpenAI models for Cluely.", "roy-lee USES openai uses-active 'using'" },
        { "Microsoft customer funds went to OpenAI.", "" },
        { "Microsoft also funds OpenAI.", "microsoft INVESTED_IN openai invested-active 'funds'" },
        { "The Claude model powers Cursor.", "cursor USES claude uses-passive 'powers'" },
        { "The Phi-1 model uses the Codex dataset.", "phi-1 USES codex uses-active 'uses'" },
        { "OpenAI's Model Specification document guides ChatGPT.", "" },
        { "Meta uses Nvidia chips.", "meta USES nvidia uses-active 'uses'" },

        // A noun phrase in apposition between a subject and its verb; one with a clause of its own is no apposition.
        { "Roy Lee, a developer with years of experience, initially experimented with Claude.", "roy-lee USES claude uses-active 'experimented with'" },
        { "Roy Lee, a developer who loves code, uses Claude daily.", "" },

        // A later segment of a person's apposition, the organisation before its title.
        { "Reed Hoffman, co-founder of LinkedIn and former OpenAI board member, spoke.", "reed-hoffman FOUNDED linkedin founded-title-of 'co-founder of' | reed-hoffman WORKS_AT openai works-at-organization-title 'board member'" },

        // A product noun with a maker's participle before "by", in a copula or apposition after the product.
        { "Codex is an AI-based language model developed by OpenAI.", "openai DEVELOPS codex develops-noun-by 'model developed by'" },
        { "Codex is an open-source agent orchestration tool recently released by OpenAI.", "openai DEVELOPS codex develops-noun-by 'tool recently released by'" },
        { "We built on Codex, an open-source framework previously released by OpenAI.", "openai DEVELOPS codex develops-noun-by 'framework previously released by'" },
        { "Codex is the coding agent launched by OpenAI last year.", "openai DEVELOPS codex develops-noun-by 'agent launched by'" },
        { "The editor uses a model developed by OpenAI.", "" },
        { "Codex praised a platform developed by Microsoft.", "" },
        { "Codex is not a tool developed by OpenAI.", "" },
        { "Is Codex a tool developed by OpenAI?", "" },

        // Words of field or standing before the first title of an apposition; a capitalised negation inside a name.
        { "Roy Lee, a leading AI researcher and co-founder of OpenAI, spoke.", "roy-lee FOUNDED openai founded-title-chain 'researcher and co-founder of'" },
        { "Roy Lee, a computer science professor at OpenAI, spoke.", "roy-lee WORKS_AT openai works-at-title-chain 'professor at'" },
        { "Roy Lee, a physicist at OpenAI and researcher at Nvidia, spoke.", "roy-lee WORKS_AT openai works-at-title-chain 'physicist at' | roy-lee WORKS_AT nvidia works-at-title-chain 'researcher at'" },
        { "Roy Lee, a big fan of OpenAI, spoke.", "" },
        { "Roy Lee, a computer science student who admires OpenAI, spoke.", "" },
        { "Roy Lee, founder of Not Boring, writes essays.", "roy-lee FOUNDED not-boring founded-title-of 'founder of'" },
        { "Roy Lee is NOT the founder of OpenAI.", "" },

        // A use participle after the noun phrase that describes a name: directly, or after a comma once the phrase has a clause.
        { "Codex is an open-source agent designed to build other agents, powered by Claude and GPT-4.", "codex USES claude uses-active 'powered by' | codex USES gpt-4 uses-active 'powered by'" },
        { "Codex, an agent that can build other agents, powered by Claude, is popular.", "codex USES claude uses-active 'powered by'" },
        { "Codex is a free, open-source, low-code automation tool built on Claude.", "codex USES claude uses-active 'built on'" },
        { "Codex is a tool for apps powered by Claude.", "" },
        { "Codex is a tool, but many apps are built on Claude.", "" },
        { "Codex is not a tool built on Claude.", "" },

        // A passive leader with a title between "by" and the name.
        { "OpenAI, led by CEO and co-founder Sam Altman, grew fast.", "sam-altman LEADS openai leads-passive-title 'led by CEO and co-founder' | sam-altman FOUNDED openai founded-passive-title 'led by CEO and co-founder'" },
        { "OpenAI, led by CEO Sam Altman, grew fast.", "sam-altman LEADS openai leads-passive-title 'led by CEO'" },
        { "OpenAI, not led by CEO Sam Altman, grew fast.", "" },

        // An inverted copula: the part named after "is".
        { "A key feature in Codex is the Claude Code agent.", "claude-code PART_OF codex part-of-inverted 'feature in Codex is'" },
        { "A key feature in Codex is not the Claude Code agent.", "" },
        { "Codex's key feature is the Claude Code agent.", "" },

        // A class before its examples ("LLMs such as X", "open-source models like X"): the examples are what the trigger
        // reaches; a class after a preposition ("into products like X") is not.
        { "Codex integrates with Large Language Models (LLMs) such as GPT-4.", "codex USES gpt-4 uses-active 'integrates'" },
        { "Codex does not integrate with Large Language Models (LLMs) such as GPT-4.", "" },
        { "Codex primarily uses open-source coding models like GPT-4 and Claude.", "codex USES gpt-4 uses-active 'uses' | codex USES claude uses-active 'uses'" },
        { "Microsoft integrates these models into products like Codex.", "" },
        { "Codex is written in Python.", "codex USES python uses-active 'is written in'" },
        { "GPT-4 is planned to be integrated into Codex.", "" },

        // A part named after "a feature called", or what a product includes.
        { "Codex offers a feature called \"Jules\".", "jules PART_OF codex part-of-feature-called 'a feature called'" },
        { "Does Codex offer a feature called Jules?", "" },
        { "Codex now includes Jules.", "jules PART_OF codex part-of-includes 'now includes'" },
        { "Codex includes GPT-4.", "" },
        { "Codex never includes Jules.", "" },

        // An organisation, a lower-case noun of a code package, and the package's name.
        { "The OpenAI library Codex is popular.", "openai DEVELOPS codex develops-maker-noun-name 'library'" },
        { "Is the OpenAI library Codex popular?", "" },

        // Investors named after a raise, and a described name with a backer's participle.
        { "Codex raised $60 million from investors including Microsoft and Google.", "microsoft INVESTED_IN codex invested-from-investors 'from investors including' | google INVESTED_IN codex invested-from-investors 'from investors including'" },
        { "Codex might raise $60 million from investors including Microsoft.", "" },
        { "Codex, a coding platform backed by Microsoft, grew.", "microsoft INVESTED_IN codex invested-noun-by 'platform backed by'" },
        { "Codex, a coding platform not backed by Microsoft, grew.", "" },

        // A concept's name with a product's short name in parentheses is that product; a protocol is a thing made.
        { "The Large Language Model (Codex), developed by OpenAI, grew.", "openai DEVELOPS codex develops-passive 'developed by'" },
        { "The Large Language Model (Codex), not developed by OpenAI, grew.", "" },
        { "Codex is a standardized protocol developed by OpenAI.", "openai DEVELOPS codex develops-noun-by 'protocol developed by'" },

        // What a product or company supports it works with; not a person's support, nor what the support is for.
        { "Codex supports GPT-4 and Claude.", "codex USES gpt-4 uses-supports 'supports' | codex USES claude uses-supports 'supports'" },
        { "Sam Altman supports Codex.", "" },
        { "Codex does not support GPT-4.", "" },
        { "Microsoft supports multiple models for Codex.", "" },

        // A verb of use after a comma or "and" shares the claim's opening subject, however far it stands (rel10).
        { "Codex prioritizes developer choice, supporting models like Claude.", "codex USES claude uses-shared-subject 'supporting'" },
        { "Codex makes agents easy to build for Windsurf teams, and also uses Claude for planning.", "codex USES claude uses-shared-subject 'uses'" },
        { "Codex is an expert tool for building agents and using Claude.", "codex USES claude uses-shared-subject 'using'" },
        { "Codex makes agents easy to build, but using Claude is slow.", "" },
        { "Codex could become popular, using Claude.", "" },
        { "Sam Altman spoke at length, supporting Codex.", "" },
        { "Codex prioritizes developer choice, and uses Claude or Microsoft Teams.",
          "microsoft DEVELOPS microsoft-teams maker-name-prefix 'Microsoft' | codex USES claude uses-shared-subject 'uses' | codex USES microsoft-teams uses-shared-subject 'uses'" },
        { "Codex makes agents easy to build for Windsurf, and also uses Claude.", "codex USES claude uses-shared-subject 'uses'" },
        { "Snowflake supports customers in this process, leveraging its efficient Arctic development approach.", "" },

        // "considered" before an article judges what the subject is; "considered acquiring" stays a hedge (rel10).
        { "Codex is considered an expert tool for building agents and using Claude.", "codex USES claude uses-shared-subject 'using'" },
        { "Google considered acquiring Windsurf.", "" },

        // An adverb after a used organisation modifies the verb, not a noun (rel10).
        { "Codex uses OpenAI strategically.", "codex USES openai uses-active 'uses'" },
            };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Recall_rules_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }

    public static TheoryData<string, string> LabelCases => new()
    {
        // The sentence after a label opens its own clause; the label may state a relation of its own.
        { "- **Focus on Frameworks** Codex primarily utilizes Claude.", "codex USES claude uses-active 'utilizes'" },
        { "- **Roy Lee (creator of Cluely)**: He wrote the app.", "roy-lee DEVELOPS cluely develops-maker-of 'creator of'" },
        { "- **Codex uses** Claude for planning.", "" },
    };

    [Theory]
    [MemberData(nameof(LabelCases))]
    public async Task A_bold_label_and_its_sentence_are_read_apart(string line, string expected)
    {
        var catalog = await SeedCatalog.LoadAsync();
        var parsed = new NoteParser().Parse("notes/labels.md", "---\ntitle: Labels\nvideoId: abc123\n---\n\n" + line);
        var batch = new NoteBatchBuilder(catalog).Build(parsed, "labels", "hash", "notes/labels.md").Batch;

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"the note was \"{line}\"");
    }
}
