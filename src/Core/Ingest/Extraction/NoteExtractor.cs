using ClaimGraph.Ingest.Catalog;
using ClaimGraph.Ingest.Linking;
using ClaimGraph.Ingest.Parsing;
using ClaimGraph.Model;

namespace ClaimGraph.Ingest.Extraction;

/// <summary>What extraction found in one claim: every entity it names (catalog and discovered, in text order) and its typed relations.</summary>
public sealed record ClaimExtraction(IReadOnlyList<ExtractedMention> Mentions, IReadOnlyList<ExtractedRelation> Relations);

/// <summary>An entity named in a claim's text at [Start, End).</summary>
public sealed record ExtractedMention(int Start, int End, string EntityId, string MatchedText);

/// <summary>The extraction of a whole note: one <see cref="ClaimExtraction"/> per claim and the discovered entities they refer to.</summary>
public sealed record NoteExtraction(IReadOnlyList<ClaimExtraction> Claims, IReadOnlyList<Entity> DiscoveredEntities);

/// <summary>
/// The deterministic, offline extraction stage for one note: catalog aliases, then entity discovery, then typed relations.
/// <para>
/// How a candidate becomes an entity: from the note's own text only, so the answer never depends on which other notes were
/// ingested or in which order, and removing a note removes exactly its proposals. A candidate name qualifies in a note
/// when one of its occurrences there has a strong name shape (mixed case, a version, a "$", an organisation suffix,
/// several capitalised words inside a sentence), or a type cue ("CEO of X", "X said", "the X platform"), or it occurs
/// capitalised inside a sentence at least twice. Its variants in the note (case, spacing, possessive, a leading "the",
/// a trailing "Corporation") merge by <see cref="EntityDiscoverer.KeyOf"/>; the most frequent spelling is its name, the
/// others its aliases, the most frequent cue its type (<see cref="EntityType.Other"/> without one), and its id the slug of
/// the name. The catalog wins: a candidate whose key is a catalog alias, or whose id is a catalog id, is that catalog entity.
/// The store derives the final discovered entity from all notes' proposals.
/// </para>
/// </summary>
public sealed partial class NoteExtractor
{
    public const string DiscoveredDescription = "Discovered in the notes' text; not in the curated catalog.";

    private readonly Dictionary<string, EntityType> _catalogTypes;
    private readonly Dictionary<string, string> _catalogNames;
    private readonly Dictionary<string, string?> _catalogByKey;
    private readonly Dictionary<string, string?> _catalogBySensitiveText;
    private readonly Dictionary<string, string?> _catalogByAiStem;
    private readonly List<(string[] Words, string Id)> _catalogMultiWordNames = [];
    private readonly MakerFacts _catalogMakers;

    public NoteExtractor(EntityCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalogTypes = catalog.Entities.ToDictionary(e => e.Entity.Id, e => e.Entity.Type, StringComparer.Ordinal);
        _catalogNames = catalog.Entities.ToDictionary(e => e.Entity.Id, e => e.Entity.Name, StringComparer.Ordinal);
        _catalogByKey = new Dictionary<string, string?>(StringComparer.Ordinal);
        _catalogBySensitiveText = new Dictionary<string, string?>(StringComparer.Ordinal);
        _catalogByAiStem = new Dictionary<string, string?>(StringComparer.Ordinal);
        _catalogMakers = MakerFacts.FromCatalog(catalog);
        foreach (var entry in catalog.Entities)
        {
            if (entry.Entity.Name.EndsWith(" AI", StringComparison.Ordinal) && entry.Entity.Type != EntityType.Concept)
            {
                AddKey(_catalogByAiStem, EntityDiscoverer.KeyOf(entry.Entity.Name[..^3]), entry.Entity.Id);
            }

            foreach (var text in entry.Aliases.Where(a => !a.HasContext).Select(a => a.Text).Prepend(entry.Entity.Name))
            {
                if (text.Contains(' ', StringComparison.Ordinal) && entry.Entity.Type != EntityType.Concept)
                {
                    _catalogMultiWordNames.Add((text.Split(' ', StringSplitOptions.RemoveEmptyEntries), entry.Entity.Id));
                }
            }

            foreach (var alias in entry.Aliases.Where(a => !a.HasContext))
            {
                if (alias.Case == AliasCase.Insensitive)
                {
                    AddKey(_catalogByKey, EntityDiscoverer.KeyOf(alias.Text), entry.Entity.Id);
                }
                else
                {
                    AddKey(_catalogBySensitiveText, AliasMatcher.NormalizeAlias(alias.Text), entry.Entity.Id);
                }
            }
        }
    }

