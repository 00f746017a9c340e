using System.Collections.Frozen;
using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>
/// Who makes what, as far as the catalog and one note say it outright: the curated relations that read as DEVELOPS, and
/// the note's own statements of <see cref="StatingRules"/> ("Meta Llama 3.1", "Codex, developed by OpenAI", "OpenAI
/// released o3"). A DEVELOPS reading that rests only on a shape (<see cref="ShapeRules"/>: "Groq's Llama 3.2", "Flux by
/// Nebius AI") is refused when the product, or the product its name starts with ("Llama" of "Llama 3.2"), has a known
/// maker other than the subject: a cloud, an inference provider or a platform that offers someone else's model is no maker.
/// </summary>
internal sealed class MakerFacts
{
    /// <summary>Rules that state who makes a product in words, so what they find is a fact for the rest of the note.</summary>
    public static FrozenSet<string> StatingRules { get; } = FrozenSet.Create(
        StringComparer.Ordinal, ExtractionRules.MakerNamePrefix, ExtractionRules.DevelopsActive, ExtractionRules.DevelopsPassive,
        ExtractionRules.DevelopsMakerOf, ExtractionRules.DevelopsCreatorOf, ExtractionRules.DevelopsMakerBeforeName,
        ExtractionRules.DevelopsPossessiveCreator);

    /// <summary>Rules that read a maker from a shape alone (a possessive, "by", a parenthesis, a compound), which known facts overrule.</summary>
    public static FrozenSet<string> ShapeRules { get; } = FrozenSet.Create(
        StringComparer.Ordinal, ExtractionRules.PossessiveProduct, ExtractionRules.DevelopsPossessiveModel,
        ExtractionRules.OrganizationProductCompound, ExtractionRules.DevelopsProductBy, ExtractionRules.DevelopsNounBy,
        ExtractionRules.ItsProduct, ExtractionRules.ParentheticalProduct,
        ExtractionRules.DevelopsMakerNounName);

    private readonly MakerFacts? _known;
    private readonly Dictionary<string, List<string>> _makersOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _productByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _modelMakers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _providers = new(StringComparer.Ordinal);

    /// <param name="known">Facts that hold beside these (the catalog's, under a note's).</param>
    public MakerFacts(MakerFacts? known = null) => _known = known;

    /// <summary>The catalog's curated DEVELOPS (and RELEASED, TRAINED …) relations, each product known by its name and aliases.</summary>
    public static MakerFacts FromCatalog(EntityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var facts = new MakerFacts();
        var names = catalog.Entities.ToDictionary(e => e.Entity.Id, StringComparer.Ordinal);
        foreach (var relation in catalog.Relations)
        {
            var key = relation.Key;
            if (ReadsAsDevelops(key.Predicate) && names.TryGetValue(key.ObjectId, out var product))
            {
                facts.Add(key.SubjectId, key.ObjectId, product.Entity.Name, product.Entity.Type == EntityType.Model);
                foreach (var alias in product.Aliases.Where(a => !a.HasContext))
                {
                    facts.AddName(key.ObjectId, alias.Text);
                }
            }
        }

        return facts;
    }

    public void Add(string makerId, string productId, string productName, bool isModel)
    {
        if (isModel)
        {
            _modelMakers.Add(makerId);
        }

        if (!_makersOf.TryGetValue(productId, out var makers))
        {
            _makersOf[productId] = makers = [];
        }

        if (!makers.Contains(makerId))
        {
            makers.Add(makerId);
        }

        AddName(productId, productName);
    }

    /// <summary>
    /// True when the product (or the product its leading words name) has known makers and the subject is none of them,
    /// nor a longer or shorter name of one ("Google DeepMind" for Google).
    /// </summary>
    public bool NamesAnotherMaker(string makerId, string productId, string productName, Func<string, string?> nameOf)
    {
        var makers = MakersOf(productId, productName);
        if (makers.Count == 0)
        {
            return false;
        }

        return !AnyIsOrNames(makers, makerId, nameOf);
    }

