using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Types;
using ClaimGraph.Model;
using ClaimGraph.Storage;

namespace ClaimGraph.Api.GraphQL;

/// <summary>
/// The claim-graph schema, code first: entities, the relations between them, the claims that are their evidence and the
/// notes those claims come from. Every resolver reads through <see cref="IClaimGraphQueries"/> from the request's
/// services, child lists through <see cref="ClaimGraphLoaders"/>.
/// </summary>
public sealed partial class ClaimGraphSchema
{
    private readonly int _maxPageSize;
    private readonly SearchTextOptions _searchText;

    private readonly InterfaceType _node = new("Node", "An object with a stable identifier that can be fetched again by it.");
    private readonly ObjectType _pageInfo = new("PageInfo", "Where a page of a cursor connection sits in the whole list (Relay cursor connections).");
    private readonly ObjectType _textSpan = new("TextSpan", "A half-open character range [start, end) into a note's stored text.");

    private readonly EnumType _entityType = EnumType.FromClrEnum<EntityType>("EntityType", "What kind of thing a catalog entity is.");
    private readonly EnumType _entityOrder = EnumType.FromClrEnum<EntityOrder>("EntityOrder", "How a list of entities is sorted.");
    private readonly EnumType _relationDirection = EnumType.FromClrEnum<RelationDirection>("RelationDirection", "Which relations of an entity to follow, seen from that entity.");
    private readonly EnumType _relationOrigin = EnumType.FromClrEnum<RelationOrigin>("RelationOrigin", "Where a relation comes from.");
    private readonly EnumType _entitySource = EnumType.FromClrEnum<EntitySource>("EntitySource", "Where an entity comes from.");
    private readonly EnumType _predicate = PredicateEnum();
    private readonly EnumType _noteFormat = EnumType.FromClrEnum<NoteFormat>("NoteFormat", "The family of source note a note was read as.");

    private readonly ObjectType _entity = new("Entity", "An entity of the catalog or discovered in the notes (organization, person, model, product, concept, token, publication, place or other) and its place in the graph.");
    private readonly ObjectType _relation = new("Relation", "A directed relation subject → predicate → object, with the claims that are its evidence.");
    private readonly ObjectType _claim = new("Claim", "One sentence or list item of a note: what a reader sees, where it sits in the note, and what it mentions and supports.");
    private readonly ObjectType _note = new("Note", "A source note (a video summary or a newsletter), with its metadata and its claims.");
    private readonly ObjectType _mention = new("Mention", "A claim naming an entity: the text that matched one of the entity's names or aliases, and where.");
    private readonly ObjectType _noteLink = new("NoteLink", "A wiki link [[target | label]] in a note, pointing at a topic.");

    private readonly Schema _schema;

    public ClaimGraphSchema(ClaimGraphQLOptions options, SearchTextOptions? searchText = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxPageSize = options.MaxPageSize;
        _searchText = searchText ?? new SearchTextOptions();
        DescribeEnums();

        _node.Field("id", ScalarType.ID.NonNull(), description: "The identifier; the same id always denotes the same object.");
        _pageInfo.Field("hasNextPage", ScalarType.Boolean.NonNull(), c => Source<PageInfo>(c).HasNextPage, "Whether more edges follow this page.");
        _pageInfo.Field("hasPreviousPage", ScalarType.Boolean.NonNull(), c => Source<PageInfo>(c).HasPreviousPage, "Whether edges precede this page.");
        _pageInfo.Field("startCursor", ScalarType.String, c => Source<PageInfo>(c).StartCursor, "The cursor of the first edge of this page; null when the page is empty.");
        _pageInfo.Field("endCursor", ScalarType.String, c => Source<PageInfo>(c).EndCursor, "The cursor of the last edge of this page; pass it as `after` for the next page. Null when the page is empty.");
        _textSpan.Field("start", ScalarType.Int.NonNull(), c => Source<TextSpan>(c).Start, "Offset of the first character, counted in UTF-16 code units.");
        _textSpan.Field("end", ScalarType.Int.NonNull(), c => Source<TextSpan>(c).End, "Offset just past the last character.");

        var entityConnection = ConnectionType<EntityInfo>("Entity", _entity, "entities");
        var relationConnection = ConnectionType<RelationInfo>("Relation", _relation, "relations");
        var claimConnection = ConnectionType<Claim>("Claim", _claim, "claims");
        var noteConnection = ConnectionType<Storage.NoteSummary>("Note", _note, "notes");

        DefineEntity(relationConnection, claimConnection);
        DefineRelation();
        DefineClaim();
        DefineNote(claimConnection);
        DefineMentionAndLink();
        var query = DefineQuery(entityConnection, noteConnection, claimConnection);
        DefineRelationTypes(query);

        _schema = new Schema(
            query,
            types: [_entity, _relation, _claim, _note],
            description: "ClaimGraph: entities, the relations between them, and the claims from source notes that are their evidence.");
    }

