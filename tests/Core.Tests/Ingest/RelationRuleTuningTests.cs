using ClaimGraph.Ingest;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// The relation rules added while tuning on the dev set, each with positive and negative examples: a claim, then the typed
/// relations it must yield as "subject PREDICATE object rule 'trigger'" joined by " | " ("" = none). The sentences are
/// copied from real notes, so the tests never read the corpus.
/// </summary>
public sealed class RelationRuleTuningTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // possessive-product over modifier words, and develops-possessive-model with an apposition
        { "Daan van der Kila shared his reactions regarding OpenAI's latest o1 model release.", "openai DEVELOPS o1 possessive-product ''s'" },
        { "Meta's recent release, Llama, represents a substantial advancement in their AI capabilities.", "meta DEVELOPS llama develops-possessive-model 'recent release'" },
        { "OpenAI's new Anthropic deal was small.", "" },
        { "Meta's recent release did not include Llama.", "" },

        // title apposition: leads, founded, works at
        { "The journey has been long, as explained by Microsoft's CEO, Satya Nadella, during a recent podcast interview.", "satya-nadella LEADS microsoft leads-title-apposition 'CEO'" },
        { "Noam Brown, OpenAI's Head of AI, discusses the company's strategies in AI development.", "noam-brown WORKS_AT openai works-at-title-apposition 'Head of AI'" },
        { "A key insight from OpenAI's Head of Reasoning, Noam Brown, is that models can think longer.", "noam-brown WORKS_AT openai works-at-title-apposition 'Head of Reasoning'" },
        { "Satya Nadella, Microsoft's former CEO, spoke.", "" },
        { "Satya Nadella, Microsoft's biggest fan, spoke.", "" },
        { "OpenAI's CEO, Sam Altman, spoke at length.", "sam-altman LEADS openai leads-title-apposition 'CEO'" },
        { "Sam Altman, Microsoft's partner, spoke at length.", "sam-altman WORKS_AT microsoft works-at-title-apposition 'partner'" },
        { "Sam Altman, OpenAI's research paper, was read.", "" },

        // a title chain gives each of its predicates
        { "Jensen Huang, CEO and co-founder of Nvidia, shared his immediate reactions.", "jensen-huang FOUNDED nvidia founded-title-of 'CEO and co-founder of' | jensen-huang LEADS nvidia leads-title-of 'CEO and co-founder of'" },
        { "Jensen Huang, a research associate at Nvidia, argued that compute would keep growing.", "jensen-huang WORKS_AT nvidia works-at 'associate at'" },
        { "Jensen Huang, a former research associate at Nvidia, argued that compute would keep growing.", "jensen-huang WORKS_AT nvidia works-at-title-chain 'research associate at'" },

        // parenthetical-product
        { "A rapid-fire succession of major model updates from OpenAI (GPT-5.2), Google (Gemini 3), and Anthropic (Claude 4.5)", "openai DEVELOPS gpt-5-2 parenthetical-product '(GPT-5.2)' | google DEVELOPS gemini-3 parenthetical-product '(Gemini 3)' | anthropic DEVELOPS claude-4-5 parenthetical-product '(Claude 4.5)'" },
        { "Open source has gained ground, with companies like Meta (with Llama) releasing weights.", "meta DEVELOPS llama parenthetical-product '(with Llama)'" },
        // An acronym with an expansion in parentheses (a transcript's own, not the acronym's initials) is no maker.
        { "The settings go into an MCP (Multi-Modal Compute Protocol) config file.", "" },
        // Initials of the name's last words define it: the maker's name before them is not part of the short name, and the
        // short name is no product of the long one.
        { "We set up the Google Agent Development Kit (ADK) and Google ADK agents.", "google DEVELOPS google-agent-development-kit maker-name-prefix 'Google' | google DEVELOPS google-adk maker-name-prefix 'Google'" },
        { "Shares of Microsoft (Nvidia) moved.", "" },

        // maker-name-prefix
        { "It is available through Nebius AI Studio, which hosts DeepSeek V3 and DeepSeek R1 models.\nNebius AI Studio provides access to Nebius AI Studio models.", "deepseek DEVELOPS deepseek-v3 maker-name-prefix 'DeepSeek' | deepseek DEVELOPS deepseek-r1 maker-name-prefix 'DeepSeek'" },
        { "Researchers at Google DeepMind spoke.", "" },
        { "Harvard University hosted it.", "" },
        { "Nvidia released it. The Nvidia 30 series sold well. The Nvidia 30 cards were fast.", "" },

        // a mention continued by an organisation suffix is part of a longer name, the lab that develops it
        { "The Segment Anything model, developed by Meta AI Research, is a segmentation foundation model.", "meta-ai-research DEVELOPS segment-anything develops-passive 'developed by'" },
        { "Codex, developed by OpenAI, is a coding agent.", "openai DEVELOPS codex develops-passive 'developed by'" },

        // acquired-by-gerund
        { "Microsoft has also made a significant move by acquiring Kaito.", "microsoft ACQUIRED kaito acquired-by-gerund 'by acquiring'" },
        { "Microsoft has also made a significant move but not by acquiring Kaito.", "" },
        { "Microsoft has also made a significant move, and OpenAI grew by acquiring Kaito.", "openai ACQUIRED kaito acquired-by-gerund 'by acquiring'" },

        // competition-between
        { "Anthropic views the current landscape as a \"race\" primarily between ChatGPT, Claude Code, and Codex.", "chatgpt COMPETES_WITH claude-code competition-between 'race\" primarily between' | chatgpt COMPETES_WITH codex competition-between 'race\" primarily between' | claude-code COMPETES_WITH codex competition-between 'race\" primarily between'" },
        { "AI has become a focal point for geopolitical competition, particularly between OpenAI and Anthropic.", "anthropic COMPETES_WITH openai competition-between 'competition, particularly between'" },
        { "The partnership between OpenAI and Microsoft grew.", "microsoft PARTNERED_WITH openai partnership-between 'partnership between'" },
        { "There was never a partnership between OpenAI and Microsoft.", "" },
        { "There is no race between OpenAI and Anthropic.", "" },

        { "AI has become a focal point for geopolitical competition, particularly between the United States and China.", "china COMPETES_WITH united-states competition-between 'competition, particularly between'" },
        { "The United States and China signed a trade deal.", "" },

        // uses-based-compound
        { "An example of this limitation was demonstrated with \"Codex,\" a Python-based UI framework that was recently open-sourced.", "codex USES python uses-based-compound '-based'" },
        { "Codex is a Python-based agent for coding.", "codex USES python uses-based-compound '-based'" },
        { "Codex replaced a Python-based tool.", "" },
        { "Codex is not a Python-based tool.", "" },

        // competitors-like
        { "While ChatGPT emerged early, the ecosystem expanded to include competitors like Claude Code, Codex, and various open-source tools such as Jules.", "chatgpt COMPETES_WITH claude-code competitors-like 'competitors like' | chatgpt COMPETES_WITH codex competitors-like 'competitors like' | chatgpt COMPETES_WITH jules competitors-like 'competitors like'" },
        { "Facebook outperformed early competitors like Slack and Reddit due to its more performant experience.", "facebook OUTPERFORMS slack outperforms 'outperformed' | facebook OUTPERFORMS reddit outperforms 'outperformed' | facebook COMPETES_WITH slack competitors-like 'competitors like' | facebook COMPETES_WITH reddit competitors-like 'competitors like'" },
        { "This innovation was adopted by competitors like Bing and ChatGPT.", "" },
        { "O3 is touted as a \"super genius\" at reasoning, outperforming competitors like Meta's Llama and Anthropic's Claude in benchmarks.", "meta DEVELOPS llama possessive-product ''s' | anthropic DEVELOPS claude possessive-product ''s' | llama COMPETES_WITH o3 competitors-like 'competitors like' | claude COMPETES_WITH o3 competitors-like 'competitors like'" },
        { "Unlike larger competitors such as Facebook or Slack, a smaller startup can take risks.", "" },
        { "OpenAI grew fast. Competitors like Google and Anthropic are expected to follow suit.", "" },

        // comparatives
        { "Gemini was significantly faster than DeepSeek R1 and Claude.", "deepseek DEVELOPS deepseek-r1 maker-name-prefix 'DeepSeek' | gemini OUTPERFORMS deepseek-r1 outperforms-compared 'faster than' | gemini OUTPERFORMS claude outperforms-compared 'faster than'" },
        { "Gemini is not faster than Claude.", "" },
        { "Claude is slower than Gemini.", "gemini OUTPERFORMS claude outperforms-compared 'slower than'" },
        { "Claude is less capable than Gemini.", "gemini OUTPERFORMS claude outperforms-compared 'less capable than'" },
        { "Claude has shown better benchmark scores compared to Gemini.", "claude OUTPERFORMS gemini outperforms-compared 'better benchmark scores compared to'" },
        { "Is Claude faster than Gemini?", "" },
        { "Claude might be faster than Gemini.", "" },
        { "Claude costs more compared to Gemini.", "" },
        { "Claude 2025 is faster than Gemini.", "" },

        { "Claude ranks higher than Gemini on coding.", "claude OUTPERFORMS gemini outperforms-compared 'ranks higher than'" },
        { "Claude falls short compared to Gemini.", "gemini OUTPERFORMS claude outperforms-compared 'falls short compared to'" },
        { "Claude lags behind Gemini on coding.", "gemini OUTPERFORMS claude outperformed-by 'lags behind'" },

        // a title straight before the name, a possessive rival, an investor
        { "Microsoft's CEO Satya Nadella spoke.", "satya-nadella LEADS microsoft leads-title-apposition 'CEO'" },
        { "Microsoft's former CEO Satya Nadella spoke.", "" },
        { "OpenAI's rival Anthropic grew.", "anthropic COMPETES_WITH openai competes-possessive-rival 'rival'" },
        { "OpenAI's rival did not include Anthropic.", "" },
        { "Microsoft invested $10 billion in OpenAI.", "microsoft INVESTED_IN openai invested-active 'invested'" },
        { "Microsoft is an early investor in OpenAI.", "microsoft INVESTED_IN openai invested-active 'an early investor in'" },
        { "Microsoft would have invested $10 billion in OpenAI.", "" },

        // its-product
        { "Google grew with the launch of its own model, Gemini.", "google DEVELOPS gemini its-product 'its own model'" },
        { "Google, with its Gemini model, leads the field.", "google DEVELOPS gemini its-product 'its Gemini model'" },
        { "Google made a notable investment with the launch of its own LLM, Gemini.", "google DEVELOPS gemini its-product 'its own LLM'" },
        { "Claude and its new model Gemini were compared.", "" },
        { "Google did not ship its model Gemini.", "" },
        { "OpenAI grew, but its model Gemini lagged.", "" },

        // develops-product-by
        { "A popular \"Codex\" by \"OpenAI\" is out.", "openai DEVELOPS codex develops-product-by 'by'" },
        { "Codex by OpenAI is a coding agent.", "openai DEVELOPS codex develops-product-by 'by'" },
        { "Codex, followed by OpenAI, grew.", "" },
        { "The acquisition of Codex by OpenAI closed.", "" },

        // coordinated verbs and the examples of a class noun
        { "OpenAI built and released Sora.", "openai DEVELOPS sora develops-active 'released'" },
        { "OpenAI built and tested Sora.", "" },
        { "The embed code runs in a simple OpenAI application created with Codex.", "" },
        { "OpenAI trained on ChatGPT conversations.", "" },
        { "Meta has been actively developing and releasing new AI models, such as Llama.", "meta DEVELOPS llama develops-active 'releasing'" },
        { "Meta announced the forthcoming release of new models, including Llama.", "" },
        { "AI labs such as OpenAI and Anthropic compete with Google.", "anthropic COMPETES_WITH google competes-with 'compete with' | google COMPETES_WITH openai competes-with 'compete with'" },

        // uses-passive: designed to power
        { "Llama is designed to power ChatGPT and make it one of the most intelligent assistants.", "chatgpt USES llama uses-passive 'designed to power'" },
        { "Llama could be designed to power ChatGPT.", "" },

        // uses-active: the subject opens its clause, no agent "by", no "integration of"
        { "Anthropic now uses Claude for coding.", "anthropic USES claude uses-active 'uses'" },
        { "Since March, Anthropic has also started using Codex.", "anthropic USES codex uses-active 'using'" },
        { "Deploy the application as a full-stack Python app using Streamlit.", "" },
        { "Test the OpenAI container locally using tools like Codex.", "" },
        { "ChatGPT integrated by OpenAI was shown.", "" },
        { "The launch formed an integration of Claude and Codex.", "" },

        { "For example, author Sam Altman has already begun using AI tools like ChatGPT for summaries.", "sam-altman USES chatgpt uses-active 'using'" },
        { "Companies like Apple and Google integrating Claude into their products will normalise it.", "" },
        { "Apple and Google integrate Claude.", "google USES claude uses-active 'integrate' | apple USES claude uses-active 'integrate'" },
        { "You can use Codex to generate apps using Claude.", "" },
        { "Perplexity uses Retrieval-Augmented Generation to address this.", "" },

        // a list before a trigger ends in its conjunction
        { "While not as deep as Google, Facebook outperformed Slack.", "facebook OUTPERFORMS slack outperforms 'outperformed'" },

        // a possessive owner of a common noun is not the one the verb joins; an interface noun stands for its owner
        { "Anthropic's team uses Codex daily.", "" },
        { "OpenAI's models operate on a Bing backend.", "openai USES bing uses-active 'operate on'" },
        { "OpenAI has committed to open-sourcing Sora once it is stable.", "openai DEVELOPS sora develops-active 'open-sourcing'" },
        { "Llama is being integrated into Meta's platforms.", "" },
        { "Anthropic uses OpenAI's models for evaluation.", "anthropic USES openai uses-active 'uses'" },

        // organization-product-compound only for a catalog product; listed beside Slack, Google Drive is a product, so
        // its maker's name before it is maker-name-prefix, as in "Google Cloud"
        { "The platform supports actions such as SMS, Google Drive, or Slack.", "google DEVELOPS google-drive maker-name-prefix 'Google'" },

        // a title in apposition only for a person's rule or an article-led noun phrase
        { "Microsoft, the acquisition of Kaito aside, grew.", "" },
        { "Kaito, a unit of Microsoft, grew.", "kaito PART_OF microsoft part-of 'a unit of'" },

        // part-of: a feature within
        { "The Codex agent is a feature within ChatGPT.", "codex PART_OF chatgpt part-of 'a feature within'" },
        { "Codex is not a feature within ChatGPT.", "" },
        { "To write a full post, Codex is enabled within ChatGPT.", "codex PART_OF chatgpt part-of 'enabled within'" },
        { "Codex could be enabled within ChatGPT.", "" },

        // rules extraction-5: "former" ends a role without denying it, except a head's
        { "Reid Hoffman, a former board member of OpenAI, spoke.", "reid-hoffman WORKS_AT openai works-at 'board member of'" },
        // rel18: the labels count a former head in apposition as its leader ("Brett Harrison, former President of FTX US").
        { "Jensen Huang, former CEO of Nvidia, spoke at the event.", "jensen-huang LEADS nvidia leads-former-title-apposition 'former CEO of'" },
        // a chief technology officer or scientist works at the company; only its head leads it
        { "Jensen Huang, CTO of Nvidia, spoke at the event.", "jensen-huang WORKS_AT nvidia works-at 'CTO of'" },
        { "Nvidia CTO Jensen Huang spoke at the event.", "jensen-huang WORKS_AT nvidia works-at-title-before-name 'CTO'" },
        { "OpenAI chief scientist Noam Brown explained the result.", "noam-brown WORKS_AT openai works-at-title-before-name 'chief scientist'" },
        { "Queries such as \"Computer Vision Engineer Noam Brown\" were generated.", "" },

        // title chains in apposition: each "title at/of Org" gives its own predicate
        { "Sam Altman, former CTO at Google and founder of OpenAI, spoke.", "sam-altman WORKS_AT google works-at 'CTO at' | sam-altman FOUNDED openai founded-title-chain 'founder of'" },
        { "Alexandre Cen, VP of Generative AI and Sensei at Adobe, shared the plan.", "alexandre-cen WORKS_AT adobe works-at-title-chain 'VP of Generative AI and Sensei at'" },
        { "Satya Nadella, a fan of Adobe, spoke.", "" },
        { "Satya Nadella, who spoke at Adobe, smiled.", "" },
        { "Mario Schaer, CTO and co-founder of Oscar Health, spoke.", "mario-schaer FOUNDED oscar-health founded-title-chain 'CTO and co-founder of'" },
        { "We heard Brian Potter, an engineer and author of the Construction Physics blog.", "" },

        // initials in parentheses are the name's abbreviation, not its product
        { "The Model Context Protocol (MCP) is revolutionizing AI development.", "" },
        // a name that only adds an organisation suffix is the organisation
        { "Perplexity said that Perplexity AI has gained traction.", "" },
        { "Google said that Google Cloud has gained traction.", "google DEVELOPS google-cloud maker-name-prefix 'Google'" },
        // a name that goes on with "of" after its head word is whole, so the title names its holder's department
        { "Professor Edward Glaeser, chair of the Harvard Department of Economics, spoke.", "edward-glaeser LEADS harvard-department-of-economics leads-title-of 'chair of'" },

        // develops-noun-by: a product noun, then its maker
        { "Jules, which is a hosted service by Google, is popular.", "google DEVELOPS jules develops-noun-by 'service by'" },
        { "We tested Llama, a model from Meta, on coding.", "meta DEVELOPS llama develops-noun-by 'model from'" },
        { "The o3 model from OpenAI tops the chart.", "openai DEVELOPS o3 develops-noun-by 'model from'" },
        { "The Llama 70 billion parameter model from Groq is fast.", "" },
        { "The app used Qwen models by Groq for its features.", "" },
        { "We compared Llama with data from Meta.", "" },

        // uses-within: what is used within a product is used by it
        { "To use o3 or Claude within Codex, add a key.", "codex USES o3 uses-within 'use o3 or Claude within' | codex USES claude uses-within 'use o3 or Claude within'" },
        { "To use o3 within Europe, add a key.", "" },
        { "Engineers use Codex within Microsoft every day.", "microsoft USES codex uses-within 'use Codex within'" },
        // a claim ending in ":" states what stands before its last comma; the lead-in after it is a heading
        { "To use o3 within Codex, follow these steps:", "codex USES o3 uses-within 'use o3 within'" },
        { "Codex uses o3:", "" },
        { "To get started, Codex uses o3:", "" },
        { "To use OpenAI models like o3 or o1 within Codex, add a key.", "codex USES openai uses-within 'use OpenAI models like o3 or o1 within' | codex USES o3 uses-within 'use OpenAI models like o3 or o1 within' | codex USES o1 uses-within 'use OpenAI models like o3 or o1 within'" },

        // uses-version-of and uses-trained-on
        { "Llama (a fine-tuned version of GPT-4) is strong.", "llama USES gpt-4 uses-version-of 'a fine-tuned version of'" },
        { "Codex, a fork of ChatGPT, is community-driven.", "codex USES chatgpt uses-version-of 'a fork of'" },
        // rules extraction-6: a maker's title in apposition
        { "Sam Altman (creator of ChatGPT) spoke.", "sam-altman DEVELOPS chatgpt develops-maker-of 'creator of'" },
        { "Sam Altman, never the creator of ChatGPT, spoke.", "" },
        // "developed by" after "a fork of Y" made the fork, not Y: the fork in apposition (rel17)
        { "Codex, a fork of ChatGPT developed by the Anthropic community, grew.", "codex USES chatgpt uses-version-of 'a fork of' | anthropic DEVELOPS codex develops-passive 'developed by'" },
        { "Codex, a fork developed by Anthropic, grew.", "anthropic DEVELOPS codex develops-passive 'developed by'" },
        { "The Hermes model was trained on Reddit for 36,000 steps.", "hermes USES reddit uses-trained-on 'trained on'" },
        { "For example, a Python agent using Claude can stream text.", "" },
        { "The Python query agents use Claude.", "" },
        { "Hermes was not trained on Reddit.", "" },

        // its-uses: "its" names the nearest organisation or product before it
        { "Codex stands out for its direct integration with Slack and Figma.", "codex USES slack its-uses 'its direct integration with' | codex USES figma its-uses 'its direct integration with'" },
        { "Codex stands out, but its integration with Slack is not ready.", "" },
        // part-of reaches through a possessive: a part of what Y owns is part of Y
        { "Codex is typically included with ChatGPT's command-line tools.", "codex PART_OF chatgpt part-of 'included with'" },

        // competitors: a relative clause is still about its head; reported speech is not
        { "n8n is a workflow tool that distinguishes itself from competitors like Zapier.", "n8n COMPETES_WITH zapier competitors-like 'competitors like'" },
        { "Phi-1 is small, smaller than competing models like Falcon.", "falcon COMPETES_WITH phi-1 competitors-like 'competing models like'" },
        { "Claude is smaller than competing models like o3 (40 billion parameters) or Llama (65 billion parameters).", "claude COMPETES_WITH o3 competitors-like 'competing models like' | claude COMPETES_WITH llama competitors-like 'competing models like'" },

        // outperforms: a preference, an improvement, and a class noun's examples after "compared to"
        { "Claude (recommended over o3 for speed) is the pick.", "claude OUTPERFORMS o3 outperforms 'recommended over'" },
        { "ChatGPT offers a significantly improved experience compared to traditional resources like Reddit.", "chatgpt OUTPERFORMS reddit outperforms-compared 'improved experience compared to'" },

        // rules extraction-6: a person's possessive names no product they develop
        { "Elon Musk's Grok was crucial for the launch.", "" },
        // an untyped owner needs a strong name shape of its own: a plain capitalised name is as often a person or an author
        { "The team compared LangChain's LangGraph with Codex.", "langchain DEVELOPS langgraph possessive-product ''s'" },
        { "The reading group met again and read Marlowe twice.\nThe reading group compared Marlowe's Faustus Reloaded with Codex.\nThe reading group liked Faustus Reloaded.", "" },
        // a comparison given as an example, under a condition, as a likeness or as a maker's claim is not stated
        { "Costs fall once models plateau (e.g., GPT-5 is only marginally better than GPT-4).", "" },
        { "Costs fall when GPT-5 is only incrementally better than GPT-4.", "" },
        { "Meta claimed Llama performed better than Claude.", "" },
        { "Llama performed better than Claude.", "llama OUTPERFORMS claude outperforms-compared 'better than'" },
        // a short word with a digit after a name is a version the mention missed: the compared thing is not that entity
        { "DeepSeek v3 is preferred over Claude due to its speed.", "" },
        { "DeepSeek is preferred over Claude due to its speed.", "deepseek OUTPERFORMS claude outperforms 'preferred over'" },
        // known makers: a catalog fact or a maker-named product overrules a possessive, also for a versioned name of the family
        { "Groq's Llama runs fast.", "" },
        { "Groq's Llama 3.2 runs fast.", "" },
        { "Meta's Llama runs fast.", "meta DEVELOPS llama possessive-product ''s'" },
        { "Many apps call DeepSeek V3 now.\nGroq's DeepSeek V3 is cheap.", "deepseek DEVELOPS deepseek-v3 maker-name-prefix 'DeepSeek' | deepseek DEVELOPS deepseek-v3 maker-name-prefix 'DeepSeek'" },
        // a provider of the note is no maker of the models it offers, unless a fact makes it a maker of models
        { "Groq is an inference provider.\nThe demo used Groq's Hermes model.", "" },
        { "Groq is a chip company.\nThe demo used Groq's Hermes model.", "groq DEVELOPS hermes possessive-product ''s'" },
        // a provider's maker (a shorter name of it) offers the models, it does not make them
        { "Acme AI Studio provides the inference for these apps.\nThe app used Acme AI's Hermes model.", "acme-ai DEVELOPS acme-ai-studio maker-name-prefix 'Acme AI'" },
        { "Acme AI Studio sells chips to these apps.\nThe app used Acme AI's Hermes model.", "acme-ai DEVELOPS acme-ai-studio maker-name-prefix 'Acme AI' | acme-ai DEVELOPS hermes possessive-product ''s'" },
        { "OpenAI is an inference provider.\nThe demo used OpenAI's Hermes model.", "openai DEVELOPS hermes possessive-product ''s'" },
        // a maker named in words ("the maker of", "the company behind") is a fact for the note's other claims too
        { "Nous Research, the maker of Hermes, ships fast.\nThe demo used Groq's Hermes model.", "nous-research DEVELOPS hermes develops-maker-of 'the maker of'" },

        // a relative clause whose verb has no object after it acts on what it describes
        { "Jules, which Google acquired last year, grew.", "google ACQUIRED jules acquired-active 'acquired'" },
        { "Jules, which Google acquired Codex for, grew.", "google ACQUIRED codex acquired-active 'acquired'" },

        // a making verb whose object is an act of taking announced the act, not the product
        { "Google announced its planned acquisition of Windsurf last week.", "google ACQUIRED windsurf acquired-active 'acquisition of'" },
        { "OpenAI announced the launch of Sora.", "openai DEVELOPS sora develops-active 'announced'" },
        // an event or an era is launched or led, not made
        { "The Cultural Revolution, launched by Mao Zedong in 1966, was tumultuous.", "" },
        { "The Sora app, launched by OpenAI in 2024, was popular.", "openai DEVELOPS sora develops-passive 'launched by'" },
        // a name cut short by "&" or by a single capital letter is no argument, in a list as well
        { "Jeffrey, a researcher at Ink & Switch, explores malleable software.", "" },
        { "Jeffrey, a researcher at Anthropic, explores malleable software.", "jeffrey WORKS_AT anthropic works-at 'researcher at'" },
        { "Sam Altman developed a \"Codex V\" template to enhance coaching.", "" },
        { "Sam Altman developed a \"Codex\" template to enhance coaching.", "sam-altman DEVELOPS codex develops-active 'developed'" },
        { "GitHub Copilot has competitors like Cursor and Vercel v0.", "cursor COMPETES_WITH github-copilot competitors-like 'competitors like'" },
        // a mention run into a capitalised concept is the front of a longer name; an acronym after it is only its kind; the
        // list goes on past that longer name (rel10)
        { "LLaVA combines pre-trained components like OpenAI's Clip Vision Transformer and Vicuna.", "llava USES vicuna uses-active 'combines'" },
        { "This matters for models like Google's Gemini LLMs.", "google DEVELOPS gemini possessive-product ''s'" },

        // a trigger's noun phrase with its own modifiers ("a core component of", "a faster alternative to") is the trigger,
        // and says it is an apposition; a past or doubtful modifier, or a part of what the object owns, gives nothing
        { "The Live Agent Studio is a core component of Automator, a broader platform offering tools, networking opportunities, knowledge, and resources to succeed in the AI industry.", "live-agent-studio PART_OF automator part-of 'a core component of'" },
        { "Claude, a faster alternative to ChatGPT, grew.", "chatgpt COMPETES_WITH claude competes-with 'a faster alternative to'" },
        { "Instagram is a key part of Meta.", "instagram PART_OF meta part-of 'a key part of'" },
        { "Instagram is a crucial component of Meta's mission.", "" },
        { "Instagram is a former subsidiary of Meta.", "" },
        { "Instagram, a hypothetical component of Meta, grew.", "" },

        // "can be" and an adverb before a passive participle count against no gap; "could" hedges, "cannot" negates
        { "DeepSeek B3 and DeepSeek R1 models can be integrated into b.new DIY via Nebius AI Studio and OpenRouter.", "deepseek DEVELOPS deepseek-b3 maker-name-prefix 'DeepSeek' | deepseek DEVELOPS deepseek-r1 maker-name-prefix 'DeepSeek' | b-new-diy USES deepseek-r1 uses-passive 'integrated into' | b-new-diy USES deepseek-b3 uses-passive 'integrated into' | b-new-diy USES nebius-ai-studio uses-passive 'integrated into' | b-new-diy USES openrouter uses-passive 'integrated into'" },
        { "Claude is integrated into Cursor via OpenRouter.", "cursor USES claude uses-passive 'integrated into' | cursor USES openrouter uses-passive 'integrated into'" },
        { "Claude is used by Cursor via OpenRouter.", "cursor USES claude uses-passive 'used by'" },
        { "Claude models can be seamlessly integrated into Cursor.", "cursor USES claude uses-passive 'integrated into'" },
        { "Claude models could be integrated into Cursor.", "" },
        { "Claude models cannot be integrated into Cursor.", "" },

        // a sentence adverbial between commas stands between a subject and its verb without cutting them apart
        { "Cursor, however, uses Claude.", "cursor USES claude uses-active 'uses'" },
        { "Cursor, in contrast, leveraged Claude itself in a data engine loop.", "cursor USES claude uses-active 'leveraged'" },
        { "Cursor, perhaps, uses Claude.", "" },
        { "Cursor, for example, could use Claude.", "" },

        // "unlike" contrasts its object with the main clause; what its phrase says of that object holds, and a list does not
        // run on past the phrase's end
        { "Unlike b.new, which is a fully hosted version by Tech Le, b.new DIY requires local installation and setup.", "tech-le DEVELOPS b-new develops-noun-by 'version by'" },
        { "Unlike ChatGPT, which uses GPT-4, Claude is fast.", "chatgpt USES gpt-4 uses-active 'uses'" },
        { "Unlike Cursor, Windsurf uses Claude.", "" },

        // a name described by a maker's possessive and a product noun after a comma, a dash or "is"; the owner's
        // choice ("underlying", "hosting", "favourite") is no making
        { "Google Gemini 2.0 Flash – Google's new AI model offers native image generation and editing with impressive character consistency.", "google DEVELOPS gemini-2-0-flash develops-possessive-description '– Google's new AI model'" },
        { "Llama, Meta's open model, is popular.", "meta DEVELOPS llama develops-possessive-description ', Meta's open model'" },
        { "Claude, Cursor's underlying model, is fast.", "" },
        { "Vercel is Cursor's hosting platform.", "" },
        { "Meta's open model is popular, not Llama.", "" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Tuned_relation_rules_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
