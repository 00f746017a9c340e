namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// A mutual act of a list of subjects, an owner's collection named with "include", a person's name right before "at" an
/// organisation, an adverbial "then" after an auxiliary, a passive participle phrase that opens the sentence and a generic
/// acronym in a class before its examples, each with the negations, questions, hedges and look-alike shapes that must yield
/// nothing: a claim, then the typed relations it must yield as "subject PREDICATE object rule 'trigger'" joined by " | "
/// ("" = none).
/// </summary>
public sealed class RelationCoordinationTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // A list of subjects and a mutual act with no object of its own: every pair of the list.
        { "Microsoft and Nvidia partnered in 2023 on chips.", "microsoft PARTNERED_WITH nvidia partnered-coordinated 'partnered'" },
        { "Google and Anthropic have teamed up on cloud compute.", "anthropic PARTNERED_WITH google partnered-coordinated 'teamed up'" },
        { "Microsoft and Nvidia reportedly collaborated on the chip.", "microsoft PARTNERED_WITH nvidia partnered-coordinated 'collaborated'" },
        { "Amazon, Nvidia and Meta formed a partnership last year.", "meta PARTNERED_WITH nvidia partnered-coordinated 'formed a partnership' | amazon PARTNERED_WITH meta partnered-coordinated 'formed a partnership' | amazon PARTNERED_WITH nvidia partnered-coordinated 'formed a partnership'" },
        { "Claude and Gemini compete for enterprise customers.", "claude COMPETES_WITH gemini competes-coordinated 'compete'" },
        { "Claude and Gemini compete with each other.", "claude COMPETES_WITH gemini competes-coordinated 'compete'" },
        { "Microsoft and Nvidia did not partner.", "" },
        { "Did Microsoft and Nvidia partner?", "" },
        { "Microsoft and Nvidia could partner next year.", "" },
        { "Microsoft and Nvidia will partner next year.", "" },
        { "Users of Claude and Gemini compete for attention.", "" },
        { "Tools like Claude and Gemini compete for attention.", "" },
        // An object of the act's own names the partner, and the trigger rule reads it.
        { "Microsoft and Nvidia partnered with OpenAI.", "nvidia PARTNERED_WITH openai partnered-with 'partnered with' | microsoft PARTNERED_WITH openai partnered-with 'partnered with'" },

        // An owner's collection named with "include": its works, its portfolio, its acquisitions, partners, rivals and customers.
        { "Jeff Dean's contributions include TensorFlow and MapReduce.", "jeff-dean DEVELOPS tensorflow develops-possessive-works 'contributions include' | jeff-dean DEVELOPS mapreduce develops-possessive-works 'contributions include'" },
        { "Sequoia's portfolio includes Stripe and Nvidia.", "sequoia INVESTED_IN stripe invested-possessive-portfolio 'portfolio includes' | sequoia INVESTED_IN nvidia invested-possessive-portfolio 'portfolio includes'" },
        { "Google's acquisitions include DeepMind.", "google ACQUIRED google-deepmind acquired-possessive-acquisitions 'acquisitions include'" },
        { "OpenAI's partners include Microsoft.", "microsoft PARTNERED_WITH openai partnered-possessive-partners 'partners include'" },
        { "OpenAI's competitors include Anthropic and Google.", "anthropic COMPETES_WITH openai competes-possessive-rival 'competitors include' | google COMPETES_WITH openai competes-possessive-rival 'competitors include'" },
        { "Nvidia's customers include Microsoft and Meta.", "microsoft USES nvidia uses-possessive-customers 'customers include' | meta USES nvidia uses-possessive-customers 'customers include'" },
        { "Nvidia's customers do not include Apple.", "" },
        { "Do Nvidia's customers include Apple?", "" },
        { "Nvidia's customers could include Apple.", "" },
        { "Jeff Dean's contributions may include TensorFlow.", "" },

        // A person's name right before "at" and an organisation right after it; a place, a gap or a title is no employer.
        { "Mark Chen at OpenAI explained the result.", "mark-chen WORKS_AT openai works-at-name-at 'at'" },
        { "Sam Altman spoke at Stanford.", "" },
        { "Is Mark Chen at OpenAI?", "" },
        { "Sam Altman at Paris said it.", "" },

        // "then" after an auxiliary is an adverb of the verb; after a comma it still opens a clause.
        { "Llama 2 was then fine-tuned on the Alpaca dataset.", "llama-2 USES alpaca uses-trained-on 'fine-tuned on'" },
        { "Llama 2 grew, then Cursor used it.", "" },

        // A passive participle phrase that opens the sentence describes the name after its comma.
        { "Developed by Google, Gemma is a family of open models.", "google DEVELOPS gemma develops-passive 'Developed by'" },
        { "Developed by Google in early 2024, Gemma is small.", "google DEVELOPS gemma develops-passive 'Developed by'" },
        { "Backed by Nvidia, Mistral raised more money.", "nvidia INVESTED_IN mistral-ai invested-passive 'Backed by'" },
        { "Founded by Dario Amodei, Anthropic builds Claude.", "anthropic DEVELOPS claude develops-active 'builds' | dario-amodei FOUNDED anthropic founded-passive 'Founded by'" },
        { "Powered by GPT-4, Cursor writes code.", "cursor USES gpt-4 uses-active 'Powered by'" },
        { "Built on Llama 2, Vicuna answers questions.", "vicuna USES llama-2 uses-active 'Built on'" },
        { "Acquired by Google in 2014, DeepMind grew.", "google ACQUIRED google-deepmind acquired-passive 'Acquired by'" },
        { "Joined by Google, Meta built a chip.", "" },
        { "Not developed by Google, Gemma is small.", "" },
        { "Developed by Google, Gemma's weights are open.", "" },
        { "Developed by Google, the Gemma models are small.", "" },
        { "Developed by Google and used by Cursor, Gemma is small.", "" },

        // A title and its organisation before a person's name in apposition.
        { "The CEO of Nvidia, Jensen Huang, spoke on Monday.", "jensen-huang LEADS nvidia leads-title-of 'CEO of'" },
        { "According to the co-founder of Anthropic, Dario Amodei, scaling works.", "dario-amodei FOUNDED anthropic founded-title-of 'co-founder of'" },
        { "The former CEO of Nvidia, Jensen Huang, spoke.", "" },
        { "The CEO of Nvidia, Microsoft and Google spoke.", "" },
        { "Is the CEO of Nvidia, Jensen Huang, right?", "" },

        // A rival named by the name it rivals, in apposition or after "is".
        { "Mistral, a Google competitor, raised money.", "google COMPETES_WITH mistral-ai competes-rival-noun 'competitor'" },
        { "Gemini is a strong ChatGPT rival.", "chatgpt COMPETES_WITH gemini competes-rival-noun 'rival'" },
        { "Mistral, a potential Google competitor, raised money.", "" },
        { "Mistral is not a Google competitor.", "" },
        { "Is Mistral a Google competitor?", "" },
        { "Mistral, a Google competitor of the past, shrank.", "" },
        { "Mistral, a Google alternative for search, grew.", "" },

        // A backer's compound: an organisation or a person that backs or funds a thing invested in it.
        { "Speak, an OpenAI-backed startup, grew.", "openai INVESTED_IN speak invested-backed-compound '-backed'" },
        { "The Microsoft-funded OpenAI grew.", "microsoft INVESTED_IN openai invested-backed-compound '-funded'" },
        { "Anthropic, an Amazon-backed lab, grew.", "amazon INVESTED_IN anthropic invested-backed-compound '-backed'" },
        { "Speak is not an OpenAI-backed startup.", "" },
        { "Is Speak an OpenAI-backed startup?", "" },

        // A team of an organisation is the organisation to one who joins or works in it.
        { "Mark Chen joined OpenAI's research team in 2018.", "mark-chen WORKS_AT openai works-at 'joined'" },
        { "Mark Chen joined OpenAI's fight against spam.", "" },

        // A generic acronym in a class before its examples is a class word.
        { "Notion partners with AI companies like Anthropic.", "anthropic PARTNERED_WITH notion partnered-with 'partners with'" },
        { "Notion partners with AI companies, not Anthropic.", "" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Structures_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