    public Schema Schema => _schema;

    private static T Source<T>(ResolveContext context) => (T)context.Source!;

    private static GraphQLType ListOf(GraphQLType item) => item.NonNull().List().NonNull();

    private void DescribeEnums()
    {
        Describe(_entityType, "ORGANIZATION", "A company, lab, fund or other organization.");
        Describe(_entityType, "PERSON", "A person.");
        Describe(_entityType, "MODEL", "A machine-learning model or model family.");
        Describe(_entityType, "PRODUCT", "A product, protocol or service.");
        Describe(_entityType, "CONCEPT", "An idea, technique or field.");
        Describe(_entityType, "TOKEN", "A crypto token.");
        Describe(_entityType, "PUBLICATION", "A paper, report, podcast or other publication.");
        Describe(_entityType, "PLACE", "A country, city or region.");
        Describe(_entityType, "OTHER", "A named thing of no other type.");
        Describe(_entityOrder, "MENTIONS", "Most mentioned first; ties by name.");
        Describe(_entityOrder, "NAME", "By name, alphabetically (case-insensitive).");
        Describe(_relationDirection, "OUT", "Relations where the entity is the subject.");
        Describe(_relationDirection, "IN", "Relations where the entity is the object.");
        Describe(_relationDirection, "BOTH", "Relations in either direction.");
        Describe(_relationOrigin, "CURATED", "Stated in the curated relations catalog, with a verbatim quote from a note as evidence.");
        Describe(_relationOrigin, "CO_MENTION", "Inferred: the two entities are mentioned in the same claim (predicate CO_MENTIONED).");
        Describe(_relationOrigin, "EXTRACTED", "Found by an extraction rule in a claim that states it; the evidence names the rule, its trigger words and a confidence.");
        Describe(_entitySource, "CATALOG", "From the curated catalog, the authority: its names, types and aliases win over anything discovered.");
        Describe(_entitySource, "DISCOVERED", "Found in the notes' text by entity discovery; it lives as long as a stored note refers to it.");
        Describe(_noteFormat, "TUBE_GRAPH_MARKDOWN", "Markdown video summary with front matter, timestamps and wiki links.");
        Describe(_noteFormat, "PLAIN_TEXT", "Plain text; anything not recognised as another format.");
        Describe(_noteFormat, "NEWSLETTER_DUMP", "A newsletter export.");
    }

    /// <summary>The relation vocabulary as an enum: each value a predicate, described, so clients can discover and autocomplete them.</summary>
    private static EnumType PredicateEnum()
    {
        var type = new EnumType("Predicate", "A predicate of the relation vocabulary: what a relation states.");
        foreach (var definition in RelationVocabulary.All)
        {
            var description = definition.ExtractedAs is { } extractedAs
                ? $"{definition.Description} Curated only; extraction finds it as {extractedAs}."
                : definition.Description;
            type.Value(definition.Name, definition.Name, description);
        }

        return type;
    }

    private static void Describe(EnumType type, string value, string description) =>
        (type.GetValue(value) ?? throw new InvalidOperationException($"{type.Name} has no value {value}.")).Description = description;

    /// <summary>A Relay connection type <c>{name}Connection</c> with its <c>{name}Edge</c> over <paramref name="node"/>.</summary>
    private ObjectType ConnectionType<T>(string name, ObjectType node, string plural)
    {
        var edge = new ObjectType($"{name}Edge", $"One {node.Name} in a page of {plural}, with its cursor.");
        edge.Field("cursor", ScalarType.String.NonNull(), c => Source<Edge<T>>(c).Cursor, "An opaque cursor for this edge; pass it as `after` to continue after it.");
        edge.Field("node", node.NonNull(), c => Source<Edge<T>>(c).Node, $"The {node.Name}.");

        var connection = new ObjectType($"{name}Connection", $"A page of {plural} (Relay cursor connection).");
        connection.Field("edges", ListOf(edge), c => Source<Connection<T>>(c).Edges, "The edges of this page, in list order.");
        connection.Field("pageInfo", _pageInfo.NonNull(), c => Source<Connection<T>>(c).PageInfo, "Paging information for this page.");
        connection.Field("totalCount", ScalarType.Int.NonNull(), c => Source<Connection<T>>(c).TotalCount, $"How many {plural} the whole list holds, across all pages.");
        return connection;
    }
}
