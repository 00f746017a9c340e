using ClaimGraph.ExtractionScore.Scoring;
using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Extraction;

/// <summary>The scorer's matching rules on hand-made notes small enough to count by eye.</summary>
public sealed class ExtractionScorerTests
{
    private const string Claim = "Stripe acquired Bridge, and Stripe competes with Adyen.";

    private static readonly GoldEntity Stripe = Entity("Stripe", EntityType.Organization, ["stripe"], Span(0, 6), Span(28, 34));
    private static readonly GoldEntity Bridge = Entity("Bridge", EntityType.Organization, ["bridge"], Span(16, 22));
    private static readonly GoldEntity Adyen = Entity("Adyen", EntityType.Organization, ["adyen"], Span(49, 54));

    [Fact]
    public void A_labelled_relation_extracted_is_found_an_unlabelled_one_is_wrong_and_one_not_extracted_is_missed()
    {
        var gold = Note([Stripe, Bridge, Adyen],
            relations: [Relation("Stripe", "ACQUIRED", "Bridge", explicitly: true), Relation("Stripe", "COMPETES_WITH", "Adyen", explicitly: false)]);
        var predicted = Predicted([], [Extracted("stripe", "ACQUIRED", "bridge", "acquisition-verb"), Extracted("bridge", "USES", "adyen", "uses-verb")]);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.Relations.Should().Be(new PrecisionRecall(TruePositives: 1, FalsePositives: 1, FalseNegatives: 1));
        score.ExplicitRecall.Should().Be(new Ratio(1, 1));
        score.ImplicitRecall.Should().Be(new Ratio(0, 1));
        score.RelationMisses.Should().ContainSingle().Which.Should().Match<RelationError>(e => e.Subject == "Adyen" && e.Predicate == "COMPETES_WITH" && e.Object == "Stripe" && e.Detail == "implicit; no mention of Adyen or Stripe in its claim", "a symmetric relation is named with the ordinally smaller argument first");
        score.RelationFalsePositives.Should().ContainSingle().Which.Should().Match<RelationError>(e => e.Subject == "Bridge" && e.Predicate == "USES" && e.Rule == "uses-verb" && e.ClaimText == Claim);
        score.ByRule.Should().BeEquivalentTo([new RuleScore("acquisition-verb", 1, 0), new RuleScore("uses-verb", 0, 1)]);
        score.ByPredicate.Single(p => p.Predicate == "ACQUIRED").Score.Should().Be(new PrecisionRecall(1, 0, 0));
        score.EvidenceAtLabelledQuote.Should().Be(new Ratio(1, 1));
    }

    [Fact]
    public void A_missed_relation_names_the_arguments_no_mention_of_its_claim_names()
    {
        var gold = Note([Stripe, Bridge, Adyen],
            relations: [Relation("Stripe", "ACQUIRED", "Bridge", explicitly: true), Relation("Stripe", "COMPETES_WITH", "Adyen", explicitly: true)]);
        var predicted = Predicted([Mention("stripe", 0, 6), Mention("bridge", 16, 22), Mention("adyen-pay", 49, 54)], []);

        var misses = DevSetScorer.Score([gold], [predicted]).RelationMisses;

        misses.Should().ContainSingle(e => e.Predicate == "ACQUIRED").Which.Detail.Should().Be("explicit", "both arguments are mentioned, so a rule could have found it");
        misses.Should().ContainSingle(e => e.Predicate == "COMPETES_WITH").Which.Detail.Should().Be("explicit; no mention of Adyen in its claim", "a mention of another entity does not count");
    }

    [Fact]
    public void A_symmetric_predicate_matches_in_either_direction_an_asymmetric_one_does_not()
    {
        var gold = Note([Stripe, Bridge, Adyen],
            relations: [Relation("Stripe", "COMPETES_WITH", "Adyen", explicitly: true), Relation("Stripe", "ACQUIRED", "Bridge", explicitly: true)]);
        var predicted = Predicted([], [Extracted("adyen", "COMPETES_WITH", "stripe"), Extracted("bridge", "ACQUIRED", "stripe")]);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.ByPredicate.Single(p => p.Predicate == "COMPETES_WITH").Score.Should().Be(new PrecisionRecall(1, 0, 0));
        score.ByPredicate.Single(p => p.Predicate == "ACQUIRED").Score.Should().Be(new PrecisionRecall(0, 1, 1));
    }