    /// <param name="claimTexts">The visible text of each claim of the note.</param>
    /// <param name="catalogMatches">The catalog aliases matched in each claim, in text order.</param>
    /// <param name="labelEnds">Where each claim's opening bold label ends (<see cref="ClaimLabels.LabelEnd"/>), if known.</param>
    public NoteExtraction Extract(IReadOnlyList<string> claimTexts, IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches, IReadOnlyList<int>? labelEnds = null)
    {
        var tokens = claimTexts.Select(ClaimTokenizer.Tokenize).ToArray();
        catalogMatches = catalogMatches.Select((matches, c) => WithoutVersionedNames(claimTexts[c], tokens[c], matches)).ToList();
        catalogMatches = WithoutConceptsSplittingNames(claimTexts, tokens, catalogMatches);
        catalogMatches = catalogMatches.Select((matches, c) => WithoutConceptsEndingNames(tokens[c], matches)).ToList();
        var candidates = new List<CandidateMention>[claimTexts.Count];
        var groups = new Dictionary<string, List<CandidateMention>>(StringComparer.Ordinal);
        for (var c = 0; c < claimTexts.Count; c++)
        {
            var covered = catalogMatches[c].Select(m => (m.Start, m.End)).ToList();
            candidates[c] = EntityDiscoverer.FindCandidates(claimTexts[c], tokens[c], covered, labelEnds?[c] ?? 0);
        }

        // ("Crawl for AI" joined first, so that its "Crawl" makes no lower-case "crawl" a name.)
        WithForNamesJoined(claimTexts, tokens, catalogMatches, candidates);
        WithLowerCaseSpellings(tokens, catalogMatches, candidates);
        WithoutOpeningCommonWords(claimTexts, candidates);
        WithAcronymsAsDefined(candidates);
        WithKnownNamesApart(claimTexts, catalogMatches, candidates);
        for (var c = 0; c < claimTexts.Count; c++)
        {
            foreach (var candidate in candidates[c])
            {
                if (!groups.TryGetValue(candidate.Key, out var group))
                {
                    groups[candidate.Key] = group = [];
                }

                group.Add(candidate);
            }
        }

        var resolved = new Dictionary<string, (string Id, EntityType Type)>(groups.Count, StringComparer.Ordinal);
        var discovered = new SortedDictionary<string, Entity>(StringComparer.Ordinal);
        var fullNames = FullNames(groups);
        var personParts = PersonNameParts(catalogMatches, fullNames);
        var makerTails = MakerNameTails(catalogMatches, fullNames);
        var lowerCaseWords = LowerCaseWords(tokens);
        var termWords = TermWords(tokens);
        var lowerCasePhrases = LowerCasePhrases(tokens, groups);
        var possessives = PossessiveKeys(claimTexts, candidates);
        foreach (var (key, group) in groups)
        {
            // A spelling of a catalog alias is that entity, with no further evidence needed ("Open-AI").
            var name = ChooseName(group);
            if (CatalogEntityFor(key, group) is { } catalogId)
            {
                resolved[key] = (catalogId, _catalogTypes[catalogId]);
                continue;
            }

            // "Nadella" after "Satya Nadella", "Van der Kila" after "Daan van der Kila": the person the note named in full.
            if (personParts.TryGetValue(key, out var person) && person is not null)
            {
                resolved[key] = (person, EntityType.Person);
                continue;
            }

            // "R1" after "DeepSeek R1", "ADK" after "Google ADK": the product the note named with its maker.
            if (makerTails.TryGetValue(key, out var product) && product is not null)
            {
                resolved[key] = product.Value;
                continue;
            }

            // "excelling in SQL generation", "Adding CSS to HTML": a programming language's name, written as such, is a product.
            var language = EntityDiscoverer.IsLanguageAsListed(name);
            if (!language && (!Qualifies(group, lowerCaseWords) || termWords.Contains(key) || IsCommonPhraseName(name, group)
                || lowerCasePhrases.Contains(key) || IsDemoAgentName(name, group)))
            {
                continue;
            }

            // "Venice" for Venice AI: a name the catalog knows with "AI" after it, unless it is a common word ("Together").
            if (_catalogByAiStem.TryGetValue(key, out var stemOf) && stemOf is not null && !DiscoveryRules.IsCommonWord(name))
            {
                resolved[key] = (stemOf, _catalogTypes[stemOf]);
                continue;
            }

            // A transcript's spelling one letter off a catalog name in one long word ("Claude 3.5 Sonet") is that entity.
            if (CatalogEntityMisspelled(name) is { } misspelled)
            {
                resolved[key] = (misspelled, _catalogTypes[misspelled]);
                continue;
            }

            // A transcript's misheard model name keeps the catalog name's version and variant words ("GMI 2.5 Pro", "Deeps R1",
            // "Cloud 3.5"); its first word sounds like the catalog's (see CatalogEntityMisheard).
            if (CatalogEntityMisheard(name) is { } misheard)
            {
                resolved[key] = (misheard, _catalogTypes[misheard]);
                continue;
            }

            // A name whose slug is a catalog id is that entity once the note's own evidence qualified it ("tools like Brave",
            // where the catalog's alias needs "Brave Search"); an unqualified one ("Brave new world") never got here. A name
            // the corpus knows takes the id of its key's most frequent spelling ("Wind Surf" is windsurf).
            var id = DiscoveredIdOf(key, name);
            if (id.Length == 0)
            {
                continue;
            }

            if (_catalogTypes.TryGetValue(id, out var catalogType))
            {
                resolved[key] = (id, catalogType);
                continue;
            }

            // A human language's name is found only where the text uses it as the language ("in English but"), so a cue
            // that types it ("English said", a list of companies around it) is about something else.
            var type = language ? EntityType.Product
                : DiscoveryRules.IsOtherByName(name) ? EntityType.Other
                : ChooseType(group, groups, owner: possessives.Contains(key));
            // Without a cue of its own the note takes the type the corpus gives the name when that type is one the corpus
            // assigns reliably: a concept ("Retrieval-Augmented Generation"), a token, a publication, a product. Not a product
            // the note writes as an owner ("LangChain's LangGraph", "GitHub's Copilot"): a name that is both a product and a
            // company is the company there, and a relation's roles depend on which the note means; nor a language ("Greek").
            // Not an organisation or a person: the corpus's majority types "English", "Microsoft Teams" and first names
            // ("Chris", "Matt") as organisations and "World War I" as a person from a few "X acquired" or "X said" cues.
            if (type == EntityType.Other && KnownNames.TypeOf(name) is { } knownType
                && (knownType is EntityType.Concept or EntityType.Token or EntityType.Publication
                    || (knownType is EntityType.Product && !possessives.Contains(key) && !DiscoveryRules.LanguageNames.Contains(name)
                        && !DiscoveryRules.Nationalities.Contains(name))))
            {
                type = knownType;
            }

            // A surname alone that the corpus knows as a person named in full ("Cowen" of "Tyler Cowen") is that person where
            // the note leaves it untyped or calls it an organisation: a one-word speaker ("Cowen argues") is typed an
            // organisation unless it is a given name.
            if (type is EntityType.Organization or EntityType.Other && KnownNames.IsPersonSurname(name))
            {
                type = EntityType.Person;
            }

            if (discovered.TryGetValue(id, out var clash))
            {
                // Two keys can share a slug ("A.I. Lab" and "AI-Lab"); they are one entity, the first one seen keeps the name.
                resolved[key] = (id, clash.Type);
                continue;
            }

            var aliases = group.Select(c => c.Name).Where(n => n != name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            discovered[id] = new Entity(id, name, type, aliases, DiscoveredDescription, EntitySource.Discovered);
            resolved[key] = (id, type);
        }

        TypeBySiblings(claimTexts, catalogMatches, candidates, resolved, discovered);
        var mentionsOf = new List<ExtractedMention>[claimTexts.Count];
        var relationsOf = new List<ExtractedRelation>[claimTexts.Count];
        var makers = new MakerFacts(_catalogMakers);
        var noteNames = NoteNameKeys(catalogMatches, resolved);
        Func<string, string?> organizationNamed = name => OrganizationNamed(name, resolved);
        for (var c = 0; c < claimTexts.Count; c++)
        {
            var text = claimTexts[c];
            var mentions = new List<ExtractedMention>(catalogMatches[c].Count + candidates[c].Count);
            var typed = new List<EntityMention>(mentions.Capacity);
            bool? heading = null;
            List<ExtractedMention>? leading = null;
            foreach (var match in catalogMatches[c])
            {
                mentions.Add(new ExtractedMention(match.Start, match.End, match.EntityId, match.MatchedText));
            }

            foreach (var candidate in candidates[c])
            {
                if (resolved.TryGetValue(candidate.Key, out var entity))
                {
                    mentions.Add(new ExtractedMention(candidate.Start, candidate.End, entity.Id, text[candidate.Start..candidate.End]));
                }
                else if (NoteNameInLabel(text, tokens[c], heading ??= EntityDiscoverer.IsHeadingLike(text, tokens[c]), candidate, noteNames) is var (start, end, id))
                {
                    (leading ??= []).Add(new ExtractedMention(start, end, id, text[start..end]));
                }
            }

            // A name the corpus knows, where the note's own evidence found nothing (see KnownNames); not a word the note
            // also writes as a common noun ("the cursor", "a bridge"), which makes its capitalised use ambiguous there.
            foreach (var (start, end, known) in KnownNames.FindIn(text, tokens[c]))
            {
                if (!mentions.Exists(m => m.Start < end && start < m.End) && !lowerCaseWords.ContainsKey(known.Spelling))
                {
                    if (!_catalogTypes.ContainsKey(known.EntityId) && !discovered.ContainsKey(known.EntityId))
                    {
                        var knownType = DiscoveryRules.LanguageNames.Contains(known.Spelling) ? EntityType.Other : known.Type;
                        discovered[known.EntityId] = new Entity(known.EntityId, known.Spelling, knownType, [], DiscoveredDescription, EntitySource.Discovered);
                    }

                    mentions.Add(new ExtractedMention(start, end, known.EntityId, text[start..end]));
                }
            }

            // (After the known names: a label that is one whole, "Cortex Search:", is no "Cortex" with a common word after it.)
            foreach (var lead in leading ?? [])
            {
                if (!mentions.Exists(m => m.Start < lead.End && lead.Start < m.End))
                {
                    mentions.Add(lead);
                }
            }

            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var mention in mentions)
            {
                var inCatalog = _catalogTypes.TryGetValue(mention.EntityId, out var catalogType);
                var type = inCatalog ? catalogType : discovered[mention.EntityId].Type;
                typed.Add(new EntityMention(mention.Start, mention.End, mention.EntityId, type, inCatalog));
            }

            mentionsOf[c] = mentions;
            relationsOf[c] = RelationExtractor.Extract(text, tokens[c], typed, organizationNamed, labelEnds?[c] ?? 0);
            makers.AddProvidersIn(tokens[c], typed);
        }

        // The note's facts first, from every claim: a product named with its maker in one claim is that maker's in all.
        Func<string, string?> nameOf = id => _catalogNames.GetValueOrDefault(id) ?? discovered.GetValueOrDefault(id)?.Name;
        Func<string, bool> isModel = id => (_catalogTypes.TryGetValue(id, out var type) ? type : discovered.GetValueOrDefault(id)?.Type) == EntityType.Model;
        foreach (var relation in relationsOf.SelectMany(r => r))
        {
            if (MakerFacts.StatingRules.Contains(relation.Rule) && nameOf(relation.ObjectId) is { } productName)
            {
                makers.Add(relation.SubjectId, relation.ObjectId, productName, isModel(relation.ObjectId));
            }
        }

        var claims = new ClaimExtraction[claimTexts.Count];
        for (var c = 0; c < claimTexts.Count; c++)
        {
            relationsOf[c].RemoveAll(r => MakerFacts.ShapeRules.Contains(r.Rule) && nameOf(r.ObjectId) is { } productName
                && (makers.NamesAnotherMaker(r.SubjectId, r.ObjectId, productName, nameOf)
                    || (isModel(r.ObjectId) && makers.IsOnlyProvider(r.SubjectId, nameOf))));
            claims[c] = new ClaimExtraction(mentionsOf[c], relationsOf[c]);
        }

        return new NoteExtraction(claims, discovered.Values.ToList());
    }

