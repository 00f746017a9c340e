using ClaimGraph.Model;

namespace ClaimGraph.Core.Tests.Storage;

/// <summary>
/// The small hand-built claim graph every store contract case starts from (no parser involved).
/// <code>
///   o3 ─ openai ─ microsoft ─ anthropic      bittensor ─ nous-research ─ hermes-3
///          │                     │               │            │
///       deepseek ────────────────┘             kaito       deepseek (co-mention)
/// </code>
/// plus <c>lonely</c>, an entity with no relations. Microsoft → DeepSeek has two shortest paths (via OpenAI, via Anthropic).
/// </summary>
public static class ContractGraph
{
    public const string CatalogVersion = "catalog-1";

    public static IReadOnlyList<Entity> Entities { get; } =
    [
        new("openai", "OpenAI", EntityType.Organization, ["OpenAI", "Open AI"], "Maker of ChatGPT."),
        new("o3", "o3", EntityType.Model, ["o3", "O3"], "OpenAI reasoning model."),
        new("microsoft", "Microsoft", EntityType.Organization, ["Microsoft"], "Software company."),
        new("deepseek", "DeepSeek", EntityType.Organization, ["DeepSeek"], "Chinese AI lab."),
        new("anthropic", "Anthropic", EntityType.Organization, ["Anthropic"], "Maker of Claude."),
        new("bittensor", "BitTensor", EntityType.Token, ["BitTensor", "TAO"], "Decentralized AI network."),
        new("nous-research", "Nous Research", EntityType.Organization, ["Nous Research", "News Research"], "Open model lab."),
        new("hermes-3", "Hermes 3", EntityType.Model, ["Hermes 3", "Heres 3"], "Nous Research model."),
        new("kaito", "Kaito", EntityType.Product, ["Kaito", "Kido"], "Crypto research tool."),
        new("lonely", "Lonely Entity", EntityType.Concept, [], "Never related to anything."),
    ];

    public static NoteBatch NoteA(string contentHash = "hash-a") => new NoteBuilder(
            "note-a", "OpenAI releases o3", channel: "AI Daily", author: null, videoId: "abc123", sourceUrl: null,
            NoteFormat.TubeGraphMarkdown, contentHash)
        .Claim("OpenAI released o3 in April.", ["Models", "Releases"], new Timestamp("01:05:00", 65, Repaired: true))
        .Mention("openai", "OpenAI").Mention("o3", "o3")
        .Curated("openai", "RELEASED", "o3", "OpenAI released o3")
        .CoMention("o3", "openai")
        .Claim("OpenAI partners with Microsoft on compute.", ["Partners"], new Timestamp("02:54:82", null))
        .Mention("openai", "OpenAI").Mention("microsoft", "Microsoft")
        .Curated("openai", "PARTNERS_WITH", "microsoft", "OpenAI partners with Microsoft")
        .CoMention("microsoft", "openai")
        .Claim("DeepSeek competes with OpenAI on reasoning.", [], null)
        .Mention("deepseek", "DeepSeek").Mention("openai", "OpenAI")
        .CoMention("deepseek", "openai")
        .Link("OpenAI", "OpenAI").Link("Models", "model list")
        .Build();

    public static NoteBatch NoteB(string contentHash = "hash-b", bool withKaito = true)
    {
        var builder = new NoteBuilder(
                "note-b", "Decentralized AI", channel: "Bankless", author: "Host", videoId: null, sourceUrl: "https://example.com/b",
                NoteFormat.PlainText, contentHash)
            .Claim("BitTensor funds Nous Research.", ["Funding"], null)
            .Mention("bittensor", "BitTensor").Mention("nous-research", "Nous Research")
            .Curated("bittensor", "FUNDS", "nous-research", "BitTensor funds Nous Research")
            .CoMention("bittensor", "nous-research")
            .Claim("Nous Research released Hermes 3.", ["Funding"], null)
            .Mention("nous-research", "Nous Research").Mention("hermes-3", "Hermes 3")
            .Curated("nous-research", "RELEASED", "hermes-3", "Nous Research released Hermes 3")
            .CoMention("hermes-3", "nous-research");
        if (withKaito)
        {
            builder
                .Claim("BitTensor also funds Kaito.", ["Funding"], null)
                .Mention("bittensor", "BitTensor").Mention("kaito", "Kaito")
                .Curated("bittensor", "FUNDS", "kaito", "BitTensor also funds Kaito")
                .CoMention("bittensor", "kaito");
        }

        return builder
            .Claim("DeepSeek and Nous Research both publish open weights.", [], null)
            .Mention("deepseek", "DeepSeek").Mention("nous-research", "Nous Research")
            .CoMention("deepseek", "nous-research")
            .Link("BitTensor", "BitTensor")
            .Build();
    }

    public static NoteBatch NoteC(string contentHash = "hash-c") => new NoteBuilder(
            "note-c", "Another note about OpenAI", channel: "AI Daily", author: null, videoId: "xyz789", sourceUrl: null,
            NoteFormat.TubeGraphMarkdown, contentHash)
        .Claim("OpenAI released o3 to the public.", ["Recap"], new Timestamp("01:00", 60))
        .Mention("openai", "OpenAI").Mention("o3", "o3")
        .CoMention("o3", "openai")
        .Claim("Microsoft invests in OpenAI, and OpenAI thanks Microsoft.", ["Recap"], null)
        .Mention("microsoft", "Microsoft").Mention("openai", "OpenAI")
        .CoMention("microsoft", "openai")
        .Build();

