using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ClaimGraph.Ingest.Linking;
using ClaimGraph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimGraph.Ingest.Catalog;

/// <summary>
/// Loads a catalog folder: <c>entities.yaml</c>, <c>relations.yaml</c> and the <c>notes/</c> the curated quotes come from.
/// Every invalid entry becomes an <see cref="IngestError"/> with file, line and the field at fault, and is skipped;
/// valid entries load, so one typo never stops a run.
/// </summary>
public static partial class CatalogLoader
{
    public const string EntitiesFileName = "entities.yaml";
    public const string RelationsFileName = "relations.yaml";
    public const string NotesFolderName = "notes";

    /// <summary>
    /// Bumped when linking rules change, so stored notes are re-linked even if the catalog text did not change.
    /// linking-2: timestamps are read per note (<c>NoteTimestamps</c>), so stored deep links are rewritten; the extraction
    /// rules' own version follows, so a rule change re-extracts every note.
    /// </summary>
    private const string LinkingRulesVersion = "linking-2+" + Extraction.ExtractionRules.Version;

    private static readonly HashSet<string> EntityFields = ["id", "name", "type", "aliases", "description"];
    private static readonly HashSet<string> AliasFields = ["text", "case", "before", "after"];
    private static readonly HashSet<string> RelationFields = ["subject", "predicate", "object", "evidence"];
    private static readonly HashSet<string> EvidenceFields = ["note", "quote"];

