using ClaimGraph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimGraph.ExtractionScore.Labels;

/// <summary>
/// Reads a label file (format in the dev set's README). Everything that does not need the note's text is checked here:
/// known fields only, required fields present, entity types valid, predicates from the extraction vocabulary, relation
/// arguments naming entities of the same file. The first problem throws a <see cref="LabelFileException"/> naming file,
/// line and field.
/// </summary>
public static class LabelFileReader
{
    private static readonly HashSet<string> FileFields = ["note", "entities", "relations", "negatives"];
    private static readonly HashSet<string> EntityFields = ["name", "id", "type", "surfaces"];
    private static readonly HashSet<string> RelationFields = ["subject", "predicate", "object", "kind", "quote"];
    private static readonly HashSet<string> NegativeFields = ["subject", "predicate", "object", "quote", "reason"];

    public static async Task<LabelFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(path, text);
    }

    public static LabelFile Parse(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new LabelFileException(path, (int)e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new LabelFileException(path, 1, "expected a mapping with note, entities, relations and negatives");
        }

        var file = new Fields(path, root, FileFields);
        var entities = file.Sequence("entities").Select(node => ReadEntity(path, node)).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!names.Add(entity.Name))
            {
                throw new LabelFileException(path, entity.Line, $"entities: '{entity.Name}' is labelled twice");
            }
        }

        var relations = file.Sequence("relations").Select(node => ReadRelation(path, node, names)).ToList();
        var negatives = file.Sequence("negatives").Select(node => ReadNegative(path, node, names)).ToList();
        return new LabelFile(path, file.Text("note"), entities, relations, negatives);
    }

    private static LabelledEntity ReadEntity(string path, YamlNode node)
    {
        var fields = new Fields(path, node, EntityFields);
        var typeText = fields.Text("type");
        if (!Enum.TryParse<EntityType>(typeText, ignoreCase: false, out var type) || type is EntityType.Concept || !Enum.IsDefined(type))
        {
            throw new LabelFileException(path, fields.LineOf("type"),
                $"type: '{typeText}' is not one of {string.Join(", ", Enum.GetNames<EntityType>().Where(n => n != nameof(EntityType.Concept)))}");
        }

        var surfaces = fields.Sequence("surfaces").Select(s => Fields.Scalar(path, s, "surfaces")).ToList();
        if (surfaces.Count == 0)
        {
            throw new LabelFileException(path, fields.LineOf("surfaces"), "surfaces: at least one surface form is needed");
        }

        return new LabelledEntity(fields.Text("name"), fields.OptionalText("id"), type, surfaces, fields.Line);
    }

    private static LabelledRelation ReadRelation(string path, YamlNode node, HashSet<string> names)
    {
        var fields = new Fields(path, node, RelationFields);
        var (subject, predicate, @object) = ReadTriple(fields, names);
        var kind = fields.Text("kind");
        if (kind is not ("explicit" or "implicit"))
        {
            throw new LabelFileException(path, fields.LineOf("kind"), $"kind: '{kind}' is neither explicit nor implicit");
        }

        return new LabelledRelation(subject, predicate, @object, kind == "explicit", fields.Text("quote"), fields.Line);
    }

    private static LabelledNegative ReadNegative(string path, YamlNode node, HashSet<string> names)
    {
        var fields = new Fields(path, node, NegativeFields);
        var (subject, predicate, @object) = ReadTriple(fields, names);
        return new LabelledNegative(subject, predicate, @object, fields.Text("quote"), fields.Text("reason"), fields.Line);
    }

    private static (string Subject, string Predicate, string Object) ReadTriple(Fields fields, HashSet<string> names)
    {
        foreach (var role in new[] { "subject", "object" })
        {
            var name = fields.Text(role);
            if (!names.Contains(name))
            {
                throw new LabelFileException(fields.Path, fields.LineOf(role), $"{role}: '{name}' is not an entity of this file");
            }
        }

        var predicate = fields.Text("predicate");
        if (RelationVocabulary.Find(predicate) is not { Extracted: true })
        {
            throw new LabelFileException(fields.Path, fields.LineOf("predicate"),
                $"predicate: '{predicate}' is not an extraction predicate ({string.Join(", ", RelationVocabulary.All.Where(p => p.Extracted).Select(p => p.Name))})");
        }

        if (fields.Text("subject") == fields.Text("object"))
        {
            throw new LabelFileException(fields.Path, fields.Line, "subject and object are the same entity");
        }

        return (fields.Text("subject"), predicate, fields.Text("object"));
    }

    /// <summary>The fields of one YAML mapping, refusing unknown ones, each read with its line for error messages.</summary>
    private sealed class Fields
    {
        private readonly YamlMappingNode _mapping;

        public Fields(string path, YamlNode node, HashSet<string> allowed)
        {
            Path = path;
            _mapping = node as YamlMappingNode
                ?? throw new LabelFileException(path, (int)node.Start.Line, "expected a mapping");
            foreach (var key in _mapping.Children.Keys)
            {
                var name = Scalar(path, key, "field name");
                if (!allowed.Contains(name))
                {
                    throw new LabelFileException(path, (int)key.Start.Line, $"unknown field '{name}' (expected {string.Join(", ", allowed)})");
                }
            }
        }

        public string Path { get; }

        public int Line => (int)_mapping.Start.Line;

        public int LineOf(string field) =>
            _mapping.Children.TryGetValue(new YamlScalarNode(field), out var value) ? (int)value.Start.Line : Line;

        public string Text(string field) =>
            OptionalText(field) ?? throw new LabelFileException(Path, Line, $"{field}: missing");

        public string? OptionalText(string field) =>
            _mapping.Children.TryGetValue(new YamlScalarNode(field), out var value) ? Scalar(Path, value, field) : null;

        public IEnumerable<YamlNode> Sequence(string field)
        {
            if (!_mapping.Children.TryGetValue(new YamlScalarNode(field), out var value))
            {
                throw new LabelFileException(Path, Line, $"{field}: missing (write [] for none)");
            }

            return value as YamlSequenceNode
                ?? throw new LabelFileException(Path, (int)value.Start.Line, $"{field}: expected a list");
        }

        public static string Scalar(string path, YamlNode node, string field)
        {
            if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
            {
                throw new LabelFileException(path, (int)node.Start.Line, $"{field}: expected non-empty text");
            }

            return value;
        }
    }
}
