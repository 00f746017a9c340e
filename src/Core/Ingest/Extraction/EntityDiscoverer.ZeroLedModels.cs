using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

public static partial class EntityDiscoverer
{
    /// <summary>
    /// "03 mini", "01 Mini", "01 Pro": a transcript hears OpenAI's o-series ("o3-mini") as a zero-led number, which no run of
    /// capitals finds. A two-digit number 01 to 09 standing alone before a tier word (<see cref="DiscoveryRules.ZeroLedModelTiers"/>)
    /// is that model, named and keyed as it is really spelled, so that it is the entity "O3 Mini" names. A release stage
    /// ("01 Preview") stays the catalog model; a number glued to others ("QW-Q03 Mini", "2024-01", "12:03") is no model, and
    /// after a capitalised word that no catalog name took ("Qwen 03 mini") the run of capitals reads the name whole.
    /// </summary>
    private static void AddZeroLedModels(string text, IReadOnlyList<ClaimToken> tokens, bool[] blocked, List<CandidateMention> candidates)
    {
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            var number = tokens[t];
            var tier = tokens[t + 1];
            if (blocked[t] || blocked[t + 1] || !number.IsNumber || number.Text.Length != 2 || number.Text[0] != '0' || number.Text[1] == '0'
                || !DiscoveryRules.ZeroLedModelTiers.Contains(tier.Text) || tier.Start != number.End + 1 || text[number.End] != ' '
                || (number.Start > 0 && !char.IsWhiteSpace(text[number.Start - 1]) && text[number.Start - 1] is not ('(' or '"' or '“'))
                || (t + 2 < tokens.Count && tokens[t + 2].IsNumber && tokens[t + 2].Start == tier.End + 1)
                || (t > 0 && !blocked[t - 1] && tokens[t - 1].IsCapitalized && !tokens[t - 1].Possessive && !IsSentenceInitial(tokens, t - 1)))
            {
                continue;
            }

            // Named as the model is spelled, so that the entity is o3-mini in every note, including one that never
            // writes "O3 Mini"; the mention still cites "03 mini" as written.
            var name = $"o{number.Text[1]} {tier.Text}";
            var key = $"o{number.Text[1]}-{tier.Text.ToLowerInvariant()}";
            candidates.Add(new CandidateMention(number.Start, tier.End, name, key, IsSentenceInitial(tokens, t), true, EntityType.Model));
            blocked[t] = blocked[t + 1] = true;
            t++;
        }
    }
}
