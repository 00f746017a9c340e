namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Wordings of explicit relations the rules missed in HeldOut7 and HeldOut8 (branch rel17), each as a general class: a pact
/// announced "between" two names, an affiliation after a person's description, the name a class is "called", a title after
/// a description's "and", an officer's title with its units before a name, a copula "represents", the examples of a
/// "-based" class, the fork a maker's participle describes, an organisation's community as a maker and a means clause
/// "By …ing" before the name it describes. Each comes with the negations, hedges, questions and look-alike shapes that must
/// yield nothing: a claim, then the typed relations it must yield as "subject PREDICATE object rule 'trigger'" joined by
/// " | " ("" = none).
/// </summary>
public sealed class RelationMissedWordingTests
{
    public static TheoryData<string, string> RelationCases => new()
    {
        // A pact announced between two names: a passive of its announcement between the noun and "between".
        { "A partnership has been announced between Microsoft and Nvidia.", "microsoft PARTNERED_WITH nvidia partnership-between 'partnership has been announced between'" },
        { "A deal was struck between Google and Anthropic last year.", "anthropic PARTNERED_WITH google partnership-between 'deal was struck between'" },
        { "No partnership has been announced between Microsoft and Nvidia.", "" },
        { "A partnership could be announced between Microsoft and Nvidia.", "" },
        { "A partnership will be announced between Microsoft and Nvidia.", "" },

        // An affiliation after a person's description of up to three words, to every organisation listed.
        { "Jeff Dean is a computer scientist affiliated with Google and Stanford University.", "jeff-dean WORKS_AT google works-at-affiliated 'affiliated with' | jeff-dean WORKS_AT stanford-university works-at-affiliated 'affiliated with'" },
        { "Percy Liang is a computer science professor affiliated with Stanford University.", "percy-liang WORKS_AT stanford-university works-at-affiliated 'affiliated with'" },
        { "Percy Liang is a member affiliated with Stanford University.", "" },
        { "Jeff Dean is not affiliated with OpenAI.", "" },
        { "Jeff Dean may be affiliated with OpenAI.", "" },
        { "A lab affiliated with Stanford University hired Jeff Dean.", "" },
        { "Llama is affiliated with Meta.", "" },

        // The name a class is called stands for the class after a making verb.
        { "Google is launching a new coding agent called Jules.", "google DEVELOPS jules develops-active 'launching'" },
        { "Meta unveiled an open-source model family dubbed Llama 3.", "meta DEVELOPS llama-3 develops-active 'unveiled'" },
        { "Meta unveiled an open-source model family similar to Llama 3.", "" },
        { "Google is not launching a coding agent called Jules.", "" },
        { "Google might launch a coding agent called Jules.", "" },

        // A description, "and", then a title with its organisation; the description's own organisation title counts too.
        { "Mustafa Suleyman, a former activist and co-founder of DeepMind, spoke.", "mustafa-suleyman FOUNDED google-deepmind founded-title-chain 'co-founder of'" },
        { "Ilya Sutskever, a former Google researcher and co-founder of OpenAI, spoke.", "ilya-sutskever FOUNDED openai founded-title-chain 'co-founder of' | ilya-sutskever WORKS_AT google works-at-organization-title 'researcher'" },
        { "Ilya Sutskever, a former Google researcher and not a co-founder of OpenAI, spoke.", "" },
        { "Ilya Sutskever, a friend of Sam Altman and founder of Safe Superintelligence, spoke.", "" },
        { "Mustafa Suleyman, activist and co-founder of DeepMind, spoke.", "" },

        // An organisation's title with the units it is "of", then the person's name; an untyped name after an officer's title.
        { "Google's Head of Research and DeepMind, Jeff Dean, spoke.", "jeff-dean WORKS_AT google works-at-title-apposition 'Head of Research and DeepMind'" },
        { "Adobe's Vice President of Generative AI and Firefly, Alexandre Cen, explained the plan.", "alexandre-cen WORKS_AT adobe works-at-title-apposition 'Vice President of Generative AI and Firefly'" },
        { "Adobe's Vice President, Alexandre Cen, explained the plan.", "alexandre-cen WORKS_AT adobe works-at-title-apposition 'Vice President'" },
        { "Google's partner, Alexandre Cen, spoke.", "" },
        { "Google's lead model, Gemini, is fast.", "" },

        // "represents" and "remains" link a name to its maker's possessive description.
        { "Gemma represents Google's open model family.", "google DEVELOPS gemma develops-possessive-description 'represents Google's open model'" },
        { "Gemma remains Google's smallest model.", "google DEVELOPS gemma develops-possessive-description 'remains Google's smallest model'" },
        { "Gemma represents Google's biggest bet.", "" },

        // The examples of a class a "-based" compound heads use its base.
        { "Python-based deep learning frameworks like PyTorch and TensorFlow are popular.", "pytorch USES python uses-based-compound '-based' | tensorflow USES python uses-based-compound '-based'" },
        { "Python-based frameworks, unlike PyTorch, are slow.", "" },
        { "Python-based frameworks do not include PyTorch.", "" },

        // A maker's participle after "a fork of X" describes the fork named in apposition; a fork made is not what it forks.
        { "Cursor, a fork of VS Code developed by Anysphere, is popular.", "cursor USES vs-code uses-version-of 'a fork of' | anysphere DEVELOPS cursor develops-passive 'developed by'" },
        { "A fork of VS Code developed by Anysphere is popular.", "" },

        // An organisation's community as a maker's agent stands for the organisation; a platform's community is its users.
        { "Bolt.DIY was developed by the StackBlitz community.", "stackblitz DEVELOPS bolt-diy develops-passive 'developed by'" },
        { "Bolt.DIY was developed by the Reddit community.", "" },

        // A means clause "By …ing X," before the name it describes.
        { "By integrating with LangChain, Cursor can answer questions.", "cursor USES langchain uses-active 'integrating'" },
        { "By acquiring Windsurf, OpenAI gained a coding tool.", "openai ACQUIRED windsurf acquired-active 'acquiring'" },
        { "By not using LangChain, Cursor stays small.", "" },
        { "By integrating with LangChain, Cursor could answer questions.", "" },
        { "By integrating with LangChain, Cursor does not answer questions.", "" },
        { "By comparing Claude, Cursor gained users.", "" },
        { "By using LangChain, developers can build agents.", "" },
    };

    [Theory]
    [MemberData(nameof(RelationCases))]
    public async Task Missed_wordings_find_what_the_claim_states_and_nothing_else(string claim, string expected)
    {
        var batch = await HandMadeNotes.BuildAsync(claim);

        HandMadeNotes.ExtractedRelations(batch).Should().Be(expected, because: $"claim was \"{claim}\"");
    }
}