    /// <summary>
    /// Drops a catalog match that a version continues ("DeepSeek V3", "Llama 3.1", "Gemini 2.5 Pro"), or a catalog model a
    /// variant word continues ("GPT-4o Mini", "Gemini 2.5 Flash"): the versioned name is
    /// its own entity, which discovery then finds, rather than the family or the company it starts with.
    /// </summary>
    private IReadOnlyList<AliasMatch> WithoutVersionedNames(string text, IReadOnlyList<ClaimToken> tokens, IReadOnlyList<AliasMatch> matches)
    {
        var inSentence = !EntityDiscoverer.IsHeadingLike(text, tokens);
        List<AliasMatch>? kept = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var next = match.End;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            var continued = next > match.End
                && (m + 1 == matches.Count || matches[m + 1].Start > next)
                && _catalogTypes[match.EntityId] is EntityType.Model or EntityType.Organization or EntityType.Product
                && (IsVersionWord(text, next) || ContinuesAsModel(_catalogTypes[match.EntityId], text, next)
                    || (inSentence && _catalogTypes[match.EntityId] is EntityType.Organization or EntityType.Model && ContinuesAsProduct(tokens, next))
                    || (inSentence && _catalogTypes[match.EntityId] is EntityType.Organization && ContinuesAsLab(tokens, next))
                    || (inSentence && match.Start > 0 && _catalogTypes[match.EntityId] is EntityType.Organization
                        && ContinuesAsHeadingWordProduct(tokens, next)));
            if (continued)
            {
                kept ??= matches.Take(m).ToList();
                continue;
            }

            kept?.Add(match);
        }

