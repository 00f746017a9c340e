using ClaimGraph.Ingest;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// The discovery rules tuned on the dev set, each with positive and negative examples: a note (lines are claims), then every
/// mention it must yield in text order as "text=id" (a discovered entity adds ":Type"), joined by " | " ("" = none).
/// The sentences are copied from the notes, so the tests never read the corpus.
/// </summary>
public sealed class EntityDiscoveryTuningTests
{
    public static TheoryData<string, string> MentionCases => new()
    {
        // A catalog model continued by a tier word is the longer model; a release stage keeps the catalog model.
        { "It proved to be faster than GPT-4o Mini, generally considered one of the fastest closed-source LLMs available.", "GPT-4o Mini=gpt-4o-mini:Model | LLMs=large-language-model" },
        { "They released their latest model, Heres 3 Preview, an LLM that unifies reasoning and intuitive language models.", "Heres 3=hermes-3 | LLM=large-language-model" },
        { "Standard models like GPT-4o and Gemini Pro.", "GPT-4o=gpt-4o | Gemini Pro=gemini-pro" },

        // Lower-case particles inside a person's name, and the short form after the full name.
        { "Daan van der Kila, CEO and co-founder of Contextual AI, shared his immediate reactions.\nVan der Kila believes the industry is \"only just getting started\" with AI.",
          "Daan van der Kila=daan-van-der-kila:Person | Contextual AI=contextual-ai:Organization | Van der Kila=daan-van-der-kila:Person" },
        { "The shift is \"de facto\" complete, said the team at Nebius.", "Nebius=nebius:Other" },

        // A surname or first name alone is the person the note named in full (catalog or discovered), and only then.
        { "The journey to this breakthrough has been long and meticulous, as explained by Microsoft's CEO, Satya Nadella, during a recent podcast interview.\nNadella envisions a future where quantum computing does not replace classical computing but complements it.",
          "Microsoft=microsoft | Satya Nadella=satya-nadella:Person | Nadella=satya-nadella:Person" },
        { "Nadella envisions a future where quantum computing does not replace classical computing but complements it.", "Nadella=nadella:Person" },
        { "In his discussion with Daniel Yergin, a leading authority on energy, profound insights are illuminated.\nYergin's narrative illustrates how oil has powered the world's economies.",
          "Daniel Yergin=daniel-yergin:Person | Yergin=daniel-yergin:Person" },

        // A multiple before a comparison is no version of the name before it.
        { "The new keys made Instant Reply 10x faster.", "Instant Reply=instant-reply:Other" },
        { "The new keys made Instant Reply 10x more usable, and Instant Reply 2 shipped.", "Instant Reply=instant-reply:Other | Instant Reply 2=instant-reply-2:Other" },

        // Pluralised acronyms and their spelled-out forms are classes of things, not names.
        { "Bayesian Flow Networks (BFNs) are a new class of generative models.\nBFNs introduce a generative procedure conceptually similar to the reverse process of diffusion models.\nThe paper notes that BFNs achieve competitive log likelihoods.", "" },
        { "The model was compared with DeepSeek R1 and Qwen 32B.", "DeepSeek R1=deepseek-r1 | Qwen 32B=qwen-32b:Model" },

        // A programming language's name is a product, even used once or always before one noun; lower case it is no name.
        { "The model excels in SQL generation.\nIt was tuned for SQL generation.\nThe editor also provided example CSS code for HTML pages.", "SQL=sql:Product | SQL=sql:Product | CSS=css:Product | HTML=html:Product" },
        { "The model writes sql and css snippets.", "" },

        // Generic acronyms of the domain.
        { "Coinbase has been active in the M&A landscape, notably with its acquisition of Darabit.\nA healthy M&A market makes it easier to underwrite equity investments.", "Coinbase=coinbase:Organization | Darabit=darabit:Other" },
        { "It converts 3-channel RGB images into 256-channel encoded images.\nThey match the 3-channel RGB image modality.", "" },

        // A sentence-opening adjective before a common noun is not a name, nor is "X AI" opening a sentence or in quotes.
        { "Tiny models like Gemini Flash Lite.", "Gemini Flash Lite=gemini-flash-lite" },
        { "Frontier labs have become adept at creating smaller, intelligent models.", "" },
        { "Top AI researchers exhibit a certain level of \"grit\".", "" },
        { "The AI industry is witnessing a significant shift from centralized \"Trad AI\" towards more open-source development.", "" },
        { "We moved to Together AI for inference.", "Together AI=together-ai:Organization" },
        { "The team uses the Warp platform for this.", "Warp=warp:Product" },

        // A title-case phrase in quotes is a coinage or a quote, not a name by its shape alone.
        { "The potential for AI models to act as \"attack vectors,\" as illustrated by the \"Date Abby\" phenomenon where users unknowingly disclose personal information to LLMs.", "LLMs=large-language-model" },
        { "When generating a plan, Quazar Alpha demonstrated \"Lightning Fast\" responses.", "Quazar Alpha=quazar-alpha:Other" },

        // Contractions ("I’m") are not names; capitalised function words and plural titles end a name run.
        { "These will obviously be major news items, but I’m not sure we see them until August.\nI’m going to take this brief reprieve.", "" },
        { "Scaling as Priority There's a push to accelerate critical scaling initiatives like blob scaling.", "" },
        { "New Co-Executive Directors Tomas and Hao are the incoming co-executive directors.", "Tomas=tomas:Person | Hao=hao:Other" },

        // A long sentence ending in ":" is a sentence, not a heading; a leading "Label:" mentions a name the note gives elsewhere.
        { "Using an image of Nicholas Cage surrounded by spirits looking at the Book of the Dead, the motion brush can be applied to create various subtle animations:\nNicholas Cage: Apply \"ambient movement\" (e.g., 0.5 intensity) to simulate subtle motions like clothes rustling or hair moving.", "Nicholas Cage=nicholas-cage:Person | Nicholas Cage=nicholas-cage:Person" },
        { "Job Filter Agent: The \"Job Filter Agent\" also uses Qwen3 to compile and format job postings.", "Qwen3=qwen3:Product" },

        // A single word: once inside a sentence and once more anywhere, or an example in a list; never where the note
        // also writes it in lower case, nor when it always comes before the same lower-case word.
        { "Stripe acquired Bridge a few months prior to recent new product rollouts.\nThis $1.1 billion acquisition was immediately leveraged by Stripe to launch stable financial accounts.", "Stripe=stripe:Organization | Stripe=stripe:Organization" },
        // (An acquirer is a company even once at a sentence's start.)
        { "Stripe acquired Bridge a few months prior to recent new product rollouts.", "Stripe=stripe:Organization" },
        // (MCP, a protocol the corpus names in dozens of notes, is a known name: see KnownNames.)
        { "For those utilizing AI coders such as Windsurf and Cursor, integrating specific MCP servers is highly recommended.", "Windsurf=windsurf:Product | Cursor=cursor:Product | MCP=mcp:Product" },
        { "For those utilizing AI coders such as Windsurf and Cursor, integrating specific MCP servers is highly recommended.\nIt can also see where the cursor is in the editor.", "Windsurf=windsurf:Product | MCP=mcp:Product" },
        // A phrase of several words the note also writes in lower case is a concept in title case, not a name; a word of a
        // name's shape, an organisation suffix or a type cue keeps it.
        { "Researchers now rely on Tidal Memory in coastal towns.\nMuch of the tidal memory fades within a decade.", "" },
        { "The essay turns to Quiet Ledgers and their role in villages.\nFamilies keep quiet ledgers of favours owed.", "" },
        { "Researchers now rely on Tidal Memory in coastal towns.\nThe Tidal Memory archive opened in May.", "Tidal Memory=tidal-memory:Other | Tidal Memory=tidal-memory:Other" },
        { "The team moved to Harbor Labs last year.\nHarbor Labs trains small models.\nThe harbor labs near the port were closed.", "Harbor Labs=harbor-labs:Organization | Harbor Labs=harbor-labs:Organization" },
        { "They switched to Flux Kontext 2 for editing.\nFlux Kontext 2 keeps faces intact.\nIts flux kontext 2 pipeline is simple.", "Flux Kontext 2=flux-kontext-2:Model | Flux Kontext 2=flux-kontext-2:Model" },
        { "Start the services with Docker Compose in the project folder.\nOther Docker Compose commands like docker compose down stop them.", "Docker Compose=docker-compose:Product | Docker Compose=docker-compose:Product" },
        { "The startup Quiet Harbor raised a seed round.\nShe sailed into a quiet harbor.", "Quiet Harbor=quiet-harbor:Organization" },
        // Common words before "Agent" name a tutorial's demo component, not a product; a rare word or a type cue keeps it.
        { "Next, the Lead Sorting Agent reads each email.\nThe Lead Sorting Agent then writes a short summary.", "" },
        { "Next, the Zephyrix Agent reads each email.\nThe Zephyrix Agent then writes a short summary.", "Zephyrix Agent=zephyrix-agent:Other | Zephyrix Agent=zephyrix-agent:Other" },
        { "The team read the paper \"Building Effective Agents\" twice.", "Building Effective Agents=building-effective-agents:Publication" },
        // Single letters joined by slashes are a generic term ("A/B testing", "I/O"); names joined by one are names.
        { "Teams rely on A/B testing before every launch.\nMost A/B tests run for two weeks and stress disk I/O as well.", "" },
        { "They compared hosting on Vercel/Netlify for the demo.\nVercel/Netlify both deploy from Git.", "Vercel=vercel:Product | Netlify=netlify:Product | Vercel=vercel:Product | Netlify=netlify:Product | Git=git:Product" },
        // A time zone is no name; a name that only starts like one is.
        { "The stream starts Sunday at 7:00 p.m. Eastern Time.\nQuestions close at 6:00 Pacific Standard Time on Friday.", "" },
        { "The fund moved its office to Pacific Heights last year.\nPacific Heights hosts several AI startups.", "Pacific Heights=pacific-heights:Other | Pacific Heights=pacific-heights:Other" },
        // An adjective in "-ian"/"-ean" before a noun at every use is no name; before "and" or a verb it may be one.
        { "The course takes a Keynesian lens on demand.\nLater chapters contrast Keynesian thinking with the data.", "" },
        { "The startup Brevian ships AI features.\nWe compared Brevian and Loomly last week.", "Brevian=brevian:Organization | Brevian=brevian:Organization | Loomly=loomly:Organization" },
        { "This is marked by the realization of Majorana zero modes, a phenomenon theorized as far back as the 1930s.\nThe Majorana zero modes are based on topological phases of matter that offer a path to creating less noisy and more reliable qubits.", "" },

        { "The model runs locally with Kovara on the laptop.\nRun kovara create <new_model_name> -f <modelfile_name> to build the model.\nOpen WebUI connects to Kovara directly.", "Kovara=kovara:Other | Open WebUI=open-web-ui:Product | Kovara=kovara:Other" },
        { "Tomas directly responded to Kyle Samani's criticism:", "Kyle Samani=kyle-samani:Person" },
        { "Key Features of the Tool:", "" },

        // Named protocols and languages are names (MCP, SQL); generic technical terms are not (RAG, LLM).
        { "Three primary types of MCP servers are identified as crucial for AI coding workflows.\nAn example is the completely free and open-source crawl for AI rag MCP server.", "MCP=mcp:Product | MCP=mcp:Product" },
        { "This server allows the AI to create projects and SQL tables.\nArctic LLM was designed with enterprise needs in mind, excelling in SQL generation.", "SQL=sql:Product | LLM=large-language-model | SQL=sql:Product" },

        // Common words before a company suffix name the company, at a sentence's start too once the note names it inside one;
        // an adjective of time before "AI" is a kind of AI.
        { "Eric Reese and Jeremy Howard are building Answer AI, a company focused on smaller models.\nAnswer AI operates as a for-profit R&D lab.",
          "Eric Reese=eric-reese:Person | Jeremy Howard=jeremy-howard:Person | Answer AI=answer-ai:Organization | Answer AI=answer-ai:Organization" },
        // Alone, the sentence-opening common word would not do; the corpus knows the name (KnownNames).
        { "Answer AI operates as a for-profit R&D lab.", "Answer AI=answer-ai:Organization" },
        { "Current AI models can struggle with larger contexts.", "" },

        // A generic acronym spelled out is a concept, whatever words spell it; numeric data types, parameter counts and file
        // formats are no names.
        { "It utilizes older Convolutional Neural Networks (CNNs or convnets).", "Convolutional Neural Networks=convolutional-neural-networks:Concept" },
        { "Masks had an Intersection Over Union (IOU) greater than 90%.", "Intersection Over Union=intersection-over-union:Concept" },
        { "This \"RAG\" (Retrieval Augmented Generation) approach grounds the answers.", "Retrieval Augmented Generation=retrieval-augmented-generation:Concept" },
        { "Float32: Uses 32 bits, half the memory of float64.\nInt8: Uses 8 bits.", "" },
        { "The 14B version is a good alternative for smaller machines.", "" },
        { "If the file format is different, it can be converted to MP3 using online converters.", "" },

        // A timestamp or a time of day after a word is no version of it.
        { "Plans achieve specific goals through a series of actions [[planning | (Reference 00:01:22)]].\nPlans are evaluated against a model of the world [[world_models | (Reference 00:01:30)]].", "" },

        // A stock index's family and number name the index; a quantifier opening a sentence is no part of a name.
        // (NASDAQ, which the corpus names in several notes, is a known name.)
        { "The NASDAQ jumped approximately 4%, and the S&P 500 rose about 3%.", "NASDAQ=nasdaq:Other | S&P 500=s-p-500:Other" },
        { "Selecting a model: Various GPT models are available.", "GPT=gpt:Model" },

        // A quoted title beside a noun of a work (or after "titled") is the work's name, whole; other quoted phrases are not.
        { "One such technique is presented in the paper \"Patch Fusion: An End-to-End Tile-Based Framework for High-Resolution Monocular Metric Depth Estimation,\" published in 2023.",
          "Patch Fusion: An End-to-End Tile-Based Framework for High-Resolution Monocular Metric Depth Estimation=patch-fusion-an-end-to-end-tile-based-framework-for-high-resolution-monocular-metric-depth-estimation:Publication" },
        { "The model was then fine-tuned on the \"Code Exercises\" dataset for 6,000 more steps.", "Code Exercises=code-exercises:Other" },
        { "For instance, an article titled \"The Knowledge Economy is Over, Welcome to the Allocation Economy\" was flagged.",
          "The Knowledge Economy is Over, Welcome to the Allocation Economy=the-knowledge-economy-is-over-welcome-to-the-allocation-economy:Publication" },
        { "The team praised the \"Lightning Fast\" responses.", "" },
        { "Hanson authored \"The Elephant in the Brain,\" which discusses these hidden motives.", "Hanson=hanson:Other | The Elephant in the Brain=the-elephant-in-the-brain:Publication" },

        // Currencies name no entity.
        { "This could lead to a currency war between the US dollar, the Euro, and the Renminbi.", "US=us:Place" },

        // Two title-case words whose last the note uses alone as a speaker are a person, and the surname is that person;
        // a maker's product whose last word stands alone is not.
        { "In a recent conversation, Holden Karnofsky discussed the most important century.\nKarnofsky argues that growth could accelerate.",
          "Holden Karnofsky=holden-karnofsky:Person | Karnofsky=holden-karnofsky:Person" },
        { "The Zorbix Swarm project runs agents locally.\nIt builds on Swarm from the same team.", "Zorbix Swarm=zorbix-swarm:Other | Swarm=swarm:Product" },

        // A list label carries no context cue, but a place of the place tables or a given name and a surname types itself.
        { "*   **Canada**: Vowed strong countermeasures.", "Canada=canada:Place" },
        { "*   **Jeff Bezos**: An author, a prince and a pioneer.", "Jeff Bezos=jeff-bezos:Person" },
        { "As described by Brett Harrison, former President of FTX US, the narrative held.", "Brett Harrison=brett-harrison:Person | FTX US=ftx-us:Organization" },

        // A name of two or more title-case words described by a "who" clause is a person (one word is not: "Google, who").
        { "The ideas were rigorously compiled by scholars such as Stuart Schram, who collected the works.", "Stuart Schram=stuart-schram:Person" },

        // Occupation nouns are person class nouns: "economists like X" types X.
        { "The claim is supported by the works of other economists like Reuven Brenner.", "Reuven Brenner=reuven-brenner:Person" },

        // Common words ending in a field of study name a discipline, but not where a title places someone at them.
        { "Mark Williams, Chief Economist at Capital Economics, described the deal.", "Mark Williams=mark-williams:Person | Capital Economics=capital-economics:Organization" },

        // Class nouns type a name: before its list, in its apposition or its definition.
        { "The iPhone itself was dependent on companies like Qualcomm and Broadcom, as well as over 20 years of network and communications technology development.", "iPhone=iphone:Product | Qualcomm=qualcomm:Organization | Broadcom=broadcom:Organization" },
        { "Neon, a serverless Postgres platform, serves as an example.", "Neon=neon:Product | Postgres=postgres:Product" },
        { "Dominic Cummings, a significant figure in British politics, served as the chief advisor to Prime Minister Boris Johnson.\nThis article delves into the nuances of Cummings' role and the impact he had during his time in Number 10 Downing Street.", "Dominic Cummings=dominic-cummings:Person | Boris Johnson=boris-johnson:Person | Cummings=dominic-cummings:Person | Downing Street=downing-street:Place" },

        // A sentence-opening verb form is not part of a name; a catalog company continued by a tier word names a model.
        { "Leveraging Nebius AI Studio in this manner provides several advantages:", "Nebius AI Studio=nebius-ai-studio:Product" },
        { "You can find configurations for various Open Router models, including DeepSeek Coder and DeepSeek Flash.", "Open Router=openrouter:Model | DeepSeek Coder=deepseek-coder:Model | DeepSeek Flash=deepseek-flash:Model" },

        // Word classes that are never names: nationality adjectives (a language given as an example is one), sentence-opening
        // adverbs and prepositions, pronoun-led runs, release stages and symbols, everyday acronyms and their plurals.
        { "The plan embeds American values in American products.\nThe American dream still matters to Americans.", "" },
        { "Answers can be tailored to a human language like German for the users.", "German=german:Other" },
        { "Traditionally, a new model is trained for each scene.\nBeyond Stripe, other payment firms like Adyen matter.\nAdyen competes with Stripe.", "Stripe=stripe:Organization | Adyen=adyen:Organization | Adyen=adyen:Organization | Stripe=stripe:Organization" },
        { "Did You Know?\nThis is where Our Approach differs from the rest.", "" },
        { "The release includes 7B Instruct and 32B Instruct variants, and a Beta for testers.", "" },
        { "The density value (Sigma) along a ray tells how opaque a point is.", "" },
        { "The platform supports SMS and QR codes, and the UI/UX of the app is simple.\nCI/CD pipelines and VMs run the tests.", "" },
        { "The agent is packaged with DWeb SDKs and shipped.", "" },
        { "Neural Radiance Fields (NeRFs) represent a scene as a function.\nNeRFs are slow to render.", "" },

        // A plural agent noun or a file kind is a common noun, unless a full name the note gives ends in it.
        { "These views fall into camps: Doomers, Gloomers, and Zoomers.\nWhile Doomers fear the worst, others hope.", "" },
        { "The Dockerfile handles all setup, and the agent reads the Dockerfile first.", "" },
        { "Larry Summers spoke at the event.\nSummers argued that rates would stay high.", "Larry Summers=larry-summers:Person | Summers=larry-summers:Person" },

        // A catalog company and a capitalised word after it inside a sentence name its product; a title, a generic word or a
        // heading does not, and the product's rest alone later in the note is that product.
        { "The platform supports actions such as SMS, Google Drive, or Slack.", "Google Drive=google-drive:Product | Slack=slack" },
        { "Google CEO Sundar Pichai spoke about Google Research and the Google Cloud platform.", "Google=google | Sundar Pichai=sundar-pichai:Person | Google Research=google-research:Organization | Google Cloud=google-cloud:Product" },
        { "Google Drive Integration", "Google=google" },
        { "The app is built on the Google ADK framework.\nADK agents call tools in turn.", "Google ADK=google-adk:Product | ADK=google-adk:Product" },
        { "It uses DeepSeek V3 or R1 models within the app.\nDeepSeek R1 thinks longer, so R1 can be slower.", "DeepSeek V3=deepseek-v3:Model | R1=deepseek-r1 | DeepSeek R1=deepseek-r1 | R1=deepseek-r1" },
        { "Models like Claude Sonnet 3.5 write better code.", "Claude Sonnet 3.5=claude-3-5-sonnet" },

        // Names joined by "and", "or" or a comma inside a sentence are each other's evidence; "e.g." opens a list; a lower-case
        // word with letters around a digit or a web domain is a name by its shape.
        { "Users felt pressured to keep talking, as with Siri or Alexa.", "Siri=siri:Product | Alexa=alexa:Product" },
        { "Front-ends built with Vite and React deploy as static sites.", "Vite=vite:Product | React=react:Product" },
        { "However, Render deploys it.", "" },
        { "Other workflow builders exist (e.g., n8n, Zapier, Make.com) for this.", "n8n=n8n:Product | Zapier=zapier:Product | Make.com=make-com:Product" },
        { "It competes with make.com and Zapier.\nThe agent runs in n8n locally.", "make.com=make-com:Product | Zapier=zapier:Product | n8n=n8n:Product" },
        { "Tests run end to end, an e2e suite, on b2b data.", "" },

        // A tier word or a keyboard key alone, a piece of an identifier, a nationality given as an example of something
        // other than a language: no names. A label keeps a name's own shape as evidence; slash-joined words are not mixed case.
        { "If speed matters, explore Mini and Nano first.\nThe editor uses Tab and Enter to accept.", "" },
        { "Set N8N_JWT_SECRET and N8N_ENCRYPTION_KEY before starting.", "" },
        { "Larger enterprises, especially European ones, buy through partners.", "" },
        { "Neither the Europeans nor the locals understood germ theory.\nMany Americans and Germans agreed.", "" },
        { "Akamai Cloud (formerly Linode): another option for CPU instances.", "Akamai Cloud=akamai-cloud:Product | Linode=linode:Other" },
        { "Spirits/Smoke: a vertical brush makes the smoke rise.", "" },

        // An acronym the note writes in the plural or spells out with a plural is a common noun there.
        { "Signed Distance Functions (SDFs) describe shapes.\nAn SDF maps a point to a distance, and the SDF is smooth.", "" },
        { "The idea of Joint Embedding Predictive Architectures (JEPA) is prediction.\nJEPA predicts representations, and JEPA is fast.", "" },
        { "The team trained RoBERTa on the data.\nRoBERTa beat the baseline.", "RoBERTa=roberta:Model | RoBERTa=roberta:Model" },

        // A software noun after a name, "using" or "via" before it, or a company's possessive before it types it a product.
        { "The app offers the Gradio UI to its users.", "Gradio=gradio:Product" },
        { "Scaling agents is simpler by using Docker today.", "Docker=docker:Product" },
        { "In contrast, Google's Bard runs a single model.", "Google=google | Bard=bard:Product" },
        { "It was Meta's Mark Zuckerberg who said so.", "Meta=meta | Mark Zuckerberg=mark-zuckerberg" },

        // "US", "U.S.", "EU" are places, not the pronoun; an abbreviation's dot ends no sentence; quotation marks do not end
        // a description; a title before "at X" makes X an organisation; a four-digit build number is no year.
        { "Capital could leave US shores, and demand for US dollars grows.\nBoth the U.S. and China invest in AI.", "US=us:Place | US=us:Place | U.S=us:Place | China=china:Place" },
        { "Both the U.S. and China invest in AI.", "U.S=us:Place | China=china:Place" },
        { "Tell us what you think.", "" },
        { "Write about one topic (e.g., New York City and taste) at a time.", "New York City=new-york-city:Place" },
        { "Perplexity AI, an \"incredible next-gen search product,\" has grown.", "Perplexity AI=perplexity-ai:Product" },
        { "Alexandre Cen, VP of Generative AI at Adobe, shares his vision.", "Alexandre Cen=alexandre-cen:Person | Adobe=adobe:Organization" },
        { "The new DeepSeek R1 0528 model thought for 91 seconds.", "DeepSeek R1 0528=deepseek-r1-0528:Model" },

        // A catalog model continued by a capitalised word names its own product; "US" after an amount is the currency.
        { "In the context of Llama Adapter, only 1.2 million parameters are tuned.", "Llama Adapter=llama-adapter:Other" },
        { "When queried, GPT-4o LM gave a wrong answer.", "GPT-4o=gpt-4o" },
        { "It was valued at 250 million Canadian dollars (approximately $178 million US).", "" },

        // An opening quotation mark starts a quoted phrase: its first capital is no evidence; a sentence-opening adjective
        // before a software noun is not typed by it; a plural possessive ("Writers' Room") owns no product.
        { "Reid Hoffman champions the \"Bloomer\" viewpoint.\nThe \"Bloomer\" perspective is optimistic.", "Reid Hoffman=reid-hoffman:Person" },
        { "Agentic workflows are still expensive today.", "" },
        { "The team holds a \"Writers' Room\" meeting every week.", "" },

        // Coordination holds at a sentence's start too, but not through the comma of a sentence-opening word.
        { "Stripe and Adyen announced the deal.", "Stripe=stripe:Organization | Adyen=adyen:Organization" },
        // (Quikbase is a name as the clause's subject, not as a partner of the coordination.)
        { "Underneath, Quikbase runs on Postgres.", "Quikbase=quikbase:Other | Postgres=postgres:Product" },

        // "X of Y Institute" is one organisation; a Roman numeral ends a name of several words.
        { "He spoke with a researcher at the Future of Humanity Institute last year.", "Future of Humanity Institute=future-of-humanity-institute:Organization" },
        { "The war changed oil forever, and World War I made it strategic.", "World War I=world-war-i:Other" },
        { "Graduates of Stanford University earn more.", "Stanford University=stanford-university:Organization" },

        // A studio or a cloud is a product; the author of a tweet or a podcast is a person.
        { "Models run on the Vultr AI Studio and the Acme Cloud for now.", "Vultr AI Studio=vultr-ai-studio:Product | Acme Cloud=acme-cloud:Product" },
        { "Reports, including a tweet by Sumit, say the model is an ensemble.", "Sumit=sumit:Person" },
        { "The team at Marvel Studios liked it.", "Marvel Studios=marvel-studios:Organization" },

        // A name that acquires, raises or launches something is a company; "launched in 2022" has no object.
        { "Stripe acquired Bridge a few months ago.\nStripe then grew.", "Stripe=stripe:Organization | Stripe=stripe:Organization" },
        { "Acme launched in 2023 and grew.\nAcme is popular.", "Acme=acme:Other | Acme=acme:Other" },
        { "The crisis reshaped the Middle East for decades.", "Middle East=middle-east:Place" },

        // A middle initial and its dot stay inside a name; a sentence's end after a capital letter does not join.
        { "The refiner John D. Rockefeller controlled the business.", "John D. Rockefeller=john-d-rockefeller:Person" },
        { "The plan was called Plan B. Nobody liked it.", "Plan B=plan-b:Other" },

        // A word the corpus writes mostly in lower case is no name by its capital alone, unless the note keeps
        // capitalising it inside sentences; any other capitalised word standing alone inside a sentence, or opening one as its subject, is a name.
        { "Handles basic CRUD (Create, Read, Update, Delete) operations.", "" },
        { "Jesus is the Author of Life.\nThey called him the Prince of Life.", "Jesus=jesus:Other" },
        { "The token launched on Base.\nIt was airdropped on Base.\nOther Base projects waited.\nHolders on Base were paid.", "Base=base:Other | Base=base:Other | Base=base:Other | Base=base:Other" },
        { "It provides instructions for self-hosting it with Docker.", "Docker=docker:Product" },
        { "Institutions may declare visionary goals, like the mission to go to Mars.", "Mars=mars:Place" },
        { "Acme is popular.", "Acme=acme:Other" },
        { "Users can read the CRUD docs.", "" },
        { "The prior follows a Gaussian distribution.", "" },
        // (A word inside a longer title or a path is not a name alone.)
        { "Spirits were looking at the Book of the Dead.", "" },
        { "A popular tool uses Sur API for search.", "Sur API=sur-api:Product" },
        { "Run the script in the Engine\\Extras\\Android directory.", "" },
        { "A plural of a common word is common: Candles flicker.\nThe team reached Mars.", "Mars=mars:Place" },

        // A label whose every word is rare in lower case names something; a label of common words does not.
        { "Solana: Solana's appeal comes from its speed.", "Solana=solana:Other | Solana=solana:Other" },
        { "Git: Required to clone the repository.", "Git=git:Product" },
        { "Transaction Volume: It grew.\nCandles: Apply a small amount of noise.\nCost-Effectiveness: It is cheap.\nAuditability: Every action is logged.", "" },
        { "Prioritization: Decide what matters.\nThe book critiques Marxists and their view.", "" },

        // A heading mentions a name the note gives elsewhere, and a sentence-opening common word before such a name is a verb.
        { "Configure OpenRouter:\nAccess OpenRouter, which serves as a gateway to the models.\nKey Settings:\nThe models run on OpenRouter.", "OpenRouter=openrouter:Product | OpenRouter=openrouter:Product | OpenRouter=openrouter:Product" },
        { "Android Studio: Install Android Studio to get the SDK.\nInside Android Studio, open the settings.", "Android Studio=android-studio:Product | Android Studio=android-studio:Product | Android Studio=android-studio:Product" },
        // (New York is a known name, found wherever the note's own evidence is too weak.)
        { "New Features Today:\nNew York grew.", "New York=new-york:Place" },
        { "The view was articulated by Reed Hoffman.\nReed Hoffman, co-founder of LinkedIn, spoke.\nHoffman argues against brakes.", "Reed Hoffman=reed-hoffman:Person | Reed Hoffman=reed-hoffman:Person | LinkedIn=linkedin:Organization | Hoffman=reed-hoffman:Person" },

        // A label of a name and its version names it; a shorthand with a digit or common words and a number count things.
        { "EIP 7702: This EIP gives wallets contract code.\nLlama 3.1 70B: Runs on two cards.", "EIP 7702=eip-7702:Other | Llama 3.1 70B=llama-3-1-70b:Other" },
        { "Step 1: Install the tools.\nQ1 2025: Revenue grew.\nPhase 2 Results: Testing begins.\nTwilio 404 Error: The number was wrong.", "" },

        // A name and an acronym of its initials in parentheses define each other, in a label too, and the acronym is that
        // name wherever the note writes it (the more frequent spelling names the entity, the spelled-out name on a tie);
        // unmatched initials, a generic acronym or a term spelled out in common words define nothing.
        { "KJV (King James Version): An older, influential translation.\nThe KJV translates it as Prince.",
          "KJV=kjv:Other | King James Version=kjv:Other | KJV=kjv:Other" },
        { "Android Debug Bridge (ADB) connects the headset.\nConfigure the ADB client path.",
          "Android Debug Bridge=adb:Product | ADB=adb:Product | ADB=adb:Product" },
        { "Blue Orchid Trials (XYZ): Results came in.\nSoft Landing Plans (SLP): Rates fall slowly.\nZero Interest Rate Policy (ZIRP): Money was cheap.",
          "Zero Interest Rate Policy=zero-interest-rate-policy:Concept" },

        // A quoted name beside a feature, plan or add-on noun is a product's named part; a quoted phrase beside another noun
        // is a coinage, and a quoted phrase in lower case is a description.
        { "The \"Co-pilot\" feature helps users ask better questions.\nIt ships with the \"Every\" subscription.",
          "Co-pilot=copilot:Product | Every=every:Product" },
        { "Users praised the \"Lightning Fast\" responses.\nThe \"smart reply\" feature drafts answers.", "" },

        // Two-letter title-case words are symbols; common words and a number in a label count things; a demonym describes.
        { "Rotation Gates (Rx, Ry, Rz): These allow for rotations.\nA typical ansatz consists of rotations (like Rx, Ry) and gates.", "" },
        { "Brush 1 (Nicolas Cage): Applied for subtle movement.\nBrush 2 (Candles): Given a small amount of noise.", "Nicolas Cage=nicolas-cage:Other" },
        { "Roberts discusses American leaders working with Iraqi and Afghan leaders.", "Roberts=roberts:Person" },

        // A capitalised name before ".js" is a framework; other file names are files.
        { "Alternative commands work if Node.js is not installed.\nRun the SetupAndroid.bat file, then edit app.js.", "Node.js=node-js:Product" },

        // A title-case word always followed by the same noun, in either number, is part of a term; an acronym only by the same form.
        { "Quantum information lives in a Hilbert space.\nComputers leverage large Hilbert spaces to create features.", "" },
        { "An MCP server connects tools.\nThree types of MCP servers are crucial.", "MCP=mcp:Product | MCP=mcp:Product" },

        // A web address written as a name is one by its shape; a file name or an abbreviation is not.
        { "Zorblink is available for download at zorblink.com.\nDownload it from git-scm.com, nodejs.org or Plimsy.new.\nEdit app.js, e.g. the header.", "Zorblink=zorblink:Other | zorblink.com=zorblink-com:Other | git-scm.com=git-scm-com:Other | nodejs.org=nodejs-org:Product | Plimsy.new=plimsy-new:Product" },

        // A common word listed beside a catalog name or a name by its shape is a name too; listed beside common words it is not.
        { "Blobs lag dedicated data layers like Zentrix or Avail.", "Zentrix=zentrix:Other | Avail=avail:Other" },
        { "Search was once a distinct API (e.g., Perplexity, OpenAI's deep research).", "Perplexity=perplexity:Product | OpenAI=openai" },
        { "Handles basic CRUD (Create, Read, Update, Delete) operations.\nWe discussed Methods, Obstacles and Values.", "" },

        // An acronym spelled out in common words is a concept (not scored as a name); with a rare word among them, a name.
        { "The app uses Retrieval Augmented Generation (RAG) for answers.", "Retrieval Augmented Generation=retrieval-augmented-generation:Concept" },
        { "To talk to the headset, the Zorbian Debug Bridge (ZDB) is necessary.", "Zorbian Debug Bridge=zorbian-debug-bridge:Other | ZDB=zorbian-debug-bridge:Other" },
        // The same spelled out after its acronym, unless an organisation word ends it; generic technical words are no names.
        { "Resumes should be ATS (Applicant Tracking System) friendly.\nAn example is a sonnet about APIs (Application Programming Interfaces).",
          "Applicant Tracking System=applicant-tracking-system:Concept | Application Programming Interfaces=application-programming-interfaces:Concept" },
        { "Agents talk over MCP (Multi-Agent Communication Protocol) servers.", "MCP=mcp:Product | Multi-Agent Communication Protocol=multi-agent-communication-protocol:Organization" },
        { "It moved from large language models to generative AI (GenAI) and NoSQL stores with more VRAM.", "large language models=large-language-model" },
        // Common words ending in a field of study or a theory are a discipline or a concept; a name among them keeps a name.
        { "Her lab applies AI to Material Science and Drug Discovery.\nThe approach rests on Semantic Space Theory, as the team explained.",
          "Material Science=material-science:Concept | Drug Discovery=drug-discovery:Concept | Semantic Space Theory=semantic-space-theory:Concept" },
        { "Many researchers now cite Kelvar Theory in papers.\nOthers doubt that Kelvar Theory holds.", "Kelvar Theory=kelvar-theory:Other | Kelvar Theory=kelvar-theory:Other" },
        // A trailing generic acronym is kept where only common words would be left ("Open Web UI"), not after a name, and
        // an API after any name is the name's.
        { "The team chats with models through Open Web UI on the laptop.\nThey installed Open Web UI with one command.", "Open Web UI=open-web-ui:Product | Open Web UI=open-web-ui:Product" },
        { "Enter the Open Router API key in the settings.\nThe key comes from Open Router as well.", "Open Router=openrouter:Other | Open Router=openrouter:Other" },
        // A trailing "Company" is dropped from a name, not from common words that name nothing without it.
        { "Steve Davis runs the Boring Company now.\nThe Boring Company digs tunnels.", "Steve Davis=steve-davis:Person | Boring Company=boring-company:Organization | Boring Company=boring-company:Organization" },
        { "Shares of Plug Power Inc. rose.\nPlug Power makes fuel cells.", "Plug Power Inc=plug-power:Organization | Plug Power=plug-power:Organization" },
        { "Kelvar Company ships chips.\nKelvar grew fast.", "Kelvar Company=kelvar:Organization | Kelvar=kelvar:Organization" },
        // A name's API or SDK is a product of its own, but a key for it is the provider's, and common words keep no API.
        { "Results come from the Zentrix API and ship with the Zentrix SDK.", "Zentrix API=zentrix-api:Product | Zentrix SDK=zentrix-sdk:Product" },
        { "Paste your Zentrix API key here.\nThe Zentrix team answers fast.", "Zentrix=zentrix:Organization | Zentrix=zentrix:Organization" },
        { "Each call sends a Zentrix API token.\nZentrix checks it.", "Zentrix=zentrix:Other | Zentrix=zentrix:Other" },
        { "Search API returns ten results.", "" },
        { "Kelvo Search API: Performs web searches.\nThe Kelvo Search API is fast.", "Kelvo Search API=kelvo-search-api:Product | Kelvo Search API=kelvo-search-api:Product" },
        // One capitalised common word before "API" or "SDK" inside a sentence names the interface; not opening a sentence,
        // before a key, or a mixed-case language's SDK.
        { "Sample projects were built with Lantern SDK last year.", "Lantern SDK=lantern-sdk:Product" },
        { "The bank opened the Ledger API to partners.", "Ledger API=ledger-api:Product" },
        { "Lantern SDK ships today.", "" },
        { "The Search API returns ten results.", "Search API=search-api:Product" },
        { "Paste the Lantern API key here.", "" },
        { "Servers can be written with the TypeScript SDK.", "TypeScript=typescript:Product" },
        // A sentence-opening "New" that begins a place's name is the name's.
        { "New Jersey opened an AI hub this year.\nThe hub brings New Jersey universities and startups together.", "New Jersey=new-jersey:Place | New Jersey=new-jersey:Place" },
        // File formats, web plumbing and everyday capitals of medicine or business are common nouns too, however often written.
        { "The server streams updates over SSE and signs each session with a JWT.\nEvery SSE stream stays open until the JWT expires.", "" },
        { "Patients with ADHD or OCD signed an NDA before the study.\nThe OCD group read the NDA twice, and the ADHD group once.", "" },
        { "Ancient DNA was sequenced by Kelvar Labs.\nKelvar Labs stores the DNA reads as TXT and XLSX files.", "Kelvar Labs=kelvar-labs:Organization | Kelvar Labs=kelvar-labs:Organization" },
        { "Send a Bearer token with every request.\nThe header reads Bearer followed by the Bearer token itself.", "" },
        // A member of an object in code is no name, however it is capitalised; a web address with a dot still is.
        { "The handler calls store.saveDraft after each edit.\nLater, store.saveDraft runs again when $env.draftPath changes.", "" },
        { "The drafts sync through Quillpad.io every hour.\nQuillpad.io keeps a copy of each one.", "Quillpad.io=quillpad-io:Product | Quillpad.io=quillpad-io:Product" },
        // A lower camel-case identifier of code is no name either; a short or non-word prefix ("iPhone", "xAI"), or capitals
        // after it ("macOS"), still make one.
        { "The agent calls fetchWeatherReport before it answers.\nThen fetchWeatherReport returns, and sendDailySummary posts it.", "" },
        { "Set the outputFolder before you run it, and the outputFolder fills up.", "" },
        { "The app runs on iPhone and macOS, and it calls xAI for answers.", "iPhone=iphone:Product | macOS=macos:Product | xAI=xai" },
        // A zero-led number before an o-series tier word is the model a transcript misheard; a date, a time, a glued code or a
        // step number is not.
        { "The team compared 05 mini with Claude on every task.\nIn the end 05 mini was faster, and 02 Pro cost more.", "05 mini=o5-mini:Model | Claude=claude | 05 mini=o5-mini:Model | 02 Pro=o2-pro:Model" },
        { "The build from 2025-03 mini release notes ran at 10:04 Pro time.\nThey trained with 05 mini-batches per step.", "" },
        { "It lost to Zorvex 05 mini on speed, and to OpenAI's 05 mini as well.", "Zorvex 05 mini=zorvex-05-mini:Model | OpenAI=openai | 05 mini=o5-mini:Model" },
        // A funding round is a stage, not a name.
        { "Brindle closed a Series C last spring.\nAfter the Series C round, Brindle hired forty engineers.", "Brindle=brindle:Other | Brindle=brindle:Other" },

        // A sentence-opening run of words the corpus rarely writes in lower case is a name; a greeting or an initial is not.
        { "Winston Churchill's decision to convert the navy to oil brought a decisive edge.", "Winston Churchill=winston-churchill:Person" },
        { "\"Hi Kyle, appreciate you bringing this up.\"\nAoy M!", "" },

        // So is one such word opening a sentence as an owner; not the owner's part of a longer name, nor a common word.
        { "Vantorek's technology forms the basis of the search product.", "Vantorek=vantorek:Other" },
        { "Lloyd's of London began as a coffee shop.\nToday's models are larger.", "London=london:Place" },

        // So is one such word opening a sentence of running text (or a clause after a comma) as its subject, a verb's form
        // after it; not an imperative or an adjective before its object or noun, a quotation's first word, a fragment without
        // a full stop, or one used once.
        { "Vorlamex also works well on Linux.\nZentrify acknowledges these criticisms.", "Vorlamex=vorlamex:Other | Linux=linux:Product | Zentrify=zentrify:Other" },
        { "Vorlamex Desktop is recommended for most users.", "Vorlamex Desktop=vorlamex-desktop:Product" },
        { "During the debate, Vorlamex posited that growth is fast.", "Vorlamex=vorlamex:Other" },
        { "Vorlamex an entire website for information.\nZentrify depth estimation works on patches.\n\"Quorbel is fine,\" he said.\nTrandix is the default", "" },

        // A word-forming prefix and its hyphen before a name are no part of it, in lower case or opening a sentence.
        { "Post-World War II, the economy grew quickly.\nThe post-World War II order may be ending.", "World War II=world-war-ii:Other | World War II=world-war-ii:Other" },
        { "Despite the Nuclear Non-Proliferation Treaty, states built weapons.\nThe Nuclear Non-Proliferation Treaty was signed.", "Nuclear Non-Proliferation Treaty=nuclear-non-proliferation-treaty:Other | Nuclear Non-Proliferation Treaty=nuclear-non-proliferation-treaty:Other" },

        // A programming language's name after a sentence-opening verb, or opening a label of common words, is the language.
        { "Front-End Development: Adding CSS to HTML is a task well within their capabilities.", "CSS=css:Product | HTML=html:Product" },
        { "SQL Execution Tool: Create a tool function that agents can invoke.\nRust Backend: Being written in Rust makes it fast.", "SQL=sql:Product | Rust=rust:Product | Rust=rust:Product" },

        // An acronym spelled out in capitalised common words is a term, unless an organisation word ends it.
        { "Brazil might approach the World Trade Organization (WTO) about the tariffs.", "Brazil=brazil:Place | World Trade Organization=world-trade-organization:Organization | WTO=world-trade-organization:Organization" },

        // An acronym spelled out in lower-case words is a term, even where the note capitalises it alone.
        { "In quantum self-attention neural networks (QSAN), an ansatz serves many purposes.\nFor instance, a QSAN model has few parameters.\nThe QSAN design is small.", "" },
        { "The ZQX platform grew.\nFor instance, a ZQX model has few parameters.", "ZQX=zqx:Model | ZQX=zqx:Model" },

        // An eponym or symbol before a science term's noun is part of the term wherever the note writes it; a possessive owner is not.
        { "Applying the Hadamard gate puts a qubit into superposition.\nHadamard (H) Gate: a single-qubit gate.\nThe Pauli X gate rotates a qubit, like the Pauli Z gate.\nCNOT entangling gates link two qubits.\nA CNOT acts on pairs.", "" },
        { "Zorblax's effect on sales was large.\nThe Zorblax team ships a new app.\nZorblax raised money from Sequoia.", "Zorblax=zorblax:Organization | Zorblax=zorblax:Organization | Zorblax=zorblax:Organization | Sequoia=sequoia:Other" },

        // A head word ending a run inside a sentence takes its "of X"; opening a heading, "Current State of" does not.
        { "Zed Quill, chair of the Harvard Department of Economics, spoke about cities.", "Zed Quill=zed-quill:Person | Harvard Department of Economics=harvard-department-of-economics:Other" },
        { "Current State of Zorbix: the field moves fast.", "Zorbix=zorbix:Other" },

        // An acronym before "server" is the protocol the server speaks, apart from the name before it.
        { "Zorbix, a serverless Postgres platform, hosts data.\nThe Zorbix MCP server creates database tables.\nMCP is an open protocol.", "Zorbix=zorbix:Product | Postgres=postgres:Product | Zorbix=zorbix:Product | MCP=mcp:Product | MCP=mcp:Product" },

        // An outline line ending in its parenthesised list is a heading; a parenthesised list of examples still names them.
        { "Introduction (Opening Hook, Introduction to Zorbix Tools)\nGetting Started (Installing Zorbix Tools, Understanding Core Components)", "" },
        { "Customer Support Agents (e.g., Zentrix, Dekugan)", "Zentrix=zentrix:Other | Dekugan=dekugan:Other" },

        // A discovered name whose slug is a catalog id is that catalog entity, where no alias rule matched it alone.
        { "It can use a web search tool like Brave to look for resources.\nBrave is cited as an example of a web search tool.", "Brave=brave | Brave=brave" },

        // A name the catalog knows with "AI" after it is that entity alone, unless it is a common word.
        { "Venice is a project by Eric Voorhees.\nThe Venice token was airdropped on Base.", "Venice=venice-ai | Eric Voorhees=eric-voorhees:Person | Venice=venice-ai" },

        // A name the note capitalises inside sentences twice as often as it writes it in lower case after a determiner.
        { "The natural extension is exemplified by Neuralink.\nThe idea behind a Neuralink interface is simple.\nMusk leads Neuralink.\nThe rest applies to Neuralink.\nA neuralink chip could copy a brain.\nIf a neuralink chip works, it matters.",
          "Neuralink=neuralink:Product | Neuralink=neuralink:Product | Musk=elon-musk | Neuralink=neuralink:Product | Neuralink=neuralink:Product" },

        // A name's lower-case spelling, where the corpus rarely writes the word in lower case, is a mention of the name after a
        // preposition, a conjunction or a verb of using software; not after other words ("the zorbidev code", "the cursor"), in
        // a path or in a command line (the Ollama case above).
        { "Access Zorbidev: Visit the local page.\nThe project is renamed to zorbidev.\nThis command pulls the zorbidev code.\nA guide shows how to run zorbidev using Docker.\nYou can also start zorbidev with a script.",
          "Zorbidev=zorbidev:Other | zorbidev=zorbidev:Other | zorbidev=zorbidev:Other | Docker=docker:Product | zorbidev=zorbidev:Other" },
        { "The team uses Zorbidev daily.\nWe praised Zorbidev often.\nOpen src/zorbidev/main.py first.", "Zorbidev=zorbidev:Other | Zorbidev=zorbidev:Other" },

        // A hyphenated suffix after a name ends it ("-themed", "-based", "-type", a participle), as it ends a catalog alias;
        // a prefix before one ("Pre-trained", "Self-hosted") is no name.
        { "The team built a Terra Volt-themed demo for the fair.", "Terra Volt=terra-volt:Other" },
        { "Pre-trained Dependencies: the models were already pre-trained on web text.", "" },

        // A share after a name is not its version: "the Kestrel Isles 20%" is the Kestrel Isles.
        { "For instance, the Baltic Union faced a 34% tariff, the Kestrel Isles 20%, and the Iron Coast 24 percent.", "Baltic Union=baltic-union:Organization | Kestrel Isles=kestrel-isles:Other | Iron Coast=iron-coast:Other" },
        { "Sales of Nexora 5 grew quickly.", "Nexora 5=nexora-5:Model" },

        // Languages are names (the guidelines count programming languages among products); acronyms joined by slashes are
        // each their own, but HTTP methods and a generic pair ("CI/CD") are not names.
        { "The tool writes HTML pages for the site.\nIt then runs the code in an HTML/CSS/JS editor like JSFiddle.\nThe pipeline sends a GET/POST request to the server.",
          "HTML=html:Product | HTML=html:Product | CSS=css:Product | JS=js:Product | JSFiddle=jsfiddle:Product" },
        { "Rivals like Zorbit and Quennet/Atlassian compete here.\nImproving tests and Continuous Integration/Continuous Delivery (CI/CD).",
          "Zorbit=zorbit:Other | Quennet=quennet:Other | Continuous Integration/Continuous Delivery=continuous-integration-continuous-delivery:Concept" },

        // A transcript's spelling one letter off a catalog name in one long word is that entity; a plural or a short word is not.
        { "We compared it with Claude 4 Sonet on coding tasks.", "Claude 4 Sonet=claude-4-sonnet" },

        // A transcript's misheard model name that keeps a catalog name's version words is that entity when its first word
        // sounds like the catalog's (same consonants, or its letters with some dropped); not with another version, another
        // sounding word, too few of its letters ("Dee" for "DeepSeek") or no version at all.
        { "We compared GMI 2.5 Pro with Deeps R1 and Cloud 3.5 on coding tasks.", "GMI 2.5 Pro=gemini-2-5 | Deeps R1=deepseek-r1 | Cloud 3.5=claude-3-5" },
        { "We compared Cloud 3.7 with Glimmer 2.5 Pro on coding tasks.\nThe Cloud Console hosts it.", "Cloud 3.7=cloud-3-7:Other | Glimmer 2.5 Pro=glimmer-2-5-pro:Model | Cloud Console=cloud-console:Other" },
        { "The team ran Dee R1 on the cluster.", "Dee R1=dee-r1:Model" },

        // A lower-case web address with a product suffix is a name; the Ethereum Virtual Machine is a named thing, not a
        // generic acronym; "scheme" is a term noun ("Ponzi scheme").
        { "Apps can be built with zorbix.new or zorbix.diy in minutes.\nHe ran a Ponzi scheme through the fund.", "zorbix.new=zorbix-new:Product | zorbix.diy=zorbix-diy:Product" },
        { "Contracts target the EVM, and the EVM is old.", "EVM=evm:Product | EVM=evm:Product" },

        // A language's name: a nationality word after a preposition, ending its phrase, or an example of a language; not an adjective.
        { "The models perform much better in English.\nUsers give prompts in natural language (e.g., Spanish), and it writes code.\nShe read English literature at school.",
          "English=english:Other | Spanish=spanish:Other" },
        // ... before the noun "language", or after a preposition with a conjunction or preposition opening the next phrase;
        // not an adjective of a technology ("Chinese language models") or of another noun ("in German history").
        { "She teaches the English language to adults.\nThey run a Spanish language course online.\nThe team trains Chinese language models.",
          "English=english:Other | Spanish=spanish:Other" },
        { "The tool writes comments in English for the whole team.\nIt is strong in French but weak elsewhere.\nHe studied trends in German history and art.",
          "English=english:Other | French=french:Other" },
        // ... before a noun about the language itself, or after a preposition with a comparison opening the next phrase;
        // a nationality adjective before another noun stays no name.
        { "The older English translations split the meaning.\nMany native Korean speakers liked it.\nThe Greek word is rare.\nShe bought Swiss cheese and French fries.",
          "English=english:Other | Korean=korean:Other | Greek=greek:Other" },
        { "Models do better in English than in other languages.\nThey are more fluent in German compared to Polish.", "English=english:Other | German=german:Other" },
        // A language's name is typed as nothing else, even where the known names' corpus vote says otherwise.
        { "Many people there do not speak English, so ChatGPT bridges the gap.", "English=english:Other | ChatGPT=chatgpt" },
        { "The Gemini Flash Lyte model is fast.\nThey also tried Claude Opus and Claude Haikus.", "Gemini Flash Lyte=gemini-flash-lyte:Model | Claude Opus=claude-opus | Claude Haikus=claude-haikus:Model" },

        // Capitals on a phrase the corpus writes mostly in lower case inside sentences ("the agent node", "environment
        // variables") are a label's or title case's; a phrase it keeps capitalised there is a name, and a product or feature
        // noun after the phrase makes it one too.
        { "After the Tool Node runs, the flow returns to the Agent Node.\nThe Agent Node calls the model.\nSet the Environment Variables first.\nThe Environment Variables hold the keys.",
          "Tool Node=tool-node:Other" },
        { "The grant came from Blue Harbor Trust this year.\nBlue Harbor Trust also funds the lab.", "Blue Harbor Trust=blue-harbor-trust:Other | Blue Harbor Trust=blue-harbor-trust:Other" },
        // A generic acronym may open such a phrase; another acronym makes a name of it.
        { "We built an AI Tech Stack for the team.\nThe AI Tech Stack has three layers.\nThe ZQX Tech Stack has two.", "ZQX Tech Stack=zqx-tech-stack:Other" },
        { "Teams can try the Agent Evaluation product today.\nThe Agent Evaluation product scores agents.", "Agent Evaluation=agent-evaluation:Other | Agent Evaluation=agent-evaluation:Other" },

        // Inside a sentence a heading word after a catalog company names its product, unless a title word or a generic acronym
        // follows it; opening the claim it does not.
        { "Users of Apple Intelligence and Microsoft Teams met Google staff.\nIt works like the OpenAI Agent SDK.\nMicrosoft Teams grew fast.",
          "Apple Intelligence=apple-intelligence:Organization | Microsoft Teams=microsoft-teams:Product | Google=google | OpenAI=openai | Microsoft=microsoft" },

        // A programming language named by one capital and symbols is a product with an id of its own; "C++20" and a
        // section letter are not.
        { "The engine is written in C++ and the tools in C#.\nSome scripts use F# too.\nIt needs C++20 features.\nSee section C for details.",
          "C++=cpp:Product | C#=csharp:Product | F#=fsharp:Product" },
        // A dated release run into its code ("R10528" for "R1-0528") continues its maker's name like a version; a chip's
        // code after its maker stays the maker's product.
        { "Mistral launched Mistral R10528 last week.\nMistral R10528 thinks for 91 seconds.\nIt ran on an Nvidia A100.",
          "Mistral=mistral-ai | Mistral R10528=mistral-r10528:Model | Mistral R10528=mistral-r10528:Model | Nvidia=nvidia | A100=a100:Product" },

        // A spacing the corpus knows under another spelling takes that spelling's id, so one product is one entity across
        // notes whichever way a note spaces it.
        { "We built the app in Wind Surf yesterday.\nThen Voice Flow handled the calls, deployed on Digital Ocean.",
          "Wind Surf=windsurf:Product | Voice Flow=voiceflow:Product | Digital Ocean=digitalocean:Product" },

        // An eponym's possessive before a law noun, with up to two capitalised modifiers, is one name with its owner.
        { "Design follows Zorbin's Law in large firms.\nKlamath's Second Law says institutions drift.",
          "Zorbin's Law=zorbins-law:Other | Klamath's Second Law=klamaths-second-law:Other" },
    };