    public static NoteBatch NoteD(string contentHash = "hash-d") => new NoteBuilder(
            "note-d", "Labs", channel: null, author: null, videoId: null, sourceUrl: null, NoteFormat.NewsletterDump, contentHash)
        .Claim("Anthropic works with Microsoft.", [], null)
        .Mention("anthropic", "Anthropic").Mention("microsoft", "Microsoft")
        .CoMention("anthropic", "microsoft")
        .Claim("Anthropic and DeepSeek ship reasoning models.", [], null)
        .Mention("anthropic", "Anthropic").Mention("deepseek", "DeepSeek")
        .CoMention("anthropic", "deepseek")
        .Claim("Reasoning models need reasoning data, more reasoning data.", [], null)
        .Build();

    public static IReadOnlyList<NoteBatch> AllNotes() => [NoteA(), NoteB(), NoteC(), NoteD()];

    public static string RelationId(string subject, string predicate, string @object, RelationOrigin origin) =>
        new RelationKey(subject, predicate, @object, origin).Id;

    public static string CoMentionId(string first, string second) =>
        string.CompareOrdinal(first, second) <= 0
            ? RelationId(first, RelationKey.CoMentioned, second, RelationOrigin.CoMention)
            : RelationId(second, RelationKey.CoMentioned, first, RelationOrigin.CoMention);
}

/// <summary>Builds a note batch claim by claim: the note text is the claims joined by newlines, so every span is exact.</summary>
public sealed class NoteBuilder(
    string id, string title, string? channel, string? author, string? videoId, string? sourceUrl, NoteFormat format, string contentHash)
{
    private readonly List<(string Text, IReadOnlyList<string> Section, Timestamp? Timestamp)> _claims = [];
    private readonly List<(int Claim, string EntityId, string Alias)> _mentions = [];
    private readonly List<(int Claim, RelationKey Key, string? Quote, (string Trigger, string Rule, double Confidence)? Extraction)> _evidence = [];
    private readonly List<Entity> _discovered = [];
    private readonly List<(string Target, string Label)> _links = [];

    public NoteBuilder Claim(string text, IReadOnlyList<string> section, Timestamp? timestamp)
    {
        _claims.Add((text, section, timestamp));
        return this;
    }

    public NoteBuilder Mention(string entityId, string alias)
    {
        _mentions.Add((_claims.Count - 1, entityId, alias));
        return this;
    }

    public NoteBuilder Curated(string subject, string predicate, string @object, string quote)
    {
        _evidence.Add((_claims.Count - 1, new RelationKey(subject, predicate, @object, RelationOrigin.Curated), quote, null));
        return this;
    }

    public NoteBuilder CoMention(string first, string second)
    {
        _evidence.Add((_claims.Count - 1, new RelationKey(first, RelationKey.CoMentioned, second, RelationOrigin.CoMention), null, null));
        return this;
    }

    /// <summary>Extracted evidence in the current claim; <paramref name="trigger"/> is found in the claim's text.</summary>
    public NoteBuilder Extracted(string subject, string predicate, string @object, string trigger, string rule, double confidence)
    {
        _evidence.Add((_claims.Count - 1, new RelationKey(subject, predicate, @object, RelationOrigin.Extracted), null, (trigger, rule, confidence)));
        return this;
    }

    /// <summary>Proposes a discovered entity with this note (see <see cref="NoteBatch.DiscoveredEntities"/>).</summary>
    public NoteBuilder Discover(string id, string name, EntityType type, params string[] aliases)
    {
        _discovered.Add(new Entity(id, name, type, aliases, "", EntitySource.Discovered));
        return this;
    }

    public NoteBuilder Link(string target, string label)
    {
        _links.Add((target, label));
        return this;
    }

    public NoteBatch Build()
    {
        string linkText = string.Concat(_links.Select(link => $"[[{link.Target} | {link.Label}]] "));
        string text = linkText + "\n" + string.Join("\n", _claims.Select(claim => claim.Text));
        var note = new Note(id, title, channel, author, videoId, sourceUrl, format, contentHash, ContractGraph.CatalogVersion, text,
            $"notes/{id}.md");

        var claims = new List<Claim>();
        int position = linkText.Length + 1;
        for (int i = 0; i < _claims.Count; i++)
        {
            var (claimText, section, timestamp) = _claims[i];
            var span = new TextSpan(position, position + claimText.Length);
            claims.Add(new Claim(ClaimGraph.Model.Claim.IdFor(id, span), id, i, claimText, section, span, timestamp,
                ClaimGraph.Model.Claim.DeepLinkFor(videoId, timestamp)));
            position = span.End + 1;
        }

        var mentions = _mentions.Select(mention =>
        {
            var claim = claims[mention.Claim];
            int at = claim.Text.IndexOf(mention.Alias, StringComparison.Ordinal);
            return new Mention(claim.Id, mention.EntityId, mention.Alias,
                new TextSpan(claim.Span.Start + at, claim.Span.Start + at + mention.Alias.Length));
        }).ToList();

        var evidence = _evidence.Select(item =>
        {
            var claim = claims[item.Claim];
            ExtractionTrace? trace = null;
            if (item.Extraction is var (trigger, rule, confidence))
            {
                int at = claim.Text.IndexOf(trigger, StringComparison.Ordinal);
                trace = new ExtractionTrace(new TextSpan(at, at + trigger.Length), rule, confidence);
            }

            return new RelationEvidence(item.Key, claim.Id, item.Quote, trace);
        }).ToList();

        var links = new List<NoteLink>();
        int linkAt = 0;
        foreach (var (target, label) in _links)
        {
            int length = $"[[{target} | {label}]]".Length;
            links.Add(new NoteLink(id, target, label, new TextSpan(linkAt, linkAt + length)));
            linkAt += length + 1;
        }

        return new NoteBatch(note, claims, mentions, evidence, links, [.. _discovered]);
    }
}
