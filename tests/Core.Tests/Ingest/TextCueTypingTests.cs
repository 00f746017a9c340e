using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Ingest;

/// <summary>
/// Type cues in the note's own text (types17): a label's definition after its colon types the label's name by its class
/// noun ("Acme: A tool designed to ...", "Acme: This platform ..."), as a hint, which never makes a label a name; a code
/// noun after the name and one modifier ("the Acme charting library"); an author's pronoun and a written work before a
/// title ("his book Acme"); a trailing "AI" types a name only where no other cue or hint does (types30).
/// </summary>
public sealed class TextCueTypingTests
{
    public static TheoryData<string, string, EntityType> TypingCases => new()
    {
        // A label defined by a class noun after its colon.
        { "Quorvane: A tool designed to help teams split large repositories.", "Quorvane", EntityType.Product },
        { "Trellixo: An open-source platform for scheduling batch jobs.", "Trellixo", EntityType.Product },
        { "Mellowfin: This platform lets shops price returns in real time.", "Mellowfin", EntityType.Product },
        { "Sorbrix: This fast note-taking app replaces the launcher.", "Sorbrix", EntityType.Product },
        { "Dravenko: A small startup building sensors for greenhouses.", "Dravenko", EntityType.Organization },
        // A code noun after the name and one modifier, the name led by a determiner.
        { "She drew every chart with the Plotvane charting library last year.", "Plotvane", EntityType.Product },
        { "Install a Quillmark markdown plugin before the build.", "Quillmark", EntityType.Product },
        // A noun of people or companies before a comma and a list introducer.
        { "Several hardware leaders, including Brannoway and Sedlick, praised the chip.", "Brannoway", EntityType.Person },
        { "It courted small startups, such as Quillvane and Drobek, all year.", "Quillvane", EntityType.Organization },
        // A written work its author's pronoun introduces.
        { "Later he finished his book Hollow Orchards in a single winter.", "Hollow Orchards", EntityType.Publication },
        { "Critics praised her novel Saltmarsh Letters for its restraint.", "Saltmarsh Letters", EntityType.Publication },
        // A name ending in "AI" is a company unless the note's context says otherwise (types30).
        { "Revlune AI raised money and Revlune AI hired staff.", "Revlune AI", EntityType.Organization },
        { "Agents built with the Quarrel AI framework run anywhere. We picked Quarrel AI for its typing.", "Quarrel AI", EntityType.Product },
        { "Read the Quarrel AI docs before the first run.", "Quarrel AI", EntityType.Product },
        { "Answers came from Torvane AI models hosted by Torvane AI.", "Torvane AI", EntityType.Organization },
        // A named war or period of history is an event, whatever list it stands in.
        { "Factories in Japan and the Brindle War shaped the decade.", "Brindle War", EntityType.Other },
        { "Lessons from Germany, Japan and World War II still shape trade policy.", "World War II", EntityType.Other },
        // An uncued "University of Y" or "Department of Y" is an organisation, not the place after "of".
        { "Data from the University of Brindlemoor shows a steady rise.", "University of Brindlemoor", EntityType.Organization },
        { "Figures from the Department of Quarry Roads shows a steady rise.", "Department of Quarry Roads", EntityType.Organization },
        // A given name alone before a speech verb is a person; another single word an organisation.
        { "On the podcast, Nicholas explains how the shop kept its prices low.", "Nicholas", EntityType.Person },
        { "On the podcast, Vantrexo explains how the shop kept its prices low.", "Vantrexo", EntityType.Organization },
        // A numbered piece of hardware is a product, not a model (types31).
        { "The team trained it on a single RTX 4090 at home.", "RTX 4090", EntityType.Product },
        { "It ran on an NVIDIA 3090 overnight without trouble.", "NVIDIA 3090", EntityType.Product },
        { "They rented eight H100s for a week of training.", "H100s", EntityType.Product },
        { "She filmed the whole trip on an iPhone 15 last spring.", "iPhone 15", EntityType.Product },
        // More given names of general knowledge (types31), alone before a speech verb or before a surname.
        { "On the podcast, Jared explains how the shop kept its prices low.", "Jared", EntityType.Person },
        { "Later that year Omid Varzandeh wrote the first draft.", "Omid Varzandeh", EntityType.Person },
        // A surname alone that the corpus knows as a person named in full is that person, not a one-word speaker company (types31).
        { "On the podcast, Cowen argues that the shop kept its prices low.", "Cowen", EntityType.Person },
        { "The survey was long, and Chollet read every answer.", "Chollet", EntityType.Person },
        // A one-word name the corpus knows as a company stays one.
        { "On the podcast, Snowflake argues that the shop kept its prices low.", "Snowflake", EntityType.Organization },
    };

