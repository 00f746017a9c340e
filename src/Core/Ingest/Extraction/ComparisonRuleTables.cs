using System.Collections.Frozen;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// The word tables of the comparison rules added for explicit recall: a ranking verb in its base form after a
/// plural or listed subject ("Claude and GPT generally outperform local models such as Qwen and Llama"), a comparative of
/// performance ("lower performance than o3"), and an advantage over a rival ("Voiceflow offers advantages over n8n").
/// </summary>
public static partial class ExtractionRules
{
    public const string OutperformsBaseForm = "outperforms-base-form";
    public const string OutperformsAdvantage = "outperforms-advantage";
    public const string OutperformsParticiple = "outperforms-participle";
    public const string CompetesParticiple = "competes-participle";

    /// <summary>
    /// Participles that rank the claim's opening subject above what follows, after a comma: "DeepSeek R1 demonstrates
    /// impressive performance, often outperforming established models like o1".
    /// </summary>
    public static FrozenSet<string> RankingParticiples { get; } = Set(
        "outperforming", "surpassing", "beating", "outpacing", "outclassing", "outshining", "outscoring", "besting");

    /// <summary>Participles of rivalry after a comma, with the word that must follow them: "LevelPath, competing with Coupa".</summary>
    public static FrozenSet<string> RivalryParticiples { get; } = Set(
        "competing with", "competing against", "competing directly with", "rivaling", "rivalling");

    /// <summary>Adverbs allowed between the comma and such a participle besides any "-ly" word: ", even outperforming".</summary>
    public static FrozenSet<string> ParticipleLeadAdverbs { get; } = Set("even", "often", "also", "thus", "thereby", "far", "still");

    /// <summary>
    /// Words right before a base-form ranking verb that leave the ranking unstated: an aim or a purpose ("designed to
    /// outperform", "aims to surpass") or a prediction ("will outperform").
    /// </summary>
    public static FrozenSet<string> BaseFormUnstatedBefore { get; } = Set("to", "will", "shall", "'ll");

    /// <summary>
    /// Comparatives of a measured result whose adjective alone is no ranking word ("lower", "higher") or only reaches
    /// "than" over its noun: "lower performance than o3", "better results compared to Claude". Read as two words.
    /// </summary>
    public static FrozenSet<string> PerformanceComparatives { get; } = Set(
        "better performance", "superior performance", "stronger performance", "higher performance", "better results",
        "superior results", "stronger results", "better scores", "higher scores", "better accuracy", "higher accuracy",
        "better benchmarks", "higher benchmarks");

    /// <summary>The same, ranking the subject below what follows "than" or "compared to": "lower performance than o3".</summary>
    public static FrozenSet<string> ReversedPerformanceComparatives { get; } = Set(
        "lower performance", "worse performance", "weaker performance", "poorer performance", "inferior performance",
        "worse results", "weaker results", "poorer results", "inferior results", "lower scores", "worse scores", "lower accuracy",
        "worse accuracy", "poorer accuracy", "lower benchmarks");
}
