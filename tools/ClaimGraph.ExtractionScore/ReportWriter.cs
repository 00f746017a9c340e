using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ClaimGraph.ExtractionScore.Scoring;
using ClaimGraph.Model;

namespace ClaimGraph.ExtractionScore;

/// <summary>The report as Markdown-style text for people (tables first, then the lists) or as one JSON object.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The report as JSON. With <paramref name="totalsOnly"/> every list of a labelled set (misses, false positives,
    /// per-note scores) becomes its count, named after it with "Count" appended.
    /// </summary>
    public static string ToJson(ScoreReport report, bool totalsOnly = false)
    {
        var json = new JsonObject
        {
            ["devSet"] = JsonSerializer.SerializeToNode(report.DevSet, JsonOptions),
            ["seeds"] = JsonSerializer.SerializeToNode(report.Seeds, JsonOptions),
        };
        foreach (var set in HeldOutSet.All)
        {
            json[set.JsonName] = JsonSerializer.SerializeToNode(report.ScoreOf(set), JsonOptions);
        }

        if (totalsOnly)
        {
            foreach (var (_, set) in json)
            {
                if (set is JsonObject labelledSet && labelledSet.ContainsKey("entitiesByNote"))
                {
                    ReplaceListsByCounts(labelledSet);
                }
            }
        }

        return json.ToJsonString(JsonOptions) + "\n";
    }

    /// <summary>The report as text: tables, then (unless <paramref name="totalsOnly"/>) the lists and per-note scores.</summary>
    public static string ToText(ScoreReport report, bool totalsOnly = false)
    {
        var text = new StringBuilder();
        var labelledSets = HeldOutSet.All.Select(set => (Score: report.ScoreOf(set), set.Title)).Prepend((report.DevSet, "Dev set"));
        foreach (var (score, title) in labelledSets)
        {
            if (score is not null)
            {
                WriteDevSet(text, score, title, totalsOnly);
            }
        }

        if (report.Seeds is { } seeds)
        {
            WriteSeeds(text, seeds);
        }

        return text.ToString();
    }

    /// <summary>Lists of counts, not of items: kept as they are with --totals.</summary>
    private static readonly HashSet<string> CountedLists = ["byPredicate", "byRule", "mentionErrorClasses", "relationMissClasses", "typeConfusions"];

    private static void ReplaceListsByCounts(JsonObject labelledSet)
    {
        var lists = labelledSet.Where(p => !CountedLists.Contains(p.Key) && p.Value is JsonArray).Select(p => p.Key).ToList();
        foreach (var name in lists)
        {
            var count = labelledSet[name]!.AsArray().Count;
            labelledSet.Remove(name);
            labelledSet[name + "Count"] = count;
        }
    }

    private static void WriteDevSet(StringBuilder text, DevSetScore score, string title, bool totalsOnly)
    {
        Line(text, $"## {title}: {score.Notes} labelled notes");
        Line(text);
        Line(text, "| measure | precision | recall |");
        Line(text, "| --- | --- | --- |");
        Line(text, $"| entity mentions | {Precision(score.Mentions)} | {Recall(score.Mentions)} |");
        Line(text, $"| entities per note (pooled) | {Precision(score.Entities)} | {Recall(score.Entities)} |");
        Line(text, $"| typed relations | {Precision(score.Relations)} | {Recall(score.Relations)} |");
        Line(text, $"| typed relations, explicit | | {Percent(score.ExplicitRecall)} |");
        Line(text, $"| typed relations, implicit | | {Percent(score.ImplicitRecall)} |");
        Line(text);
        Line(text, $"Entity type agrees with the label: {Percent(score.EntityTypeAgreement)}. Mentions not scored: " +
            $"{score.NestedMentionsIgnored} of a name inside a longer labelled name, {score.ConceptMentionsIgnored} of catalog concepts. " +
            $"Extracted relations whose evidence is the labelled quote's claim: {Percent(score.EvidenceAtLabelledQuote)}. " +
            $"WORKS_AT implied by a labelled LEADS, not scored: {score.ImpliedRelationsIgnored}.");
        Line(text);
        WritePredicates(text, score.ByPredicate, withImplicit: true);
        Line(text, "| rule | correct | wrong | precision |");
        Line(text, "| --- | --- | --- | --- |");
        foreach (var rule in score.ByRule)
        {
            Line(text, $"| {rule.Rule} | {rule.Correct} | {rule.Wrong} | {Percent(rule.Precision)} |");
        }

        Line(text);
        WriteErrorClasses(text, score);
        if (totalsOnly)
        {
            Line(text, $"Negatives wrongly extracted: {score.NegativesExtracted.Count}. Relation misses: {score.RelationMisses.Count}. " +
                $"Relation false positives: {score.RelationFalsePositives.Count}. Relations with a predicate outside the vocabulary: " +
                $"{score.Unscorable.Count}. Mention misses: {score.MentionMisses.Count}. Mention false positives: {score.MentionFalsePositives.Count}.");
            Line(text);
            return;
        }

        WriteRelationErrors(text, "Negatives wrongly extracted", score.NegativesExtracted);
        WriteRelationErrors(text, "Relation misses", score.RelationMisses);
        WriteRelationErrors(text, "Relation false positives", score.RelationFalsePositives);
        WriteRelationErrors(text, "Relations with a predicate outside the vocabulary", score.Unscorable);
        WriteMentionErrors(text, "Mention misses", score.MentionMisses);
        WriteMentionErrors(text, "Mention false positives", score.MentionFalsePositives);
        Line(text, $"### Types that disagree with the label ({score.TypeDisagreements.Count})");
        Line(text);
        foreach (var disagreement in score.TypeDisagreements)
        {
            Line(text, $"- {disagreement.Note}: {disagreement.Entity} labelled {disagreement.Labelled}, given {disagreement.Predicted}");
        }

        Line(text);
        Line(text, "### Entities per note");
        Line(text);
        Line(text, "| note | labelled | predicted | matched | precision | recall |");
        Line(text, "| --- | --- | --- | --- | --- | --- |");
        foreach (var note in score.EntitiesByNote)
        {
            Line(text, $"| {note.Note} | {note.Labelled} | {note.Predicted} | {note.Matched} | {Percent(note.Precision)} | {Percent(note.Recall)} |");
        }

        Line(text);
    }

    private static void WriteSeeds(StringBuilder text, SeedsScore score)
    {
        Line(text, $"## Seeds: {score.CuratedRelations} curated relations over {score.Notes} notes, extraction only");
        Line(text);
        Line(text, $"Recall of the curated relations: {Recall(score.Relations)}. Extracted relations the curated set lacks: " +
            $"{score.Relations.FalsePositives} (the curated set is not exhaustive, so precision here is only a bound: {Precision(score.Relations)}). " +
            $"Curated relations with no extraction counterpart, not scored: {score.Unscorable.Count}.");
        Line(text);
        WritePredicates(text, score.ByPredicate, withImplicit: false);
        WriteRelationErrors(text, "Curated relations not extracted", score.Misses);
        WriteRelationErrors(text, "Extracted relations not in the curated set", score.NotCurated);
        WriteRelationErrors(text, "Curated relations not scored", score.Unscorable);
    }

    private static void WritePredicates(StringBuilder text, IReadOnlyList<PredicateScore> predicates, bool withImplicit)
    {
        Line(text, withImplicit
            ? "| predicate | found | wrong | missed | precision | recall | explicit recall | implicit recall |"
            : "| predicate | found | wrong | missed | precision | recall |");
        Line(text, withImplicit ? "| --- | --- | --- | --- | --- | --- | --- | --- |" : "| --- | --- | --- | --- | --- | --- |");
        foreach (var predicate in predicates)
        {
            var s = predicate.Score;
            var row = $"| {predicate.Predicate} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {Precision(s)} | {Recall(s)} |";
            Line(text, withImplicit ? $"{row} {Percent(predicate.ExplicitRecall)} | {Percent(predicate.ImplicitRecall)} |" : row);
        }

        Line(text);
    }

    private static void WriteRelationErrors(StringBuilder text, string title, IReadOnlyList<RelationError> errors)
    {
        Line(text, $"### {title} ({errors.Count})");
        Line(text);
        foreach (var e in errors)
        {
            var rule = e.Rule is null ? "" : $" [rule {e.Rule}{(e.Confidence is { } c ? $", {c.ToString("0.00", CultureInfo.InvariantCulture)}" : "")}{(e.Trigger is null ? "" : $", trigger \"{e.Trigger}\"")}]";
            Line(text, $"- {e.Note}: {e.Subject} {e.Predicate} {e.Object} ({e.Detail}){rule}: \"{e.ClaimText}\"");
        }

        Line(text);
    }

    /// <summary>Where mentions and relations are lost, as counts only: safe to print for a set scored with totals alone.</summary>
    private static void WriteErrorClasses(StringBuilder text, DevSetScore score)
    {
        Line(text, "| mention error | entity | mentions | names (per note) |");
        Line(text, "| --- | --- | --- | --- |");
        foreach (var error in score.MentionErrorClasses)
        {
            var kind = error.Kind switch
            {
                MentionErrorKind.NotLabelled => "false positive: not a labelled name",
                MentionErrorKind.LabelledAsAnother => "false positive: overlaps another labelled name",
                MentionErrorKind.UnlabelledOccurrence => "false positive: entity labelled elsewhere in the note",
                MentionErrorKind.SecondMention => "false positive: second mention on one occurrence",
                MentionErrorKind.NotFound => "miss: not found",
                _ => "miss: found as another entity",
            };
            var source = error.Source switch
            {
                EntitySource.Catalog => "catalog",
                EntitySource.Discovered => "discovered",
                _ => "none",
            };
            Line(text, $"| {kind} | {source} | {error.Mentions} | {error.Names} |");
        }

        Line(text);
        Line(text, "| relation miss | both entities mentioned in the claim | misses |");
        Line(text, "| --- | --- | --- |");
        foreach (var miss in score.RelationMissClasses)
        {
            Line(text, $"| {(miss.Explicit ? "explicit" : "implicit")} | {(miss.BothMentioned ? "yes" : "no")} | {miss.Misses} |");
        }

        Line(text);
        Line(text, "| labelled type | given type | entities |");
        Line(text, "| --- | --- | --- |");
        foreach (var confusion in score.TypeConfusions)
        {
            Line(text, $"| {confusion.Labelled} | {confusion.Predicted} | {confusion.Entities} |");
        }

        Line(text);
    }

    private static void WriteMentionErrors(StringBuilder text, string title, IReadOnlyList<MentionError> errors)
    {
        Line(text, $"### {title} ({errors.Count})");
        Line(text);
        foreach (var e in errors)
        {
            Line(text, $"- {e.Note}: \"{e.Text}\" {e.Entity} ({e.Detail}): \"{e.ClaimText}\"");
        }

        Line(text);
    }

    private static string Precision(PrecisionRecall score) =>
        $"{Percent(score.Precision)} ({score.TruePositives}/{score.TruePositives + score.FalsePositives})";

    private static string Recall(PrecisionRecall score) =>
        $"{Percent(score.Recall)} ({score.TruePositives}/{score.TruePositives + score.FalseNegatives})";

    private static string Percent(Ratio ratio) => $"{Percent(ratio.Value)} ({ratio.Hits}/{ratio.Total})";

    private static string Percent(double? value) =>
        value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