    [Fact]
    public void A_curated_only_predicate_counts_as_the_extraction_predicate_it_corresponds_to()
    {
        var openAi = Entity("OpenAI", EntityType.Organization, ["openai"], Span(0, 6));
        var o3 = Entity("o3", EntityType.Model, ["o3"], Span(16, 18));
        var gold = Note([openAi, o3], relations: [Relation("OpenAI", "DEVELOPS", "o3", explicitly: true)]);
        var predicted = Predicted([], [Extracted("openai", "RELEASED", "o3")]);

        DevSetScorer.Score([gold], [predicted]).Relations.Should().Be(new PrecisionRecall(1, 0, 0));

        var seeds = SeedsScorer.Score(
            [new CuratedFact("000.txt", "openai", "RELEASED", "o3", "OpenAI released o3"), new CuratedFact("000.txt", "transluce", "TESTED", "o3", "tested o3")],
            [new PredictedNote("000.txt", [], [Extracted("openai", "DEVELOPS", "o3")])]);
        seeds.Relations.Should().Be(new PrecisionRecall(1, 0, 0));
        seeds.ByPredicate.Single(p => p.Predicate == "DEVELOPS").Score.Recall.Should().Be(1);
        seeds.Unscorable.Should().ContainSingle().Which.Predicate.Should().Be("TESTED");
    }

    [Fact]
    public void A_labelled_negative_that_is_extracted_is_listed_with_its_reason()
    {
        var gold = Note([Stripe, Bridge], relations: [],
            negatives: [new GoldNegative("Bridge", "ACQUIRED", "Stripe", "Stripe acquired Bridge", "reversed direction")]);
        var predicted = Predicted([], [Extracted("bridge", "ACQUIRED", "stripe", "acquisition-verb")]);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.NegativesExtracted.Should().ContainSingle().Which.Detail.Should().Be("reversed direction");
        score.Relations.FalsePositives.Should().Be(1);
    }

    [Fact]
    public void Works_at_is_implied_by_a_labelled_leads_and_is_neither_right_nor_wrong()
    {
        var person = Entity("Satya Nadella", EntityType.Person, ["satyanadella"], Span(0, 13));
        var company = Entity("Microsoft", EntityType.Organization, ["microsoft"], Span(21, 30));
        var gold = Note([person, company], relations: [Relation("Satya Nadella", "LEADS", "Microsoft", explicitly: true)]);
        var predicted = Predicted([], [Extracted("satya-nadella", "LEADS", "microsoft"), Extracted("satya-nadella", "WORKS_AT", "microsoft")]);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.Relations.Should().Be(new PrecisionRecall(1, 0, 0));
        score.ImpliedRelationsIgnored.Should().Be(1);
    }

    [Fact]
    public void A_mention_counts_when_its_span_overlaps_a_labelled_occurrence_of_the_same_entity()
    {
        var gold = Note([Stripe, Bridge, Adyen]);
        var predicted = Predicted(
        [
            Mention("stripe", 0, 6),            // exact
            Mention("bridge", 15, 23),          // overlapping, wider: still the labelled occurrence
            Mention("adyen", 30, 34),           // overlaps Stripe's second occurrence: wrong entity there
            Mention("stripe", 2, 5),            // a second mention on an occurrence already found
        ], []);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.Mentions.Should().Be(new PrecisionRecall(TruePositives: 2, FalsePositives: 2, FalseNegatives: 2));
        score.MentionFalsePositives.Select(e => e.Detail).Should().BeEquivalentTo(
            "labelled here as Stripe", "a second mention of Stripe on one labelled occurrence");
        score.MentionMisses.Select(e => (e.Entity, e.Detail)).Should().BeEquivalentTo(
            [("Stripe", "found as adyen (\"ripe\")"), ("Adyen", "not found")]);
    }

