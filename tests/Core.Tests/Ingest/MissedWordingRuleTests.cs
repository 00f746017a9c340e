namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Wordings the trigger rules missed (MissedWordingRuleTables.cs): works listed by example after an owner's possessive, a
/// work "from" its makers, a company its founders are building, a founder brought on, a former head in apposition, a class
/// of what is supported or used followed by its examples, a name positioned as a rival, a product named before the clause that uses something in it and a product
/// named again as "it" before what it includes; each with the negations, questions, hedges and look-alike shapes that must
/// yield nothing: a claim, then the typed relations it must yield as "subject PREDICATE object rule 'trigger'" joined by
/// " | " ("" = none).
/// </summary>
public sealed class MissedWordingRuleTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // An owner's works listed by example after "range from", "span" or "include".
        { "Jeff Dean's contributions range from systems like MapReduce to frameworks like TensorFlow.", "jeff-dean DEVELOPS mapreduce develops-possessive-works-listed 'contributions range' | jeff-dean DEVELOPS tensorflow develops-possessive-works-listed 'contributions range'" },
        { "Jeff Dean's inventions span BigTable, Spanner and TensorFlow.", "jeff-dean DEVELOPS bigtable develops-possessive-works-listed 'inventions span' | jeff-dean DEVELOPS spanner develops-possessive-works-listed 'inventions span' | jeff-dean DEVELOPS tensorflow develops-possessive-works-listed 'inventions span'" },
        { "Jeff Dean's contributions do not include TensorFlow.", "" },
        { "Jeff Dean's contributions range from talks on TensorFlow to essays.", "" },
        { "Do Jeff Dean's contributions range from MapReduce to TensorFlow?", "" },

        // A work described as coming "from" its makers; a supplier's modifier makes "from" a source.
        { "Gemma, a model from Google, is small.", "google DEVELOPS gemma develops-noun-by 'model from'" },
        { "Gemma, a hosted model from Groq, is fast.", "" },
        { "Is Gemma a model from Google?", "" },

        // People building a company the apposition names as one.
        { "Sam Altman and Greg Brockman are building Acme Labs, a startup focused on robots.", "greg-brockman FOUNDED acme-labs founded-building-company 'building' | sam-altman FOUNDED acme-labs founded-building-company 'building'" },
        { "Sam Altman is not building Acme Labs, a company for robots.", "" },
        { "Are Sam Altman and Greg Brockman building Acme Labs, a startup?", "" },

        // A founder brought on by the organisation; any other role is no founding.
        { "Acme Labs brought on Greg Brockman as a co-founder last year.", "greg-brockman FOUNDED acme-labs founded-brought-on 'brought on Greg Brockman as a co-founder'" },
        { "Acme Labs brought on Greg Brockman as an advisor.", "" },
        { "Acme Labs might have brought on Greg Brockman as a co-founder.", "" },

        // A former head in apposition still led the organisation.
        { "Sam Altman, former CEO of Y Combinator, spoke at the event.", "sam-altman LEADS y-combinator leads-former-title-apposition 'former CEO of'" },
        { "Sam Altman, the former president of Y Combinator, spoke.", "sam-altman LEADS y-combinator leads-former-title-apposition 'former president of'" },
        { "Sam Altman, not a former CEO of Y Combinator, spoke.", "" },
        { "Was Sam Altman, former CEO of Y Combinator, there?", "" },

        // A class of what is supported and its examples; the subject opens the claim.
        { "Cursor supports several frontier models, including Claude and Gemini.", "cursor USES claude uses-supports-examples 'supports' | cursor USES gemini uses-supports-examples 'supports'" },
        { "Zed prioritizes choice, supporting many chat models, including Claude and Gemini.", "zed USES claude uses-supports-examples 'supporting' | zed USES gemini uses-supports-examples 'supporting'" },
        { "Cursor does not support frontier models like Claude.", "" },
        { "Cursor supports models for tasks like Claude.", "" },
        { "Does Cursor support frontier models like Claude?", "" },

        { "Cursor uses several frontier models, such as Claude and Gemini.", "cursor USES claude uses-supports-examples 'uses' | cursor USES gemini uses-supports-examples 'uses'" },
        { "Cursor never uses frontier models, such as Claude.", "" },

        // A name cast by a positioning phrase as a rival, or rivalling the performance of a name or of a class and its examples.
        { "Mistral positions itself as a European alternative to OpenAI.", "mistral-ai COMPETES_WITH openai competes-positioned-as 'positions itself as a European alternative to'" },
        { "Zed aims to be a faster alternative to Cursor.", "cursor COMPETES_WITH zed competes-positioned-as 'aims to be a faster alternative to'" },
        { "Gemini, a multimodal model, has been positioned as a strong competitor to frontier models, including Claude.", "claude COMPETES_WITH gemini competes-positioned-as 'positioned as a strong competitor to'" },
        { "Mistral could be positioned as an alternative to OpenAI.", "" },
        { "Mistral is not positioned as an alternative to OpenAI.", "" },
        { "Mistral aims to be a possible alternative to OpenAI.", "" },
        { "Mistral aims to beat OpenAI.", "" },
        { "Qwen 32B rivals the performance of frontier models, including DeepSeek R1.", "deepseek DEVELOPS deepseek-r1 maker-name-prefix 'DeepSeek' | deepseek-r1 COMPETES_WITH qwen-32b competes-rivalled-performance 'rivals the performance of'" },
        { "Despite its small size (a tenth of Llama 3), Gemini rivals the performance of frontier models, including GPT-4o.", "gemini COMPETES_WITH gpt-4o competes-rivalled-performance 'rivals the performance of'" },
        { "Gemini does not rival the performance of GPT-4o.", "" },
        { "Unlike Claude, Gemini rivals the performance of frontier models, including GPT-4o.", "" },
        { "Gemini could rival the performance of GPT-4o.", "" },

        // A product named before the clause that uses something inside it; a command after the comma names no use.
        { "Within Zapier, the agent step integrates Claude for summaries.", "zapier USES claude uses-fronted-within 'integrates'" },
        { "Within Zapier, use Claude for summaries.", "" },
        { "Within Zapier, the agent step does not integrate Claude.", "" },

        // A product named again as "it" before what it includes or uses; another name between makes "it" unclear.
        { "Docker Desktop is popular because it includes Docker Compose.", "docker-compose PART_OF docker-desktop part-of-pronoun-includes 'it includes'" },
        { "Docker Desktop is popular as it may include Docker Compose.", "" },
        { "Is Docker Desktop popular because it includes Docker Compose?", "" },
        { "Supabase is a handy choice since it leverages Postgres.", "supabase USES postgres uses-pronoun-subject 'it leverages'" },
        { "Langfuse is hard to host because it relies on several services, including Redis and ClickHouse.", "langfuse USES redis uses-pronoun-subject 'it relies on' | langfuse USES clickhouse uses-pronoun-subject 'it relies on'" },
        { "Supabase is popular because it does not use Postgres.", "" },
        { "Supabase is popular because it may leverage Postgres.", "" },
        { "Supabase beat Firebase because it leverages Postgres.", "supabase OUTPERFORMS firebase outperforms 'beat'" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Missed_wordings_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