    /// <summary>
    /// Records the organisations and products a claim presents as providers: a name a few words before a word of provision
    /// ("Nebius AI Studio provides the inference", "X, a model inference provider") or right after one ("via OpenRouter",
    /// "hosted on Groq", "Inference Provider: Nebius AI Studio").
    /// </summary>
    public void AddProvidersIn(IReadOnlyList<ClaimToken> tokens, IReadOnlyList<EntityMention> mentions)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].IsWord)
            {
                continue;
            }

            // "provides the inference for", "an inference provider.": the head of its phrase, not a modifier ("its inference stack").
            if (ExtractionRules.ProvisionWordsAfterProvider.Contains(tokens[t].Text)
                && (t + 1 == tokens.Count || !tokens[t + 1].IsWord || ExtractionRules.PhraseEndingWords.Contains(tokens[t + 1].Text)))
            {
                AddProvidersBetween(mentions, ClauseStartBefore(tokens, t, ProviderReach), tokens[t].Start);
            }

            if (ExtractionRules.ProvisionWordsBeforeProvider.Contains(tokens[t].Text))
            {
                AddProvidersBetween(mentions, tokens[t].End, ClauseEndAfter(tokens, t, ProviderReach));
            }
        }
    }

    private void AddProvidersBetween(IReadOnlyList<EntityMention> mentions, int from, int to)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.End <= to && mention.Type is EntityType.Organization or EntityType.Product or EntityType.Other)
            {
                _providers.Add(mention.EntityId);
            }
        }
    }

    /// <summary>
    /// True when the subject is (or shares a leading name with) a provider of the note and no fact makes it the maker of
    /// any model: "Nebius AI's Flux model" where the note offers Nebius AI Studio's inference.
    /// </summary>
    public bool IsOnlyProvider(string makerId, Func<string, string?> nameOf)
    {
        return !MakesAModel(makerId) && AnyIsOrNames(_providers, makerId, nameOf);
    }

    /// <summary>Whether one of <paramref name="ids"/> is the maker, or a longer or shorter name of it ("Google DeepMind" for Google).</summary>
    private static bool AnyIsOrNames(IEnumerable<string> ids, string makerId, Func<string, string?> nameOf)
    {
        var makerName = nameOf(makerId);
        foreach (var id in ids)
        {
            if (id == makerId || (makerName is not null && nameOf(id) is { } name && OneStartsTheOther(makerName, name)))
            {
                return true;
            }
        }

        return false;
    }

    private bool MakesAModel(string makerId) => _modelMakers.Contains(makerId) || (_known?.MakesAModel(makerId) ?? false);

    /// <summary>How many tokens a word of provision reaches for its provider's name.</summary>
    private const int ProviderReach = 5;

    private static int ClauseStartBefore(IReadOnlyList<ClaimToken> tokens, int t, int reach)
    {
        var from = t;
        while (from > 0 && t - from < reach && tokens[from - 1].Text is not ("." or ";" or ":" or "(" or ")"))
        {
            from--;
        }

        return from < t ? tokens[from].Start : tokens[t].Start;
    }

    private static int ClauseEndAfter(IReadOnlyList<ClaimToken> tokens, int t, int reach)
    {
        var to = t;
        while (to + 1 < tokens.Count && to - t < reach && tokens[to + 1].Text is not ("." or ";" or "," or "(" or ")"))
        {
            to++;
        }

        return tokens[to].End;
    }

    private List<string> MakersOf(string productId, string productName)
    {
        var makers = new List<string>();
        Collect(productId, makers);
        if (makers.Count > 0)
        {
            return makers;
        }

        // "Llama 3.2 Vision" after Meta's Llama: the longest leading run of words that names a known product.
        for (var end = productName.LastIndexOf(' '); end > 0 && makers.Count == 0; end = productName.LastIndexOf(' ', end - 1))
        {
            if (ProductByKey(EntityDiscoverer.KeyOf(productName[..end])) is { } family && family != productId)
            {
                Collect(family, makers);
            }
        }

        return makers;
    }

    private void Collect(string productId, List<string> makers)
    {
        _known?.Collect(productId, makers);
        if (_makersOf.TryGetValue(productId, out var own))
        {
            makers.AddRange(own);
        }
    }

    private string? ProductByKey(string key) =>
        _productByKey.TryGetValue(key, out var product) ? product : _known?.ProductByKey(key);

    private void AddName(string productId, string name)
    {
        var key = EntityDiscoverer.KeyOf(name);
        if (key.Length > 0)
        {
            _productByKey.TryAdd(key, productId);
        }
    }

    private static bool OneStartsTheOther(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase)
            && (longer.Length == shorter.Length || longer[shorter.Length] == ' ');
    }

    private static bool ReadsAsDevelops(string predicate) =>
        (RelationVocabulary.Find(predicate) is { } definition ? definition.ExtractedAs ?? definition.Name : predicate) == RelationVocabulary.Develops;
}