    [Fact]
    public void Mention_errors_are_counted_by_kind_and_by_the_source_of_the_predicted_entity()
    {
        var gold = Note([Stripe, Bridge, Adyen]);
        var predicted = Predicted(
        [
            Mention("stripe", 0, 6, source: EntitySource.Catalog),
            Mention("adyen", 30, 34),                                   // on Stripe's second occurrence
            Mention("bridge", 15, 23, source: EntitySource.Catalog),
            Mention("bridge", 16, 20, source: EntitySource.Catalog),    // a second one on the same occurrence
            Mention("klarna", 7, 15),                                   // nothing labelled there
            Mention("klarna", 35, 43),
        ], []);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.MentionErrorClasses.Should().Equal(
            new MentionErrorClass(MentionErrorKind.NotLabelled, EntitySource.Discovered, Mentions: 2, Names: 1),
            new MentionErrorClass(MentionErrorKind.LabelledAsAnother, EntitySource.Discovered, Mentions: 1, Names: 1),
            new MentionErrorClass(MentionErrorKind.SecondMention, EntitySource.Catalog, Mentions: 1, Names: 1),
            new MentionErrorClass(MentionErrorKind.NotFound, null, Mentions: 1, Names: 1),
            new MentionErrorClass(MentionErrorKind.FoundAsAnother, EntitySource.Discovered, Mentions: 1, Names: 1));
    }

    [Fact]
    public void Relation_misses_are_counted_by_whether_both_entities_were_mentioned_in_the_claim()
    {
        var gold = Note([Stripe, Bridge, Adyen],
        [
            Relation("Stripe", "ACQUIRED", "Bridge", explicitly: true),
            Relation("Stripe", "COMPETES_WITH", "Adyen", explicitly: true),
            Relation("Bridge", "PARTNERED_WITH", "Adyen", explicitly: false),
        ]);
        var predicted = Predicted([Mention("stripe", 0, 6), Mention("bridge", 16, 22)], []);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.RelationMissClasses.Should().Equal(
            new RelationMissClass(Explicit: true, BothMentioned: true, Misses: 1),
            new RelationMissClass(Explicit: true, BothMentioned: false, Misses: 1),
            new RelationMissClass(Explicit: false, BothMentioned: false, Misses: 1));
    }

    [Fact]
    public void A_name_inside_a_longer_labelled_name_and_a_catalog_concept_are_not_scored()
    {
        var google = NestedEntity("Google", EntityType.Organization, ["google"], Span(0, 6));
        var kit = Entity("Google ADK", EntityType.Product, ["googleadk"], Span(0, 10));
        var gold = Note([google, kit]);
        var predicted = Predicted(
        [
            Mention("google", 0, 6),
            Mention("google-adk", 0, 10),
            Mention("ai-agents", 20, 29, EntityType.Concept),
            Mention("vertex", 40, 46),
        ], []);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.Mentions.Should().Be(new PrecisionRecall(TruePositives: 1, FalsePositives: 1, FalseNegatives: 0));
        score.NestedMentionsIgnored.Should().Be(1);
        score.ConceptMentionsIgnored.Should().Be(1);
        score.MentionFalsePositives.Should().ContainSingle().Which.Detail.Should().Be("not a labelled entity");
    }

    [Fact]
    public void Entities_per_note_match_by_identity_key_and_a_duplicate_entity_for_one_name_is_wrong()
    {
        var openAi = Entity("OpenAI", EntityType.Organization, ["openai"], Span(0, 6), Span(10, 17));
        var whisper = Entity("Whisper", EntityType.Model, ["whisper"], Span(30, 37));
        var gold = Note([openAi, whisper]);
        var predicted = Predicted([Mention("openai", 0, 6), Mention("open-ai", 10, 17, EntityType.Organization)], []);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.Entities.Should().Be(new PrecisionRecall(TruePositives: 1, FalsePositives: 1, FalseNegatives: 1));
        score.EntitiesByNote.Should().ContainSingle().Which.Should().Be(new NoteEntityScore("note.md", Labelled: 2, Predicted: 2, Matched: 1));
        score.EntityTypeAgreement.Should().Be(new Ratio(1, 1));
    }