    /// <summary>
    /// The repository's <c>seeds/</c> folder: walks up from each start directory to the folder holding <c>ClaimGraph.sln</c>.
    /// Null when none is found.
    /// </summary>
    public static string? FindDefaultDirectory(params string[] startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ClaimGraph.sln")))
                {
                    var seeds = Path.Combine(directory.FullName, "seeds");
                    if (File.Exists(Path.Combine(seeds, EntitiesFileName)))
                    {
                        return seeds;
                    }
                }
            }
        }

        return null;
    }

    public static async Task<EntityCatalog> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var errors = new List<IngestError>();
        var entitiesPath = Path.GetFullPath(Path.Combine(directory, EntitiesFileName));
        var relationsPath = Path.GetFullPath(Path.Combine(directory, RelationsFileName));
        var notesDirectory = Path.GetFullPath(Path.Combine(directory, NotesFolderName));

        var entities = new List<CatalogEntity>();
        var entityDocument = await ReadYamlAsync(entitiesPath, required: true, errors, cancellationToken);
        if (entityDocument is not null)
        {
            entities = ReadEntities(entityDocument, entitiesPath, errors);
        }

        var relations = new List<CuratedRelation>();
        var relationDocument = await ReadYamlAsync(relationsPath, required: false, errors, cancellationToken);
        if (relationDocument is not null)
        {
            var known = entities.Select(e => e.Entity.Id).ToHashSet(StringComparer.Ordinal);
            relations = await ReadRelationsAsync(relationDocument, relationsPath, notesDirectory, known, errors, cancellationToken);
        }

        return new EntityCatalog(entities, relations, ComputeVersion(entities, relations), errors);
    }

    private static async Task<YamlNode?> ReadYamlAsync(string path, bool required, List<IngestError> errors, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            if (required)
            {
                errors.Add(new IngestError(path, null, "catalog file not found"));
            }

            return null;
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, new UTF8Encoding(false, true), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            errors.Add(new IngestError(path, null, $"cannot read catalog file: {e.Message}"));
            return null;
        }

        var parser = new LineTrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? new YamlSequenceNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            errors.Add(new IngestError(path, (int)e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed flow collections; the last good event locates it.
            errors.Add(new IngestError(path, parser.LastLine, "not valid YAML: malformed flow collection or scalar after this line"));
            return null;
        }
    }

    /// <summary>Remembers where the last successfully parsed YAML event ended, for errors that carry no position.</summary>
    private sealed class LineTrackingParser(IParser inner) : IParser
    {
        public int LastLine { get; private set; } = 1;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastLine = (int)current.End.Line;
            }

            return moved;
        }
    }

    private static List<CatalogEntity> ReadEntities(YamlNode root, string file, List<IngestError> errors)
    {
        var entities = new List<CatalogEntity>();
        if (root is not YamlSequenceNode sequence)
        {
            errors.Add(new IngestError(file, LineOf(root), "expected a list of entities"));
            return entities;
        }

        var lineById = new Dictionary<string, int>(StringComparer.Ordinal);
        var ownerByAlias = new Dictionary<string, (string EntityId, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in sequence.Children)
        {
            var entryErrors = new List<IngestError>();
            var entity = ReadEntity(node, file, entryErrors);
            if (entity is null || entryErrors.Count > 0)
            {
                errors.AddRange(entryErrors);
                continue;
            }

            if (lineById.TryGetValue(entity.Entity.Id, out var firstLine))
            {
                errors.Add(new IngestError(file, FieldLine(node, "id"), $"id: duplicate entity id '{entity.Entity.Id}' (first declared at line {firstLine}); entry skipped"));
                continue;
            }

            lineById[entity.Entity.Id] = entity.Line;
            var aliases = new List<AliasRule>();
            foreach (var alias in entity.Aliases)
            {
                // An alias with a context may be shared with one declared after it, which takes every other occurrence
                // ("Groq" is Grok after "xAI", else the chip company): the matcher tries aliases in declaration order.
                var key = AliasMatcher.NormalizeAlias(alias.Text);
                if (ownerByAlias.TryGetValue(key, out var owner) && owner.EntityId != entity.Entity.Id)
                {
                    errors.Add(new IngestError(file, AliasLine(node, alias.Text) ?? entity.Line,
                        $"aliases: '{alias.Text}' of '{entity.Entity.Id}' is already an alias of '{owner.EntityId}' (line {owner.Line}); alias skipped"));
                    continue;
                }

                if (!alias.HasContext)
                {
                    ownerByAlias[key] = (entity.Entity.Id, AliasLine(node, alias.Text) ?? entity.Line);
                }

                aliases.Add(alias);
            }

            entities.Add(entity with
            {
                Aliases = aliases,
                Entity = entity.Entity with { Aliases = aliases.Select(a => a.Text).ToList() },
            });
        }

        return entities;
    }

    private static CatalogEntity? ReadEntity(YamlNode node, string file, List<IngestError> errors)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(new IngestError(file, LineOf(node), "expected an entity mapping with id, name, type, aliases and description"));
            return null;
        }

        ReportUnknownFields(mapping, EntityFields, "entity", file, errors);
        var id = RequiredScalar(mapping, "id", file, errors);
        var name = RequiredScalar(mapping, "name", file, errors);
        var typeText = RequiredScalar(mapping, "type", file, errors);
        var description = RequiredScalar(mapping, "description", file, errors);

        if (id is not null && !KebabSlugPattern().IsMatch(id))
        {
            errors.Add(new IngestError(file, FieldLine(mapping, "id"), $"id: '{id}' is not a lower-case kebab slug (e.g. 'prime-intellect')"));
        }

        EntityType type = default;
        if (typeText is not null && !Enum.TryParse(typeText, ignoreCase: false, out type) || typeText is not null && !Enum.IsDefined(type))
        {
            errors.Add(new IngestError(file, FieldLine(mapping, "type"),
                $"type: unknown entity type '{typeText}' (expected one of {string.Join(", ", Enum.GetNames<EntityType>())})"));
        }

        var aliases = new List<AliasRule>();
        if (mapping.Children.TryGetValue(new YamlScalarNode("aliases"), out var aliasesNode))
        {
            if (aliasesNode is YamlSequenceNode aliasSequence)
            {
                foreach (var aliasNode in aliasSequence.Children)
                {
                    if (ReadAlias(aliasNode, file, errors) is { } alias)
                    {
                        aliases.Add(alias);
                    }
                }
            }
            else if (!(aliasesNode is YamlScalarNode { Value: null or "" }))
            {
                errors.Add(new IngestError(file, LineOf(aliasesNode), "aliases: expected a list"));
            }
        }

        if (id is null || name is null || typeText is null || description is null || errors.Count > 0)
        {
            return null;
        }

        // The canonical name is always an alias; an explicit entry with the same text carries its own case and context rules.
        if (!aliases.Any(a => a.Text.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            aliases.Insert(0, AliasRule.Plain(name));
        }

        aliases = aliases.DistinctBy(a => (AliasMatcher.NormalizeAlias(a.Text), a.Case)).ToList();
        var entity = new Entity(id, name, type, aliases.Select(a => a.Text).ToList(), description);
        return new CatalogEntity(entity, aliases, LineOf(mapping));
    }

    private static AliasRule? ReadAlias(YamlNode node, string file, List<IngestError> errors)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return AliasRule.Plain(scalar.Value.Trim());
            case YamlMappingNode mapping:
                ReportUnknownFields(mapping, AliasFields, "alias", file, errors);
                var text = RequiredScalar(mapping, "text", file, errors);
                var caseText = OptionalScalar(mapping, "case") ?? "insensitive";
                AliasCase aliasCase;
                switch (caseText)
                {
                    case "sensitive":
                        aliasCase = AliasCase.Sensitive;
                        break;
                    case "insensitive":
                        aliasCase = AliasCase.Insensitive;
                        break;
                    default:
                        errors.Add(new IngestError(file, FieldLine(mapping, "case"), $"case: expected 'sensitive' or 'insensitive', got '{caseText}'"));
                        return null;
                }

                var before = ScalarList(mapping, "before", file, errors);
                var after = ScalarList(mapping, "after", file, errors);
                return text is null ? null : new AliasRule(text.Trim(), aliasCase, before, after);
            default:
                errors.Add(new IngestError(file, LineOf(node), "aliases: each alias is a string or a mapping with text, case, before, after"));
                return null;
        }
    }

    private static async Task<List<CuratedRelation>> ReadRelationsAsync(
        YamlNode root,
        string file,
        string notesDirectory,
        HashSet<string> knownEntities,
        List<IngestError> errors,
        CancellationToken cancellationToken)
    {
        var relations = new List<CuratedRelation>();
        if (root is not YamlSequenceNode sequence)
        {
            errors.Add(new IngestError(file, LineOf(root), "expected a list of relations"));
            return relations;
        }

        var notes = new Dictionary<string, SeedNote?>(StringComparer.Ordinal);
        foreach (var node in sequence.Children)
        {
            if (node is not YamlMappingNode mapping)
            {
                errors.Add(new IngestError(file, LineOf(node), "expected a relation mapping with subject, predicate, object and evidence"));
                continue;
            }

            var entryErrors = new List<IngestError>();
            ReportUnknownFields(mapping, RelationFields, "relation", file, entryErrors);
            var subject = RequiredScalar(mapping, "subject", file, entryErrors);
            var predicate = RequiredScalar(mapping, "predicate", file, entryErrors);
            var @object = RequiredScalar(mapping, "object", file, entryErrors);
            var name = $"{subject ?? "?"} {predicate ?? "?"} {@object ?? "?"}";

            if (subject is not null && !knownEntities.Contains(subject))
            {
                entryErrors.Add(new IngestError(file, FieldLine(mapping, "subject"), $"subject: unknown entity '{subject}' in relation {name}"));
            }

            if (@object is not null && !knownEntities.Contains(@object))
            {
                entryErrors.Add(new IngestError(file, FieldLine(mapping, "object"), $"object: unknown entity '{@object}' in relation {name}"));
            }

            if (predicate is not null && !UpperSnakePattern().IsMatch(predicate))
            {
                entryErrors.Add(new IngestError(file, FieldLine(mapping, "predicate"), $"predicate: '{predicate}' is not UPPER_SNAKE (e.g. RELEASED, WORKED_AT) in relation {name}"));
            }
            else if (predicate == RelationKey.CoMentioned)
            {
                entryErrors.Add(new IngestError(file, FieldLine(mapping, "predicate"), $"predicate: {RelationKey.CoMentioned} is derived from notes and cannot be curated (relation {name})"));
            }
            else if (predicate is not null && !RelationVocabulary.IsKnown(predicate))
            {
                // Every stored predicate is in the vocabulary, so clients can list and filter by them (/api/relation-types).
                var known = RelationVocabulary.All.Select(p => p.Name).Where(p => p != RelationKey.CoMentioned);
                entryErrors.Add(new IngestError(file, FieldLine(mapping, "predicate"),
                    $"predicate: '{predicate}' is not in the relation vocabulary (relation {name}); use one of: {string.Join(", ", known)}"));
            }

            string? noteFile = null;
            string? quote = null;
            if (!mapping.Children.TryGetValue(new YamlScalarNode("evidence"), out var evidenceNode))
            {
                entryErrors.Add(new IngestError(file, LineOf(mapping), $"evidence: missing required field (note and quote) in relation {name}"));
            }
            else if (evidenceNode is not YamlMappingNode evidence)
            {
                entryErrors.Add(new IngestError(file, LineOf(evidenceNode), $"evidence: expected a mapping with note and quote in relation {name}"));
            }
            else
            {
                ReportUnknownFields(evidence, EvidenceFields, "evidence", file, entryErrors);
                noteFile = RequiredScalar(evidence, "note", file, entryErrors);
                quote = RequiredScalar(evidence, "quote", file, entryErrors);
                if (noteFile is not null)
                {
                    if (!notes.TryGetValue(noteFile, out var note))
                    {
                        note = await ReadSeedNoteAsync(notesDirectory, noteFile, cancellationToken);
                        notes[noteFile] = note;
                    }

                    if (note is null)
                    {
                        entryErrors.Add(new IngestError(file, FieldLine(evidence, "note"), $"evidence.note: unknown note '{noteFile}' (no such file in {NotesFolderName}/) in relation {name}"));
                    }
                    else if (quote is not null && !note.Contains(quote))
                    {
                        entryErrors.Add(new IngestError(file, FieldLine(evidence, "quote"), $"evidence.quote: quote not found in note '{noteFile}' for relation {name}: \"{Truncate(quote)}\""));
                    }

                    if (note is not null && entryErrors.Count == 0)
                    {
                        relations.Add(new CuratedRelation(
                            new RelationKey(subject!, predicate!, @object!, RelationOrigin.Curated),
                            noteFile,
                            quote!,
                            note.ContentHash,
                            LineOf(mapping)));
                    }
                }
            }

            errors.AddRange(entryErrors);
        }

        return relations;
    }

    private static async Task<SeedNote?> ReadSeedNoteAsync(string notesDirectory, string fileName, CancellationToken cancellationToken)
    {
        if (fileName != Path.GetFileName(fileName))
        {
            return null;
        }

        var path = Path.Combine(notesDirectory, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var text = Encoding.UTF8.GetString(bytes);
        return new SeedNote(Convert.ToHexStringLower(SHA256.HashData(bytes)), QuoteText.Normalize(text), QuoteText.Normalize(QuoteText.StripMarkup(text)));
    }

    private static string ComputeVersion(IReadOnlyList<CatalogEntity> entities, IReadOnlyList<CuratedRelation> relations)
    {
        var canonical = new StringBuilder(LinkingRulesVersion).Append('\n');
        foreach (var entity in entities.OrderBy(e => e.Entity.Id, StringComparer.Ordinal))
        {
            canonical.Append("E\u001f").Append(entity.Entity.Id).Append('\u001f').Append(entity.Entity.Name).Append('\u001f')
                .Append(entity.Entity.Type).Append('\u001f').Append(entity.Entity.Description).Append('\n');
            foreach (var alias in entity.Aliases)
            {
                canonical.Append("A\u001f").Append(AliasMatcher.NormalizeAlias(alias.Text)).Append('\u001f').Append(alias.Case)
                    .Append('\u001f').AppendJoin(',', alias.Before).Append('\u001f').AppendJoin(',', alias.After).Append('\n');
            }
        }

        foreach (var relation in relations.OrderBy(r => r.Key.Id, StringComparer.Ordinal).ThenBy(r => r.NoteFile, StringComparer.Ordinal).ThenBy(r => r.Quote, StringComparer.Ordinal))
        {
            canonical.Append("R\u001f").Append(relation.Key.Id).Append('\u001f').Append(relation.NoteFile).Append('\u001f')
                .Append(relation.NoteContentHash).Append('\u001f').Append(QuoteText.Normalize(relation.Quote)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static void ReportUnknownFields(YamlMappingNode mapping, HashSet<string> known, string what, string file, List<IngestError> errors)
    {
        foreach (var key in mapping.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !known.Contains(name))
            {
                errors.Add(new IngestError(file, LineOf(key), $"{key}: unknown {what} field (expected {string.Join(", ", known)})"));
            }
        }
    }

    private static string? RequiredScalar(YamlMappingNode mapping, string field, string file, List<IngestError> errors)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(field), out var node))
        {
            errors.Add(new IngestError(file, LineOf(mapping), $"{field}: missing required field"));
            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new IngestError(file, LineOf(node), $"{field}: expected a non-empty string"));
            return null;
        }

        return value.Trim();
    }

    private static string? OptionalScalar(YamlMappingNode mapping, string field) =>
        mapping.Children.TryGetValue(new YamlScalarNode(field), out var node) && node is YamlScalarNode { Value: { } value } ? value.Trim() : null;

    private static List<string> ScalarList(YamlMappingNode mapping, string field, string file, List<IngestError> errors)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode(field), out var node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence || sequence.Children.Any(c => c is not YamlScalarNode { Value.Length: > 0 }))
        {
            errors.Add(new IngestError(file, LineOf(node), $"{field}: expected a list of words"));
            return [];
        }

        return sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value!.Trim()).ToList();
    }

    private static int LineOf(YamlNode node) => (int)node.Start.Line;

    private static int FieldLine(YamlNode node, string field) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(field), out var value) ? LineOf(value) : LineOf(node);

    private static int? AliasLine(YamlNode entityNode, string aliasText)
    {
        if (entityNode is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode("aliases"), out var aliases) || aliases is not YamlSequenceNode sequence)
        {
            return null;
        }

        foreach (var alias in sequence.Children)
        {
            var text = alias switch
            {
                YamlScalarNode scalar => scalar.Value,
                YamlMappingNode map => OptionalScalar(map, "text"),
                _ => null,
            };
            if (text is not null && text.Trim().Equals(aliasText, StringComparison.Ordinal))
            {
                return LineOf(alias);
            }
        }

        return null;
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabSlugPattern();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")]
    private static partial Regex UpperSnakePattern();

    private sealed record SeedNote(string ContentHash, string NormalizedText, string NormalizedVisibleText)
    {
        public bool Contains(string quote)
        {
            var normalized = QuoteText.Normalize(quote);
            return NormalizedText.Contains(normalized, StringComparison.Ordinal) || NormalizedVisibleText.Contains(normalized, StringComparison.Ordinal);
        }
    }
}