    [Theory]
    [MemberData(nameof(TypingCases))]
    public async Task A_cue_in_the_text_types_the_name(string text, string name, EntityType expected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => e.Type).Should().Equal([expected], because: $"text was \"{text}\"");
    }

    public static TheoryData<string, string, EntityType> NotTypingCases => new()
    {
        // A label's sentence that defines nothing: a quantity, a definite article, a noun past the few words read.
        { "Quorvane: A lot of tools were tried and dropped.", "Quorvane", EntityType.Product },
        { "Trellixo: The platform team shipped the fix on Monday.", "Trellixo", EntityType.Product },
        { "Mellowfin: A surprisingly long and quite detailed story about a tool.", "Mellowfin", EntityType.Product },
        // A name before the colon that is not the whole label.
        { "Notes on Dravenko and pricing: A tool for shops.", "Dravenko", EntityType.Product },
        // A conceptual framework; a modifier that is a function word; no determiner before the name.
        { "Policy drew on the Harbinist economic framework for decades.", "Harbinist", EntityType.Product },
        { "Brevlo of the library staff approved it.", "Brevlo", EntityType.Product },
        { "Yesterday Trovik open-sourced library code for parsing.", "Trovik", EntityType.Product },
        // A noun of things before a comma: the list may belong to another head.
        { "Olmec runs many models for agents, such as Vardel or Quint.", "Vardel", EntityType.Product },
        { "Teams tune custom models, such as Korvane training one on cartoons.", "Korvane", EntityType.Model },
        // A work that no author's pronoun introduces: a book the name recommended.
        { "In a book Marla Pendergast recommended, the hero never sleeps.", "Marla Pendergast", EntityType.Publication },
        // A class noun past the definition's first preposition.
        { "Plimtek: A benchmark for evaluating language models on maths.", "Plimtek", EntityType.Product },
        // A version before "AI models" names the model, not a maker.
        { "It compared Zorvex 4 AI models with older ones.", "Zorvex 4 AI", EntityType.Organization },
        { "Maps of the Battle of Brindlemoor show a steady rise.", "Battle of Brindlemoor", EntityType.Organization },
        // A numbered name without a hardware word, or a chip maker before a model's name, is no device.
        { "The lab released Quarvex 3 last week to every user.", "Quarvex 3", EntityType.Product },
        { "They fine-tuned Nvidia Zentron 70B on the legal data.", "Nvidia Zentron 70B", EntityType.Product },
        { "Scores for Brelm B32 rose after the update.", "Brelm B32", EntityType.Product },
        // A digit read "to" between two capitals abbreviates a phrase; it is no model's version.
        { "Teams wire agents together with Q2R over plain HTTP.", "Q2R", EntityType.Model },
        // A language beside a company in a comma run is no member of a list of companies.
        { "The answers are much better in English, Mistral is now working on French.", "English", EntityType.Organization },
    };

    [Theory]
    [MemberData(nameof(NotTypingCases))]
    public async Task These_do_not_type_the_name(string text, string name, EntityType notExpected)
    {
        var batch = await HandMadeNotes.BuildAsync(text);

        batch.DiscoveredEntities.Where(e => e.Name == name).Select(e => e.Type).Should().NotContain(notExpected, because: $"text was \"{text}\"");
    }
}