    [Fact]
    public void A_found_entity_given_another_type_is_listed_and_counted_by_labelled_and_given_type()
    {
        var openAi = Entity("OpenAI", EntityType.Organization, ["openai"], Span(0, 6));
        var whisper = Entity("Whisper", EntityType.Model, ["whisper"], Span(30, 37));
        var codex = Entity("Codex", EntityType.Model, ["codex"], Span(40, 45));
        var gold = Note([openAi, whisper, codex]);
        var predicted = Predicted(
            [Mention("openai", 0, 6, EntityType.Organization), Mention("whisper", 30, 37, EntityType.Product), Mention("codex", 40, 45, EntityType.Product)], []);

        var score = DevSetScorer.Score([gold], [predicted]);

        score.EntityTypeAgreement.Should().Be(new Ratio(1, 3));
        score.TypeDisagreements.Should().BeEquivalentTo([
            new TypeDisagreement("note.md", "Whisper", EntityType.Model, EntityType.Product),
            new TypeDisagreement("note.md", "Codex", EntityType.Model, EntityType.Product)]);
        score.TypeConfusions.Should().Equal(new TypeConfusion(EntityType.Model, EntityType.Product, 2));
    }

    [Fact]
    public void A_note_the_pipeline_did_not_produce_counts_every_label_as_missed()
    {
        var gold = Note([Stripe, Bridge], relations: [Relation("Stripe", "ACQUIRED", "Bridge", explicitly: true)]);

        var score = DevSetScorer.Score([gold], []);

        score.Mentions.Should().Be(new PrecisionRecall(0, 0, 3));
        score.Relations.Should().Be(new PrecisionRecall(0, 0, 1));
        score.Relations.Precision.Should().BeNull();
    }

    [Theory]
    [InlineData("GPT-4o", "gpt-4o")]
    [InlineData("Open AI", "openai")]
    [InlineData("C++", "c++")]
    [InlineData("C", "c")]
    public void Entity_keys_ignore_case_spacing_and_punctuation_but_keep_plus_and_hash(string text, string key) =>
        EntityKey.Of(text).Should().Be(key.Replace("-", "", StringComparison.Ordinal));

    private static TextSpan Span(int start, int end) => new(start, end);

    private static GoldEntity Entity(string name, EntityType type, string[] keys, params TextSpan[] spans) =>
        new(name, type, keys.ToHashSet(), spans.Select(s => new GoldOccurrence(s, name, Claim)).ToList(), []);

    private static GoldEntity NestedEntity(string name, EntityType type, string[] keys, params TextSpan[] nested) =>
        new(name, type, keys.ToHashSet(), [], nested.Select(s => new GoldOccurrence(s, name, Claim)).ToList());

    private static GoldRelation Relation(string subject, string predicate, string @object, bool explicitly) =>
        new(subject, predicate, @object, explicitly, Claim);

    private static GoldNote Note(GoldEntity[] entities, GoldRelation[]? relations = null, GoldNegative[]? negatives = null) =>
        new("note.md", entities, relations ?? [], negatives ?? []);

    private static PredictedMention Mention(
        string id, int start, int end, EntityType type = EntityType.Organization, EntitySource source = EntitySource.Discovered) =>
        new(id, type, source, new TextSpan(start, end), Claim[start..Math.Min(end, Claim.Length)], Claim);

    private static PredictedRelation Extracted(string subject, string predicate, string @object, string rule = "rule") =>
        new(subject, predicate, @object, Claim, rule, 0.9, null);

    private static PredictedNote Predicted(PredictedMention[] mentions, PredictedRelation[] relations) =>
        new("note.md", mentions, relations);
}