    [Theory]
    [MemberData(nameof(MentionCases))]
    public async Task Mentions_follow_the_tuned_discovery_rules(string text, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        var discovered = batch.DiscoveredEntities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var claims = batch.Claims.ToDictionary(c => c.Id, c => c.Text, StringComparer.Ordinal);
        var mentions = batch.Mentions
            .Select(m => $"{m.MatchedText}={m.EntityId}" + (discovered.TryGetValue(m.EntityId, out var type) ? $":{type}" : ""));
        string.Join(" | ", mentions).Should().Be(expected, because: $"text was \"{text}\"");
    }

    [Theory]
    [InlineData("We tried TerraVolt today.\nThe team at Terra Volt grew.\nThey said TerraVolt is fast.\nWe met Terra Volt again.", "TerraVolt", "Terra Volt")]
    [InlineData("We tried TerraVolt today.\nThe team at Terra Volt grew.\nThey said Terra Volt is fast.\nWe met Terra Volt again.", "Terra Volt", "TerraVolt")]
    [InlineData("We tried TerraVolt today.\nThe team at TERRAVOLT grew.\nThey said TERRAVOLT is fast.\nWe met TerraVolt again.", "TERRAVOLT", "TerraVolt")]
    public async Task A_discovered_name_is_its_most_frequent_spelling_then_the_one_with_fewer_spaces_then_the_ordinally_first(
        string text, string name, string alias)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        var entity = batch.DiscoveredEntities.Should().ContainSingle().Subject;
        entity.Name.Should().Be(name);
        entity.Aliases.Should().Equal(alias);
    }

    [Theory]
    // A package or web-address suffix on a capitalised name: a product ("git-scm.com" is an address, not a product name).
    [InlineData("We set up Vexilon.js for the front end.", "Vexilon.js", EntityType.Product)]
    [InlineData("The demo app was made in ZorbCraft.new last week.", "ZorbCraft.new", EntityType.Product)]
    // A software noun after the name.
    [InlineData("The plan lives in a Quillmark file in the repo.", "Quillmark", EntityType.Product)]
    [InlineData("It explains basic Plinkscript code with examples.", "Plinkscript", EntityType.Product)]
    [InlineData("The easy Dockerella setup helps new users.", "Dockerella", EntityType.Product)]
    // A software verb before the name, or "built on" / "runs on" / "self-hosting it with".
    [InlineData("First install Brimble and restart the terminal.", "Brimble", EntityType.Product)]
    [InlineData("Underneath, the backend runs on Grastex and scales well.", "Grastex", EntityType.Product)]
    [InlineData("The service is built on Grastex for storage.", "Grastex", EntityType.Product)]
    [InlineData("You can try self-hosting it with Contrava on a laptop.", "Contrava", EntityType.Product)]
    public async Task A_software_context_types_a_discovered_name_a_product(string text, string name, EntityType type)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Should().ContainSingle(e => e.Name == name).Which.Type.Should().Be(type);
    }

    [Theory]
    // A name listed beside a catalog name of a known type is a thing of that kind.
    [InlineData("It is backed by Google and ZenTrox today.", EntityType.Organization)]
    [InlineData("It is backed by ZenTrox, Google, or both.", EntityType.Organization)]
    [InlineData("It is backed by Google, and ZenTrox joined too.", EntityType.Organization)]
    // No list, no type: a verb between the names joins no list.
    [InlineData("Google met ZenTrox today.", EntityType.Other)]
    // A person beside a name is no list of one kind: "at ZenTrox and Steve Davis at ..." joins two phrases.
    [InlineData("Examples include Mark Jones at ZenTrox and Steve Davis at the other firm.", EntityType.Other)]
    public async Task A_name_listed_beside_a_typed_name_takes_its_type(string text, EntityType type)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Should().ContainSingle(e => e.Name == "ZenTrox").Which.Type.Should().Be(type);
    }

    [Fact]
    public async Task A_cue_outweighs_a_listed_sibling()
    {
        var batch = await HandMadeNotes.BuildAsync("Google and ZenTrox code were compared.");

        batch.DiscoveredEntities.Should().ContainSingle(e => e.Name == "ZenTrox").Which.Type.Should().Be(EntityType.Product);
    }

    [Fact]
    public async Task A_lower_case_web_address_is_not_typed_a_product()
    {
        var batch = await HandMadeNotes.BuildAsync("Read more at n8n.io for the details.");

        batch.DiscoveredEntities.Should().ContainSingle(e => e.Name == "n8n.io").Which.Type.Should().Be(EntityType.Other);
    }

    [Fact]
    public async Task A_hint_only_types_a_name_found_otherwise()
    {
        // "Scripts" is a common word: a software noun after it types names, it does not make a name of it.
        var plain = await HandMadeNotes.BuildAsync("The team wrote the tests.\nWe read the docs daily.");
        plain.DiscoveredEntities.Should().BeEmpty();
    }

    [Fact]
    public async Task A_context_cue_outweighs_a_hint()
    {
        // "Zentrox launched Orbix": a company verb with an object is a cue; "the Zentrox setup" only a hint.
        var batch = await HandMadeNotes.BuildAsync("Zentrox launched Orbix in May.\nThe Zentrox setup took an hour.");

        batch.DiscoveredEntities.Should().ContainSingle(e => e.Name == "Zentrox").Which.Type.Should().Be(EntityType.Organization);
    }
}