        return kept ?? matches;
    }

    /// <summary>
    /// A catalog model continued by a tier word ("GPT-4o Mini", "GPT-4o mini") or a catalog organisation continued by a
    /// capitalised one ("DeepSeek Coder") names a model of its own.
    /// </summary>
    private static bool ContinuesAsModel(EntityType type, string text, int start) =>
        type switch
        {
            EntityType.Model => IsVariantWord(text, start),
            EntityType.Organization => char.IsUpper(text[start]) && IsVariantWord(text, start),
            _ => false,
        };

    /// <summary>
    /// A catalog company followed by a capitalised word that names its product rather than starting a new phrase ("Google
    /// Drive", "Google Cloud", "Mistral OCR", not "Google CEO", "Google The"; "Google Research" is a lab, below). Only inside
    /// a sentence, where discovery then finds the longer name.
    /// </summary>
    private static bool ContinuesAsProduct(IReadOnlyList<ClaimToken> tokens, int start)
    {
        var at = WordAt(tokens, start);
        if (at < 0)
        {
            return false;
        }

        var word = tokens[at];
        var text = word.Text;
        return (word.IsCapitalized || word.IsMixedCase) && !word.HasDigit
            && !(at + 1 < tokens.Count && tokens[at + 1].Text == "-" && tokens[at + 1].Start == word.End)
            && !DiscoveryRules.ProductContinuationBreakers(text);
    }

    /// <summary>
    /// A catalog company followed by the noun of its research unit ("Microsoft Research", "Meta AI Research", "Adobe
    /// Research"): the lab is an organisation of its own, whose longer name is the mention. Not where a capitalised word
    /// follows ("Google Research Scientist" names a job).
    /// </summary>
    private static bool ContinuesAsLab(IReadOnlyList<ClaimToken> tokens, int start)
    {
        var t = WordAt(tokens, start);
        return t >= 0 && tokens[t].IsCapitalized && DiscoveryRules.LabUnitNouns.Contains(tokens[t].Text) && !tokens[t].Possessive
            && !(t + 1 < tokens.Count && (tokens[t + 1].IsCapitalized || tokens[t + 1].IsMixedCase));
    }

    /// <summary>
    /// A catalog company inside a sentence (not opening the claim) followed by a capitalised word that a heading would use
    /// ("Apple Intelligence", "Microsoft Teams", "Apple Notes", "Google Agent Development Kit"): its product, unless a title
    /// word or a generic acronym follows the word ("OpenAI Deep Researcher", "OpenAI Agent SDK", where discovery would cut
    /// the name short).
    /// </summary>
    private static bool ContinuesAsHeadingWordProduct(IReadOnlyList<ClaimToken> tokens, int start)
    {
        var t = WordAt(tokens, start);
        if (t < 0)
        {
            return false;
        }

        var word = tokens[t];
        var after = t + 1 < tokens.Count ? tokens[t + 1].Text : "";
        return word.IsCapitalized && !word.Possessive && !word.HasDigit && ExtractionRules.GenericHeadingWords.Contains(word.Text)
            && !DiscoveryRules.ProductContinuationBreakers(word.Text, headingWordsContinue: true)
            && !(after == "-" && tokens[t + 1].Start == word.End)
            && !ExtractionRules.TitleWords.Contains(after) && !ExtractionRules.GenericAcronyms.Contains(after);
    }

    /// <summary>The index of the word token that starts at <paramref name="start"/>, or -1.</summary>
    private static int WordAt(IReadOnlyList<ClaimToken> tokens, int start)
    {
        var at = 0;
        while (at < tokens.Count && tokens[at].Start < start)
        {
            at++;
        }

        return at < tokens.Count && tokens[at].Start == start && tokens[at].IsWord ? at : -1;
    }

    /// <summary>"Mini", "Flash", "Pro": a model variant word ending at a word boundary ("GPT-4o Mini" is not GPT-4o).</summary>
    private static bool IsVariantWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var boundary = end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '-');
        return end > start && boundary && DiscoveryRules.ModelTierWords.Contains(text[start..end]);
    }

    /// <summary>"3.1", "2.5", "V3", "4o", "R10528": a short word with a digit, not a year or a share ("20%"), ending at a word boundary.</summary>
    private static bool IsVersionWord(string text, int start)
    {
        var end = start;
        var digits = 0;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
        {
            digits += char.IsDigit(text[end]) ? 1 : 0;
            end++;
        }

        var length = end - start;
        var word = text.AsSpan(start, length);
        var year = length == 4 && digits == 4 && (word.StartsWith("19") || word.StartsWith("20"));
        var percentage = end < text.Length && text[end] == '%';
        // A transcript runs a dated release into its code: "R10528" is "R1-0528" (a chip's "A100" is no release).
        var code = length is 5 or 6 && char.IsUpper(word[0]) && digits == length - 1;
        return digits > 0 && !year && !percentage && ((length <= 5 && (char.IsDigit(word[0]) || (length <= 3 && char.IsUpper(word[0])))) || code);
    }

    /// <summary>
    /// The names of two or more words the note would discover (not a catalog spelling, qualified, with a slug the catalog
    /// does not own), in the order of <paramref name="groups"/>: what <see cref="PersonNameParts"/> and
    /// <see cref="MakerNameTails"/> shorten.
    /// </summary>
    private List<(string Name, string Id, EntityType Type)> FullNames(Dictionary<string, List<CandidateMention>> groups)
    {
        var names = new List<(string Name, string Id, EntityType Type)>();
        foreach (var (key, group) in groups)
        {
            var name = ChooseName(group);
            if (name.Contains(' ', StringComparison.Ordinal) && CatalogEntityFor(key, group) is null && Qualifies(group, null)
                && DiscoveredIdOf(key, name) is { Length: > 0 } id && !_catalogTypes.ContainsKey(id))
            {
                names.Add((name, id, ChooseType(group, groups, owner: false)));
            }
        }

        return names;
    }

    /// <summary>
    /// The first and last words (and a particle-led tail, "Van der Kila") of every person the note names in full: a catalog
    /// person it mentions, or a discovered name of two or more words typed Person. A part two people share names neither.
    /// </summary>
    private Dictionary<string, string?> PersonNameParts(IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches, List<(string Name, string Id, EntityType Type)> fullNames)
    {
        var parts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var people = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var match in catalogMatches.SelectMany(m => m))
        {
            if (_catalogTypes[match.EntityId] == EntityType.Person)
            {
                people[match.EntityId] = _catalogNames[match.EntityId];
            }
        }

        foreach (var (name, id, type) in fullNames)
        {
            if (type == EntityType.Person)
            {
                people.TryAdd(id, name);
            }
        }

        foreach (var (id, name) in people)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            var particle = Array.FindIndex(words, 1, w => DiscoveryRules.NameParticles.Contains(w));
            string?[] keys = [Part(words[0]), Part(words[^1]), particle > 0 ? EntityDiscoverer.KeyOf(string.Join(' ', words[particle..])) : null];
            foreach (var key in keys.Distinct())
            {
                if (key is null)
                {
                    continue;
                }

                parts[key] = parts.TryGetValue(key, out var other) && other != id ? null : id;
            }
        }

        return parts;

        // An initial ("D.") or a short word ("Al") is too weak to name a person alone.
        static string? Part(string word) => word.Length >= 3 && char.IsUpper(word[0]) && !word.EndsWith('.') ? EntityDiscoverer.KeyOf(word) : null;
    }

    /// <summary>
    /// The rest of every name the note writes after a catalog company's name ("R1" of "DeepSeek R1", "ADK" of "Google ADK"),
    /// a catalog model or product it mentions or a name it discovers, each with the entity it belongs to. A rest two names
    /// share names neither.
    /// </summary>
    private Dictionary<string, (string Id, EntityType Type)?> MakerNameTails(IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches, List<(string Name, string Id, EntityType Type)> fullNames)
    {
        var names = new List<(string Name, string Id, EntityType Type)>();
        foreach (var match in catalogMatches.SelectMany(m => m))
        {
            if (_catalogTypes[match.EntityId] is EntityType.Model or EntityType.Product)
            {
                names.Add((match.MatchedText, match.EntityId, _catalogTypes[match.EntityId]));
            }
        }

        names.AddRange(fullNames);
        var tails = new Dictionary<string, (string Id, EntityType Type)?>(StringComparer.Ordinal);
        foreach (var (name, id, type) in names)
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || OrganizationNamed(name[..space], []) is null)
            {
                continue;
            }

            var tail = EntityDiscoverer.KeyOf(name[(space + 1)..]);
            if (tail.Length >= 2)
            {
                tails[tail] = tails.TryGetValue(tail, out var other) && other?.Id != id ? null : (id, type);
            }
        }

        return tails;
    }

    /// <summary>
    /// "Ancient DNA" where the note also writes "ancient DNA", "Query Prep Agent" beside "the query prep agent": a phrase of
    /// several words the note writes in lower case too is a concept or a description in title case, not a name, unless a
    /// word has a name's shape (a digit or an inner capital: "Claude Code 2", "the OpenAI Agents SDK"), a word other than an
    /// acronym is one the corpus rarely writes in lower case ("Docker Compose" beside "docker compose down"), it ends in an
    /// organisation suffix ("Together AI", "Acme Labs") or a type cue marks one of its uses.
    /// </summary>
    private static HashSet<string> LowerCasePhrases(IReadOnlyList<List<ClaimToken>> claims, Dictionary<string, List<CandidateMention>> groups)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        Dictionary<string, List<(string Key, string[] Words)>>? byFirstWord = null;
        foreach (var (key, group) in groups)
        {
            var name = group[0].Name;
            if (!name.Contains(' ', StringComparison.Ordinal) || group.Exists(c => c.Cue is not null))
            {
                continue;
            }

            var words = name.Split(' ');
            if (Array.Exists(words, IsNameShapedWord) || ExtractionRules.OrganizationSuffixes.Contains(words[^1])
                || !Array.TrueForAll(words, w => DiscoveryRules.IsCommonWord(w) || IsAllCaps(w)))
            {
                continue;
            }

            byFirstWord ??= new Dictionary<string, List<(string, string[])>>(StringComparer.OrdinalIgnoreCase);
            if (!byFirstWord.TryGetValue(words[0], out var entries))
            {
                byFirstWord[words[0]] = entries = [];
            }

            entries.Add((key, words));
        }

        if (byFirstWord is null)
        {
            return phrases;
        }

        foreach (var claim in claims)
        {
            for (var t = 0; t < claim.Count; t++)
            {
                if (!claim[t].IsWord || !char.IsLower(claim[t].Text[0]) || !byFirstWord.TryGetValue(claim[t].Text, out var entries))
                {
                    continue;
                }

                foreach (var (key, words) in entries)
                {
                    if (!phrases.Contains(key) && SpellsWords(claim, t, words))
                    {
                        phrases.Add(key);
                    }
                }
            }
        }

        return phrases;
    }

    /// <summary>
    /// "Query Prep Agent", "Job Filter Agent": common words before "Agent" are the role a tutorial gives one of its demo
    /// components, not a name; a word the corpus rarely writes in lower case keeps it ("Linkup Search Agent").
    /// </summary>
    private static bool IsDemoAgentName(string name, List<CandidateMention> group) =>
        (name.EndsWith(" Agent", StringComparison.Ordinal) || name.EndsWith(" Agents", StringComparison.Ordinal))
        && Array.TrueForAll(name.Split(' '), DiscoveryRules.IsCommonWord) && !group.Exists(c => c.Cue is not null);

    private static bool IsNameShapedWord(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsDigit(word[i]) || (i > 0 && char.IsUpper(word[i]) && char.IsLower(word[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SpellsWords(List<ClaimToken> claim, int first, string[] words)
    {
        if (first + words.Length > claim.Count)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            if (!string.Equals(claim[first + w].Text, words[w], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Words the note uses in common nouns: acronyms written in the plural ("NeRF" where the note says "NeRFs"), spelled
    /// out by a plural ("Joint Embedding Predictive Architectures (JEPA)") or in lower-case words ("quantum self-attention
    /// neural networks (QSAN)"), and eponyms before a science term's noun ("Hadamard gate", "Meissner effect").
    /// </summary>
    private static HashSet<string> TermWords(IEnumerable<List<ClaimToken>> claims)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            for (var t = 0; t < claim.Count; t++)
            {
                var word = claim[t].Text;
                if (claim[t].IsWord && EntityDiscoverer.IsPluralAcronym(word))
                {
                    keys.Add(EntityDiscoverer.KeyOf(word[..^1]));
                }

                if (EntityDiscoverer.OpensEponymTerm(claim, t))
                {
                    keys.Add(EntityDiscoverer.KeyOf(word));
                }

                if (t >= 2 && t + 1 < claim.Count && claim[t - 1].Text == "(" && claim[t + 1].Text == ")" && claim[t].IsAllCaps
                    && ((claim[t - 2] is { IsCapitalized: true } spelled && EntityDiscoverer.IsPluralNoun(spelled.Text))
                        || EntityDiscoverer.IsSpelledOutInLowerCase(claim, t - 2, word)))
                {
                    keys.Add(EntityDiscoverer.KeyOf(word));
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// "KJV (King James Version)", "Google's Agent Development Kit (ADK)": a name the note abbreviates by its initials and the
    /// acronym are one entity, so every candidate of the name takes the acronym's key: the acronym is the steadier spelling
    /// (a transcript varies the words, "Model Control Protocol" for MCP) and keeps what the note says of it ("ADK" after
    /// "Google ADK"). The note's first definition of a name wins.
    /// </summary>
    private static void WithAcronymsAsDefined(List<CandidateMention>[] candidates)
    {
        var acronymOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in candidates)
        {
            foreach (var candidate in claim)
            {
                if (candidate.Abbreviates is { } nameKey && nameKey != candidate.Key)
                {
                    acronymOf.TryAdd(nameKey, candidate.Key);
                }
            }
        }

        if (acronymOf.Count == 0)
        {
            return;
        }

        foreach (var claim in candidates)
        {
            for (var m = 0; m < claim.Count; m++)
            {
                if (acronymOf.TryGetValue(claim[m].Key, out var acronymKey) && !acronymOf.ContainsKey(acronymKey))
                {
                    claim[m] = claim[m] with { Key = acronymKey };
                }
            }
        }
    }

    /// <summary>
    /// "Access OpenRouter, which …", "Install Android Studio to …": a sentence-opening common word before a name the note
    /// gives elsewhere, the catalog knows or a programming language's ("Adding CSS to HTML") is the sentence's verb, not part
    /// of the name.
    /// </summary>
    private void WithoutOpeningCommonWords(IReadOnlyList<string> claimTexts, List<CandidateMention>[] candidates)
    {
        var count = CandidateCount(candidates);
        var keys = new HashSet<string>(count, StringComparer.Ordinal);
        var insideKeys = new HashSet<string>(count, StringComparer.Ordinal);
        foreach (var claim in candidates)
        {
            foreach (var candidate in claim)
            {
                keys.Add(candidate.Key);
                if (!candidate.SentenceInitial)
                {
                    insideKeys.Add(candidate.Key);
                }
            }
        }

        for (var c = 0; c < candidates.Length; c++)
        {
            var claim = candidates[c];
            for (var m = 0; m < claim.Count; m++)
            {
                var candidate = claim[m];
                var space = candidate.Name.IndexOf(' ', StringComparison.Ordinal);
                // (Not where the whole run is a name inside a sentence too: "Reed Hoffman, co-founder of …" after "by Reed Hoffman".)
                if (!candidate.SentenceInitial || space <= 0 || !DiscoveryRules.IsCommonWord(candidate.Name[..space])
                    || ExtractionRules.GivenNames.Contains(candidate.Name[..space]) || insideKeys.Contains(candidate.Key))
                {
                    continue;
                }

                var rest = candidate.Name[(space + 1)..];
                var restKey = EntityDiscoverer.KeyOf(rest);
                var restStart = claimTexts[c].IndexOf(rest, candidate.Start, StringComparison.Ordinal);
                if (restStart < 0 || !(keys.Contains(restKey) || _catalogByKey.ContainsKey(restKey) || EntityDiscoverer.IsLanguageAsListed(rest)))
                {
                    continue;
                }

                // The run's strength stays only where the rest has a mixed-case word of its own ("OpenRouter").
                var mixedCase = false;
                for (var i = 1; i < rest.Length && !mixedCase; i++)
                {
                    mixedCase = char.IsUpper(rest[i]) && char.IsLetter(rest[i - 1]) && char.IsLower(rest[i - 1]);
                }

                claim[m] = candidate with { Start = restStart, Name = rest, Key = restKey, Strong = candidate.Strong && mixedCase, Cue = null, Hint = null };
            }
        }
    }

    /// <summary>Adds to each claim's candidates the lower-case spellings of single-word names the note capitalises (see <see cref="EntityDiscoverer.FindLowerCaseSpellings"/>).</summary>
    private static void WithLowerCaseSpellings(IReadOnlyList<IReadOnlyList<ClaimToken>> tokens, IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches, List<CandidateMention>[] candidates)
    {
        var capitalized = new HashSet<string>(CandidateCount(candidates), StringComparer.Ordinal);
        foreach (var claim in candidates)
        {
            foreach (var candidate in claim)
            {
                // (The name after a sentence-opening common word counts too: "Access Autodev:", "Start Autodev with …".)
                var space = candidate.Name.IndexOf(' ', StringComparison.Ordinal);
                var word = space > 0 && candidate.SentenceInitial && DiscoveryRules.IsCommonWord(candidate.Name[..space]) ? candidate.Name[(space + 1)..] : candidate.Name;
                var key = EntityDiscoverer.KeyOf(word);
                if (char.IsUpper(word[0]) && key.Length == word.Length)
                {
                    capitalized.Add(key);
                }
            }
        }

        if (capitalized.Count == 0)
        {
            return;
        }

        for (var c = 0; c < candidates.Length; c++)
        {
            // Only a word the note capitalises elsewhere can be a spelling: most claims have none, and need no covered ranges.
            if (!HasAnyWord(tokens[c], capitalized))
            {
                continue;
            }

            var covered = catalogMatches[c].Select(m => (m.Start, m.End)).ToList();
            foreach (var candidate in candidates[c])
            {
                covered.Add((candidate.Start, candidate.End));
            }

            var spellings = EntityDiscoverer.FindLowerCaseSpellings(tokens[c], covered, capitalized);
            if (spellings.Count > 0)
            {
                candidates[c].AddRange(spellings);
                candidates[c].Sort((a, b) => a.Start.CompareTo(b.Start));
            }
        }
    }

    /// <summary>The note's candidates, to size the sets of their keys once rather than grow them a note's worth of times.</summary>
    private static int CandidateCount(List<CandidateMention>[] candidates)
    {
        var count = 0;
        foreach (var claim in candidates)
        {
            count += claim.Count;
        }

        return count;
    }

    private static bool HasAnyWord(IReadOnlyList<ClaimToken> tokens, HashSet<string> words)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord && words.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words a note uses in lower case as common nouns, after a determiner ("the cursor"); a lower-case name in a
    /// command ("run ollama create") does not count.
    /// </summary>
    private static Dictionary<string, int> LowerCaseWords(IEnumerable<List<ClaimToken>> claims)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims)
        {
            for (var t = 1; t < claim.Count; t++)
            {
                var token = claim[t];
                if (token.IsWord && char.IsLower(token.Text[0]) && ExtractionRules.Determiners.Contains(claim[t - 1].Text))
                {
                    words[token.Text] = words.GetValueOrDefault(token.Text) + 1;
                }
            }
        }

        return words;
    }

    /// <summary>
    /// Strong shape or a type cue anywhere qualifies a name. Otherwise a name of several words needs two occurrences inside
    /// sentences; a single word needs one inside a sentence and another anywhere, or a place in a list of examples ("tools
    /// like Brave"). A single word without a strong shape never qualifies where the note also writes it in lower case
    /// ("Cursor" is no name where "the cursor" moves), whatever its cue.
    /// </summary>
    private static bool Qualifies(List<CandidateMention> group, Dictionary<string, int>? lowerCaseWords)
    {
        var name = group[0].Name;
        var singleWord = !name.Contains(' ', StringComparison.Ordinal);

        // A word the note capitalises inside sentences at least twice as often as it writes it in lower case ("Neuralink"
        // four times, "a neuralink chip" twice) is a name the transcript sometimes lower-cases.
        if (singleWord && lowerCaseWords is not null && lowerCaseWords.TryGetValue(name, out var lowerCaseUses) && !group.Exists(c => c.Strong)
            && (DiscoveryRules.IsCommonWord(name) || InsideSentences(group) < 2 * lowerCaseUses))
        {
            return false;
        }

        // "Developers", "Dockerfile": a plural agent noun or a file kind, unless a full name the note gives ends in it, or a
        // list joins it to a name ("sources like Wikipedia and Reuters").
        if (singleWord && EntityDiscoverer.IsCommonNounShape(name) && !group.Exists(c => c.BesideName && c.Listed))
        {
            return false;
        }

        // "Create, Read, Update", "the Author of Life": a word the corpus writes mostly in lower case needs more than its
        // capital to be a name here: a cue, a strong shape, a list joining it to a name ("Celestia and Avail") or four uses.
        var commonWord = singleWord && DiscoveryRules.IsCommonWord(name);
        if (commonWord && !group.Exists(c => c.Strong || c.Cue is not null || c.BesideName) && InsideSentences(group) < CommonWordNameUses)
        {
            return false;
        }

        var inside = 0;
        var listed = false;
        foreach (var candidate in group)
        {
            if (candidate.Strong || candidate.Cue is not null)
            {
                return true;
            }

            if (!candidate.SentenceInitial)
            {
                inside++;
            }

            listed |= candidate.Listed;
        }

        if (!singleWord)
        {
            return inside >= 2;
        }

        // "Majorana zero modes", "a Max function", "Hilbert space(s)": a word always followed by the same lower-case word
        // (either number) is part of a term; a label ("Hadamard (H) Gate:") has no word after it and does not count.
        if (FollowedAlwaysBySameWord(group))
        {
            return false;
        }

        // "a Girardian view", "Euclidean distance": an adjective made from a name, before a noun at every use, is no name
        // ("Atlassian and HubSpot", "speaking Estonian or" are not before a noun).
        if (IsAdjectiveOfName(name) && group.TrueForAll(c => c.Following is { } next && !ExtractionRules.Determiners.Contains(next)
            && next is not ("and" or "or" or "of" or "in" or "on" or "for" or "to" or "with" or "by" or "at" or "is" or "was" or "are")))
        {
            return false;
        }

        // "self-hosting it with Docker": a capital inside a sentence on a word the corpus rarely writes in lower case.
        // "Tamas also contributed to Flashbots.": the same word as the subject opening a sentence of running text.
        return inside >= 2 || (inside >= 1 && group.Count >= 2) || listed
            || (!commonWord && IsRareTitleWord(name) && group.Exists(c => (c.Bare && !c.SentenceInitial) || c.Opener));
    }

    /// <summary>
    /// "Ethical Considerations", "Agent Node", "Parallel Agent Architecture": capitals on a phrase the corpus writes mostly
    /// in lower case inside sentences (<see cref="DiscoveryRules.IsCommonPhrase"/>) are a heading's, a label's or title
    /// case's, unless the context gives a type ("the paper "Building Effective Agents"") or calls it a product or a feature
    /// ("the Agent Evaluation product").
    /// </summary>
    private static bool IsCommonPhraseName(string name, List<CandidateMention> group) =>
        DiscoveryRules.IsCommonPhrase(name)
        && !group.Exists(c => c.Cue is not null || c.Following is "product" or "products" or "feature" or "features");

    private static bool FollowedAlwaysBySameWord(List<CandidateMention> group)
    {
        string? following = null;
        var uses = 0;
        foreach (var candidate in group)
        {
            if (candidate.Following is null)
            {
                if (!candidate.SentenceInitial)
                {
                    return false;
                }

                continue;
            }

            // (Either number only after a title-case word: "MCP server" and "MCP servers" name the protocol.)
            var singular = candidate.Following.Length > 3 && candidate.Following[^1] == 's' && !IsAllCaps(candidate.Name)
                ? candidate.Following[..^1]
                : candidate.Following;
            if (following is not null && !string.Equals(following, singular, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            following = singular;
            uses++;
        }

        return uses >= 2;
    }

    private static bool IsAllCaps(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How often a note must capitalise a common word inside sentences to make it a name ("on Base" six times).</summary>
    private const int CommonWordNameUses = 4;

    private static int InsideSentences(List<CandidateMention> group)
    {
        var inside = 0;
        foreach (var candidate in group)
        {
            inside += candidate.SentenceInitial ? 0 : 1;
        }

        return inside;
    }

    /// <summary>
    /// "Girardian", "Euclidean", "Keynesian": a capitalised word in "-ian" or "-ean" of six letters at least; not a given name
    /// ("Christian", "Sebastian") nor a nationality, which the place tables handle.
    /// </summary>
    private static bool IsAdjectiveOfName(string word) =>
        word.Length >= 6 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal))
        && !ExtractionRules.GivenNames.Contains(word) && !DiscoveryRules.Nationalities.Contains(word);

    /// <summary>
    /// "Docker", "Midjourney": a capital and lower-case letters, not an acronym ("CRUD", "VRAM" are spelled-out common
    /// nouns), an adjective in "-ian" ("Gaussian", "Bayesian") or a people ("Americans").
    /// </summary>
    private static bool IsRareTitleWord(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || word.EndsWith("ian", StringComparison.Ordinal)
            || (word[^1] == 's' && (DiscoveryRules.Nationalities.Contains(word[..^1]) || word.EndsWith("ians", StringComparison.Ordinal))))
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A discovered name's id: the one the corpus gives its merge key where it knows the name ("Wind Surf" is windsurf, see
    /// <see cref="KnownNames.IdOfKey"/>), else the slug of the note's spelling.
    /// </summary>
    private static string DiscoveredIdOf(string key, string name) => KnownNames.IdOfKey(key) ?? IdOf(name);

    /// <summary>
    /// The id of a discovered name: its slug, except that an acronym written with dots ("U.S", "U.K") is the acronym
    /// ("us"), so the notes that write it with and without dots propose one entity; "C++", "C#" and "F#" are spelled out.
    /// </summary>
    private static string IdOf(string name)
    {
        var dotted = name.Length >= 3 && name.Contains('.', StringComparison.Ordinal)
            && name.All(c => c == '.' || char.IsUpper(c)) && !name.Contains("..", StringComparison.Ordinal);
        return dotted ? EntityDiscoverer.KeyOf(name) : EntityDiscoverer.SymbolLanguageKey(name) ?? Slug.From(name);
    }

    /// <summary>
    /// The most frequent spelling; on a tie the name an acronym of the note abbreviates ("World Trade Organization", not
    /// "WTO"), then the one with fewer spaces, then the ordinally first.
    /// </summary>
    private static string ChooseName(List<CandidateMention> group)
    {
        // A loop rather than GroupBy and OrderBy: it runs several times for every candidate name of every note.
        var spelledKey = group.Find(c => c.Abbreviates is not null)?.Abbreviates;
        string? best = null;
        int bestCount = 0, bestSpaces = 0;
        var bestSpelled = false;
        for (var i = 0; i < group.Count; i++)
        {
            var name = group[i].Name;
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = group[j].Name == name;
            }

            if (seen)
            {
                continue;
            }

            var count = 1;
            for (var j = i + 1; j < group.Count; j++)
            {
                count += group[j].Name == name ? 1 : 0;
            }

            var spaces = 0;
            foreach (var c in name)
            {
                spaces += char.IsWhiteSpace(c) ? 1 : 0;
            }

            var spelled = spelledKey is not null && EntityDiscoverer.KeyOf(name) == spelledKey;
            if (best is null || count > bestCount
                || (count == bestCount && spelled && !bestSpelled)
                || (count == bestCount && spelled == bestSpelled && (spaces < bestSpaces || (spaces == bestSpaces && string.CompareOrdinal(name, best) < 0))))
            {
                (best, bestCount, bestSpaces, bestSpelled) = (name, count, spaces, spelled);
            }
        }

        return best!;
    }

    /// <summary>
    /// Types a discovered name no cue typed by the names listed beside it: in "Siri or Alexa", "PyTorch and React" or
    /// "JavaScript, Python, or cURL" the members of a list are things of one kind. A sibling's type counts if the catalog
    /// or the sibling's own context gave it; one name typed by its siblings types no further name.
    /// </summary>
    private void TypeBySiblings(IReadOnlyList<string> claimTexts, IReadOnlyList<IReadOnlyList<AliasMatch>> catalogMatches,
        IReadOnlyList<List<CandidateMention>> candidates, Dictionary<string, (string Id, EntityType Type)> resolved, SortedDictionary<string, Entity> discovered)
    {
        var votes = new Dictionary<string, List<EntityType>>(StringComparer.Ordinal);
        var spans = new List<(int Start, int End, string Id, EntityType Type)>();
        for (var c = 0; c < claimTexts.Count; c++)
        {
            spans.Clear();
            foreach (var match in catalogMatches[c])
            {
                spans.Add((match.Start, match.End, match.EntityId, _catalogTypes[match.EntityId]));
            }

            foreach (var candidate in candidates[c])
            {
                if (resolved.TryGetValue(candidate.Key, out var entity))
                {
                    spans.Add((candidate.Start, candidate.End, entity.Id, entity.Type));
                }
            }

            spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            for (var i = 0; i + 1 < spans.Count; i++)
            {
                var (left, right) = (spans[i], spans[i + 1]);
                if (left.End > right.Start || !IsListSeparator(claimTexts[c].AsSpan(left.End, right.Start - left.End)))
                {
                    continue;
                }

                Vote(votes, discovered, left.Id, right.Type);
                Vote(votes, discovered, right.Id, left.Type);
            }
        }

        foreach (var (id, types) in votes)
        {
            var type = types.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            discovered[id] = discovered[id] with { Type = type };
            foreach (var key in resolved.Where(r => r.Value.Id == id).Select(r => r.Key).ToList())
            {
                resolved[key] = (id, type);
            }
        }
    }

    private static void Vote(Dictionary<string, List<EntityType>> votes, SortedDictionary<string, Entity> discovered, string id, EntityType siblingType)
    {
        // A person is no sibling: "Mark Josa at SpaceX and Steve Davis at Boring Company" joins two phrases, not two names.
        // Nor does a list type a human language ("in English, French and Mistral's models"): it is found only as the language.
        if (siblingType is EntityType.Other or EntityType.Concept or EntityType.Person || !discovered.TryGetValue(id, out var entity) || entity.Type != EntityType.Other
            || DiscoveryRules.IsOtherByName(entity.Name))
        {
            return;
        }

        if (!votes.TryGetValue(id, out var list))
        {
            votes[id] = list = [];
        }

        list.Add(siblingType);
    }

    /// <summary>", ", " and ", " or ", ", and ", ", or ", " & ", "/" between two names: they are members of one list.</summary>
    internal static bool IsListSeparator(ReadOnlySpan<char> between)
    {
        var trimmed = between.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        if (trimmed is "," or "&" or "/" or "and" or "or" or "nor")
        {
            return true;
        }

        return trimmed.StartsWith(",") && trimmed[1..].Trim() is "and" or "or";
    }

    /// <summary>The keys of names the note writes with a possessive ("LangChain's LangGraph"): such a name may own what follows it.</summary>
    private static HashSet<string> PossessiveKeys(IReadOnlyList<string> claimTexts, IReadOnlyList<List<CandidateMention>> candidates)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < claimTexts.Count; c++)
        {
            foreach (var candidate in candidates[c])
            {
                var rest = claimTexts[c].AsSpan(candidate.End);
                if (rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("\u2019s", StringComparison.Ordinal))
                {
                    keys.Add(candidate.Key);
                }
            }
        }

        return keys;
    }

    private static EntityType ChooseType(List<CandidateMention> group) =>
        MostFrequent(group, cues: true) ?? MostFrequent(group, cues: false) ?? EntityType.Other;

    /// <summary>
    /// The group's type, and for an untyped name of two title-case words whose last word the note also writes alone as a
    /// speaker ("Holden Karnofsky" … "Karnofsky argues"), a person: people are named again by their surname.
    /// </summary>
    private EntityType ChooseType(List<CandidateMention> group, Dictionary<string, List<CandidateMention>> groups, bool owner)
    {
        var type = ChooseType(group);
        if (type != EntityType.Other)
        {
            return type;
        }

        var words = ChooseName(group).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (NameOwnType(words, owner) is { } own)
        {
            return own;
        }

        if (CatalogVariantType(words) is { } variant)
        {
            return variant;
        }

        // (Not where the first word is a name of its own, the note's or the catalog's: "Adobe Firefly" … "Firefly", "Ollama
        // Swarm" … "Swarm" name a maker's product; nor places and peoples: "East Asia", "Hungarian Jewish".)
        return words.Length == 2 && Array.TrueForAll(words, IsPersonNameWord)
            && !groups.ContainsKey(EntityDiscoverer.KeyOf(words[0])) && !_catalogByKey.ContainsKey(EntityDiscoverer.KeyOf(words[0]))
            && groups.TryGetValue(EntityDiscoverer.KeyOf(words[1]), out var surname)
            && surname.Exists(c => c.Cue == EntityType.Person || (c.Following is { } verb && ExtractionRules.SpeechVerbs.Contains(verb)))
            ? EntityType.Person
            : type;

        // A name no occurrence of which has a context cue (list labels such as "**Canada**:" or "**Jeff Bezos**:" carry none)
        // still types itself: a place of the place tables, a name of general knowledge, a given name and a surname ("Thomas
        // Jefferson"), or a word that ends it.
        static EntityType? NameOwnType(string[] words, bool owner)
        {
            var joined = string.Join(' ', words);
            if (words.Length >= 3 && words[1] == "of" && DiscoveryRules.OrganizationLeads.Contains(words[0]))
            {
                return EntityType.Organization;
            }

            if (DiscoveryRules.IsPlaceName(joined) || IsGazetteerPlace(words, joined))
            {
                return EntityType.Place;
            }

            // Not a product the note writes as an owner ("LangChain's LangGraph"): there the name is its maker.
            if (DiscoveryRules.GeneralNames.TryGetValue(joined, out var known) && !(owner && known == EntityType.Product))
            {
                return known;
            }

            if (VariantOf(words, name => DiscoveryRules.GeneralNames.TryGetValue(name, out var t) ? t : null) is { } variant)
            {
                return variant;
            }

            if (IsPersonName(words))
            {
                return EntityType.Person;
            }

            if (words.Length >= 2 && Array.TrueForAll(words, w => w.Length > 0 && !char.IsLower(w[0]))
                && !Array.TrueForAll(words, w => DiscoveryRules.IsCommonWord(w)))
            {
                if (DiscoveryRules.ProductHeads.Contains(words[^1]))
                {
                    return EntityType.Product;
                }

                if (DiscoveryRules.OrganizationHeads.Contains(words[^1]))
                {
                    return EntityType.Organization;
                }

                if (DiscoveryRules.PublicationHeads.Contains(words[^1]))
                {
                    return EntityType.Publication;
                }
            }

            // "iPhone", "eBay": a lower-case letter before a capital opens a product's name.
            return words.Length == 1 && words[0].Length >= 4 && char.IsAsciiLetterLower(words[0][0])
                && char.IsAsciiLetterUpper(words[0][1]) && words[0].AsSpan(2).IndexOfAnyExceptInRange('a', 'z') < 0
                ? EntityType.Product
                : null;
        }

        // "Jonathan" alone (the guidelines' "Mark"), "Annie Dillard", "Yann LeCun", "Alexis Nikole Nelson", "Ursula K. Le
        // Guin": a given name of the lists, alone or before name words, initials and surname particles.
        static bool IsPersonName(string[] words)
        {
            if (words.Length == 0 || !DiscoveryRules.IsAnyGivenName(words[0]))
            {
                return false;
            }

            if (words.Length == 1)
            {
                return IsPersonNameWord(words[0]);
            }

            if (words.Length > 4 || !IsSurnameWord(words[^1]))
            {
                return false;
            }

            for (var i = 1; i < words.Length - 1; i++)
            {
                if (!(IsPersonNameWord(words[i]) || DiscoveryRules.SurnameParticles.Contains(words[i])
                    || (words[i].Length == 2 && char.IsAsciiLetterUpper(words[i][0]) && words[i][1] == '.')))
                {
                    return false;
                }
            }

            return true;
        }

        // "Dillard", "LeCun", "McKenna", "O'Brien": a person name word, or one whose surname prefix precedes a capital.
        static bool IsSurnameWord(string word)
        {
            if (IsPersonNameWord(word))
            {
                return true;
            }

            foreach (var prefix in DiscoveryRules.SurnamePrefixes)
            {
                if (word.Length >= prefix.Length + 3 && word.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(word[prefix.Length])
                    && word.AsSpan(prefix.Length + 1).IndexOfAnyExceptInRange('a', 'z') < 0)
                {
                    return true;
                }
            }

            return false;
        }

        // "Iraq", "Pennsylvania", "Western Europe", "Eiffel Tower", "Three Gorges Dam": a place by general knowledge, by a
        // compass word before one, or by a place word at the end of title-case words.
        static bool IsGazetteerPlace(string[] words, string joined)
        {
            if (DiscoveryRules.Gazetteer.Contains(joined))
            {
                return true;
            }

            if (words.Length >= 2 && DiscoveryRules.CompassWords.Contains(words[0])
                && joined[(words[0].Length + 1)..] is var rest && (DiscoveryRules.Gazetteer.Contains(rest) || DiscoveryRules.IsPlaceName(rest)))
            {
                return true;
            }

            return words.Length >= 2 && DiscoveryRules.PlaceHeads.Contains(words[^1])
                && Array.TrueForAll(words, w => w.Length > 1 && char.IsUpper(w[0]) && w.AsSpan(1).IndexOfAnyExceptInRange('a', 'z') < 0 || w is "of" or "the");
        }

        // "Annie", "Dillard": a capital and three or more lower-case letters, no common word, place, people or title.
        static bool IsPersonNameWord(string word) =>
            word.Length >= 3 && char.IsUpper(word[0]) && word.AsSpan(1).IndexOfAnyExceptInRange('a', 'z') < 0 && !DiscoveryRules.IsCommonWord(word)
            && !ExtractionRules.Places.Contains(word) && !DiscoveryRules.Nationalities.Contains(word) && !ExtractionRules.TitleWords.Contains(word)
            && !word.EndsWith("ian", StringComparison.Ordinal) && word is not ("North" or "South" or "East" or "West" or "Emperor" or "King" or "Queen");
    }

    /// <summary>
    /// The type of a catalog model or product whose name begins an untyped name that goes on with version or variant words
    /// only ("Gemini 2.0 Flash", "Qwen 2.5 Coder 14B"): a model's or a product's version is that model or product.
    /// </summary>
    private EntityType? CatalogVariantType(string[] words) =>
        VariantOf(words, name => _catalogByKey.TryGetValue(EntityDiscoverer.KeyOf(name), out var id) && id is not null
            && _catalogTypes.TryGetValue(id, out var type) ? type : null);

    /// <summary>
    /// The model or product type <paramref name="typeOf"/> gives the longest proper prefix of a name whose other words are
    /// versions (a digit) or variant words ("Stable Diffusion 3", "Meta Quest Pro", "Llama Omni"); null otherwise.
    /// </summary>
    private static EntityType? VariantOf(string[] words, Func<string, EntityType?> typeOf)
    {
        for (var length = words.Length - 1; length >= 1; length--)
        {
            if (!Array.TrueForAll(words[length..], w => w.Any(char.IsAsciiDigit) || DiscoveryRules.VariantWords.Contains(w)))
            {
                return null;
            }

            if (typeOf(string.Join(' ', words, 0, length)) is { } type && type is EntityType.Model or EntityType.Product)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>
    /// The group's most frequent cue (or hint), the lower type on a tie, null for none. Counted in place rather than grouped
    /// and sorted: it runs for every name of every note, and the groups are small.
    /// </summary>
    private static EntityType? MostFrequent(List<CandidateMention> group, bool cues)
    {
        EntityType? best = null;
        var bestCount = 0;
        foreach (var candidate in group)
        {
            if ((cues ? candidate.Cue : candidate.Hint) is not { } type)
            {
                continue;
            }

            var count = 0;
            foreach (var other in group)
            {
                count += (cues ? other.Cue : other.Hint) == type ? 1 : 0;
            }

            if (count > bestCount || (count == bestCount && type < best))
            {
                (best, bestCount) = (type, count);
            }
        }

        return best;
    }

    private string? CatalogEntityFor(string key, List<CandidateMention> group)
    {
        if (_catalogByKey.TryGetValue(key, out var byKey) && byKey is not null)
        {
            return byKey;
        }

        foreach (var candidate in group)
        {
            if (_catalogBySensitiveText.TryGetValue(candidate.Name, out var byText) && byText is not null)
            {
                return byText;
            }
        }

        return null;
    }

    /// <summary>
    /// The catalog entity whose name or alias of as many words differs from <paramref name="name"/> in one word only, by
    /// one letter, where the catalog's word has at least <see cref="MinMisspelledWord"/> letters and no digit, and not by a
    /// plural "s"; null when none or two entities do.
    /// </summary>
    private string? CatalogEntityMisspelled(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        string? found = null;
        foreach (var (catalogWords, id) in _catalogMultiWordNames)
        {
            if (catalogWords.Length != words.Length || !IsOneWordMisspelled(words, catalogWords))
            {
                continue;
            }

            if (found is not null && found != id)
            {
                return null;
            }

            found = id;
        }

        return found;
    }

    /// <summary>
    /// The catalog model or product whose name this discovered name is, misheard: the same number of words, every word after
    /// the first the same (ignoring case) with at least one of them a version (a digit: "2.5", "R1"), and a first word of at
    /// least three letters that starts with the catalog word's letter and either has its consonants (vowels, h, w, y left
    /// out, doubled letters once: "Cloud"/"Claude") or is its letters with up to half dropped ("GMI"/"Gemini",
    /// "Deeps"/"DeepSeek"). A first word the catalog itself knows is not misheard. Two catalog entities fitting is none.
    /// </summary>
    private string? CatalogEntityMisheard(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || _catalogByKey.ContainsKey(EntityDiscoverer.KeyOf(words[0])))
        {
            return null;
        }

        string? found = null;
        foreach (var (catalogWords, id) in _catalogMultiWordNames)
        {
            if (catalogWords.Length != words.Length || _catalogTypes[id] is not (EntityType.Model or EntityType.Product)
                || !IsMisheardVersionedName(words, catalogWords))
            {
                continue;
            }

            if (found is not null && found != id)
            {
                return null;
            }

            found = id;
        }

        return found;
    }

    private static bool IsMisheardVersionedName(string[] words, string[] catalogWords)
    {
        var versioned = false;
        for (var w = 1; w < words.Length; w++)
        {
            if (!string.Equals(words[w], catalogWords[w], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            versioned |= words[w].Any(char.IsAsciiDigit);
        }

        var (word, catalogWord) = (words[0].ToLowerInvariant(), catalogWords[0].ToLowerInvariant());
        return versioned && word != catalogWord && word.Length >= 3 && word.All(char.IsAsciiLetterLower)
            && catalogWord.All(char.IsAsciiLetterLower) && word[0] == catalogWord[0]
            && (Consonants(word) == Consonants(catalogWord) || IsLettersDropped(word, catalogWord));
    }

    /// <summary>A word's consonant skeleton: vowels, h, w and y left out, a doubled letter once ("claude" and "cloud": "cld").</summary>
    private static string Consonants(string word)
    {
        var skeleton = new System.Text.StringBuilder(word.Length);
        foreach (var letter in word)
        {
            if (!"aeiouhwy".Contains(letter, StringComparison.Ordinal) && (skeleton.Length == 0 || skeleton[^1] != letter))
            {
                skeleton.Append(letter);
            }
        }

        return skeleton.ToString();
    }

    /// <summary>The word's letters appear in the catalog word in order, at least half of them kept ("gmi" in "gemini", "deeps" in "deepseek").</summary>
    private static bool IsLettersDropped(string word, string catalogWord)
    {
        var i = 0;
        foreach (var letter in catalogWord)
        {
            if (i < word.Length && word[i] == letter)
            {
                i++;
            }
        }

        return i == word.Length && word.Length < catalogWord.Length && 2 * word.Length >= catalogWord.Length;
    }

    private const int MinMisspelledWord = 5;

    private static bool IsOneWordMisspelled(string[] words, string[] catalogWords)
    {
        var misspelled = -1;
        for (var w = 0; w < words.Length; w++)
        {
            if (!string.Equals(words[w], catalogWords[w], StringComparison.OrdinalIgnoreCase))
            {
                if (misspelled >= 0)
                {
                    return false;
                }

                misspelled = w;
            }
        }

        if (misspelled < 0)
        {
            return false;
        }

        var (word, catalogWord) = (words[misspelled], catalogWords[misspelled]);
        return catalogWord.Length >= MinMisspelledWord && catalogWord.All(char.IsLetter) && word.All(char.IsLetter)
            && !string.Equals(word + "s", catalogWord, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(word, catalogWord + "s", StringComparison.OrdinalIgnoreCase)
            && IsOneEditApart(word.ToLowerInvariant(), catalogWord.ToLowerInvariant());
    }

    /// <summary>One letter inserted, deleted or replaced.</summary>
    private static bool IsOneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        return shorter.Length == longer.Length
            ? shorter.AsSpan(i + 1).SequenceEqual(longer.AsSpan(i + 1))
            : shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    /// <summary>The organisation a name denotes in this note, catalog or discovered, for "Nebius AI Studio" made by Nebius.</summary>
    private string? OrganizationNamed(string name, Dictionary<string, (string Id, EntityType Type)> resolved)
    {
        var key = EntityDiscoverer.KeyOf(name);
        var id = _catalogByKey.GetValueOrDefault(key) ?? _catalogBySensitiveText.GetValueOrDefault(name);
        if (id is not null)
        {
            return _catalogTypes[id] == EntityType.Organization ? id : null;
        }

        return resolved.TryGetValue(key, out var entity) && entity.Type == EntityType.Organization ? entity.Id : null;
    }

    /// <summary>Records <paramref name="key"/> for the entity, or null when two entities claim it (then neither gets it).</summary>
    private static void AddKey(Dictionary<string, string?> index, string key, string entityId)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (index.TryGetValue(key, out var existing) && existing != entityId)
        {
            index[key] = null;
            return;
        }

        index[key] = entityId;
    }
}
