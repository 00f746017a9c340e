namespace ClaimGraph.Storage.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store sends, in one place so the test suite can lint each one (with its declared
/// parameters) against Neo4j's own Cypher 5 grammar and procedure catalog. Written for Neo4j 5.26 LTS: variable-scope
/// subqueries (<c>CALL (x) { … }</c>), <c>COUNT { … }</c> and <c>SHORTEST</c> path selectors.
/// </summary>
/// <remarks>
/// Graph model: <c>(:Claim)-[:IN_NOTE]-&gt;(:Note)</c>, <c>(:Claim)-[:MENTIONS {alias, start, end}]-&gt;(:Entity {…, source})</c>,
/// <c>(:Entity)-[:RELATES {id, predicate, origin, evidenceCount, noteCount, confidence}]-&gt;(:Entity)</c>,
/// <c>(:Evidence {id, relationId, claimId, noteId, ordinal, quote, confidence, triggerStart, triggerEnd, rule})-[:CITES]-&gt;(:Claim)</c>
/// (one per relation and supporting claim), <c>(:Note)-[:LINKS_TO {ordinal, label, start, end}]-&gt;(:Topic {name})</c> and
/// <c>(:EntityProposal {id, noteId, entityId, name, type, aliases, description})</c>, one per note and discovered entity it
/// proposes. Entities and relations written before open-world extraction lack <c>source</c> and <c>confidence</c>; reads
/// take them as catalog and as their origin's confidence.
/// </remarks>
public static class Neo4jStatements
{
    /// <summary>
    /// Longest path <see cref="ShortestPaths"/> looks for, whatever the caller asks (as the SQLite store). Quantifier bounds
    /// in Cypher must be literals, so this is the literal bound and the requested one filters below it.
    /// </summary>
    public const int MaxPathHops = 6;

    /// <summary>Deepest neighborhood <see cref="NeighborhoodNodes"/> explores; the same literal-bound reasoning.</summary>
    public const int MaxNeighborhoodDepth = 10;

    /// <summary>
    /// Strongest relation first: curated, then extracted, then co-mention (never ahead of a typed relation), then the
    /// highest confidence, the most evidence, the most notes.
    /// </summary>
    private const string RelationStrength =
        $"CASE r.origin WHEN 'curated' THEN 0 WHEN 'extracted' THEN 1 ELSE 2 END, {RelationConfidence} DESC, r.evidenceCount DESC, r.noteCount DESC, r.id";

    private const string RelationConfidence = "coalesce(r.confidence, CASE r.origin WHEN 'co-mention' THEN 0.1 ELSE 1.0 END)";

    // Map projections shared by the reads, so every statement returns the same shape for the same kind of thing.
    private const string EntityMap =
        "e {.id, .name, .type, .aliases, .description, source: coalesce(e.source, 'catalog'), mentions: COUNT { (e)<-[:MENTIONS]-() }}";
    private const string RelationMap =
        $"r {{.id, .predicate, .origin, .evidenceCount, .noteCount, confidence: {RelationConfidence}, subjectId: startNode(r).id, objectId: endNode(r).id}}";
    private const string ClaimMap = "c {.id, .noteId, .ordinal, .text, .section, .start, .end, .timestampText, .timestampSeconds, .timestampRepaired, .deepLink}";
    private const string NoteMap = "n {.id, .title, .channel, .author, .videoId, .sourceUrl, .format, .contentHash, .catalogVersion, .text, .sourcePath}";

    private const string NoteSummaryMap = "n {.id, .title, .channel, .author, .videoId, .sourceUrl, .format}";

    // ---- Schema: each statement runs on its own (schema commands cannot share a transaction with data writes).

    public static readonly CypherStatement NoteIdConstraint = new(nameof(NoteIdConstraint),
        "CREATE CONSTRAINT note_id IF NOT EXISTS FOR (n:Note) REQUIRE n.id IS UNIQUE");

    public static readonly CypherStatement ClaimIdConstraint = new(nameof(ClaimIdConstraint),
        "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE");

    public static readonly CypherStatement EntityIdConstraint = new(nameof(EntityIdConstraint),
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE");

    public static readonly CypherStatement EvidenceIdConstraint = new(nameof(EvidenceIdConstraint),
        "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE");

    public static readonly CypherStatement TopicNameConstraint = new(nameof(TopicNameConstraint),
        "CREATE CONSTRAINT topic_name IF NOT EXISTS FOR (t:Topic) REQUIRE t.name IS UNIQUE");

    public static readonly CypherStatement ClaimNoteIndex = new(nameof(ClaimNoteIndex),
        "CREATE INDEX claim_note IF NOT EXISTS FOR (c:Claim) ON (c.noteId)");

    public static readonly CypherStatement EvidenceRelationIndex = new(nameof(EvidenceRelationIndex),
        "CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId)");

    public static readonly CypherStatement EvidenceNoteIndex = new(nameof(EvidenceNoteIndex),
        "CREATE INDEX evidence_note IF NOT EXISTS FOR (v:Evidence) ON (v.noteId)");

    public static readonly CypherStatement RelatesIdIndex = new(nameof(RelatesIdIndex),
        "CREATE INDEX relates_id IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.id)");

    public static readonly CypherStatement RelatesPredicateIndex = new(nameof(RelatesPredicateIndex),
        "CREATE INDEX relates_predicate IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.predicate)");

    public static readonly CypherStatement NoteSourcePathIndex = new(nameof(NoteSourcePathIndex),
        "CREATE INDEX note_source_path IF NOT EXISTS FOR (n:Note) ON (n.sourcePath)");

    public static readonly CypherStatement NoteChannelIndex = new(nameof(NoteChannelIndex),
        "CREATE INDEX note_channel IF NOT EXISTS FOR (n:Note) ON (n.channel)");

    public static readonly CypherStatement EntityTypeIndex = new(nameof(EntityTypeIndex),
        "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)");

    public static readonly CypherStatement EntitySourceIndex = new(nameof(EntitySourceIndex),
        "CREATE INDEX entity_source IF NOT EXISTS FOR (e:Entity) ON (e.source)");

    public static readonly CypherStatement EntityProposalIdConstraint = new(nameof(EntityProposalIdConstraint),
        "CREATE CONSTRAINT entity_proposal_id IF NOT EXISTS FOR (p:EntityProposal) REQUIRE p.id IS UNIQUE");

    public static readonly CypherStatement EntityProposalEntityIndex = new(nameof(EntityProposalEntityIndex),
        "CREATE INDEX entity_proposal_entity IF NOT EXISTS FOR (p:EntityProposal) ON (p.entityId)");

    public static readonly CypherStatement EntityProposalNoteIndex = new(nameof(EntityProposalNoteIndex),
        "CREATE INDEX entity_proposal_note IF NOT EXISTS FOR (p:EntityProposal) ON (p.noteId)");

    public static readonly CypherStatement ClaimTextFullTextIndex = new(nameof(ClaimTextFullTextIndex),
        "CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text]");

    /// <summary>Aliases are indexed as one joined string (<c>aliasText</c>): a full-text index reads string properties.</summary>
    public static readonly CypherStatement EntityNamesFullTextIndex = new(nameof(EntityNamesFullTextIndex),
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]");

    /// <summary>A freshly created full-text index is queryable only once populated; wait so the first search does not fail.</summary>
    public static readonly CypherStatement AwaitIndexes = new(nameof(AwaitIndexes),
        "CALL db.awaitIndexes($timeoutSeconds)", "timeoutSeconds");

    public static IReadOnlyList<CypherStatement> Schema { get; } =
    [
        NoteIdConstraint, ClaimIdConstraint, EntityIdConstraint, EvidenceIdConstraint, TopicNameConstraint,
        ClaimNoteIndex, EvidenceRelationIndex, EvidenceNoteIndex, RelatesIdIndex, RelatesPredicateIndex,
        NoteChannelIndex, NoteSourcePathIndex, EntityTypeIndex, ClaimTextFullTextIndex, EntityNamesFullTextIndex,
        EntitySourceIndex, EntityProposalIdConstraint, EntityProposalEntityIndex, EntityProposalNoteIndex,
    ];

    // ---- Writes

    public static readonly CypherStatement UpsertEntities = new(nameof(UpsertEntities), """
        UNWIND $rows AS row
        MERGE (e:Entity {id: row.id})
        SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.aliasText = row.aliasText, e.description = row.description,
            e.source = 'catalog'
        RETURN count(e) AS written
        """, "rows");

    /// <summary>
    /// Keeps a note's discovered-entity proposals and creates the entities not yet stored (a catalog entity stays as it is);
    /// <see cref="DiscoveredProposals"/> then derives each entity from all its proposals.
    /// </summary>
    public static readonly CypherStatement MergeProposals = new(nameof(MergeProposals), """
        UNWIND $rows AS row
        MERGE (p:EntityProposal {id: row.id})
        SET p.noteId = row.noteId, p.entityId = row.entityId, p.name = row.name, p.type = row.type, p.aliases = row.aliases,
            p.description = row.description
        MERGE (e:Entity {id: row.entityId})
        ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.aliasText = row.aliasText,
            e.description = row.description, e.source = 'discovered'
        RETURN count(p) AS written
        """, "rows");

    /// <summary>Drops the notes' proposals; returns the entities they proposed, to derive again or delete.</summary>
    public static readonly CypherStatement RemoveProposals = new(nameof(RemoveProposals), """
        MATCH (p:EntityProposal)
        WHERE p.noteId IN $noteIds
        WITH p, p.entityId AS entityId
        DELETE p
        RETURN collect(DISTINCT entityId) AS entityIds
        """, "noteIds");

    public static readonly CypherStatement DiscoveredProposals = new(nameof(DiscoveredProposals), """
        UNWIND $entityIds AS entityId
        OPTIONAL MATCH (p:EntityProposal {entityId: entityId})
        WITH entityId, p
        ORDER BY p.noteId
        RETURN entityId, collect(p {.name, .type, .aliases, .description}) AS proposals
        """, "entityIds");

    /// <summary>Sets discovered entities to what their proposals resolve to; a catalog entity of the same id is left alone.</summary>
    public static readonly CypherStatement UpdateDiscoveredEntities = new(nameof(UpdateDiscoveredEntities), """
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.id})
        WHERE e.source = 'discovered'
        SET e.name = row.name, e.type = row.type, e.aliases = row.aliases, e.aliasText = row.aliasText, e.description = row.description
        RETURN count(e) AS written
        """, "rows");

    /// <summary>Deletes discovered entities no note proposes any more; nothing refers to them by then (DELETE fails otherwise).</summary>
    public static readonly CypherStatement RemoveDiscoveredEntities = new(nameof(RemoveDiscoveredEntities), """
        MATCH (e:Entity)
        WHERE e.id IN $entityIds AND e.source = 'discovered'
        DELETE e
        RETURN count(*) AS removed
        """, "entityIds");

    public static readonly CypherStatement NoteSources = new(nameof(NoteSources), """
        MATCH (n:Note)
        RETURN n.id AS id, n.sourcePath AS sourcePath, n.contentHash AS contentHash, n.catalogVersion AS catalogVersion
        ORDER BY id
        """);

    /// <summary>
    /// The stored version of a note (no row when there is none and no other note of its file), with the ids of the other
    /// notes stored from the same source file: the old versions of a note whose title, and so id, changed.
    /// </summary>
    public static readonly CypherStatement NoteFingerprint = new(nameof(NoteFingerprint), """
        OPTIONAL MATCH (n:Note {id: $noteId})
        WITH n
        OPTIONAL MATCH (o:Note {sourcePath: $sourcePath})
        WHERE o.id <> $noteId
        WITH n, collect(o.id) AS others
        WHERE n IS NOT NULL OR size(others) > 0
        RETURN n.contentHash AS contentHash, n.catalogVersion AS catalogVersion, others
        """, "noteId", "sourcePath");

    /// <summary>Entities a note names that are not stored, and discovered ones it names without proposing them.</summary>
    public static readonly CypherStatement MissingEntities = new(nameof(MissingEntities), """
        UNWIND $entityIds AS entityId
        OPTIONAL MATCH (e:Entity {id: entityId})
        WITH entityId, e
        WHERE e IS NULL OR (e.source = 'discovered' AND NOT entityId IN $proposedIds)
        RETURN collect(CASE WHEN e IS NULL THEN entityId END) AS missing,
            collect(CASE WHEN e IS NOT NULL THEN entityId END) AS unproposed
        """, "entityIds", "proposedIds");

    /// <summary>Drops the notes' evidence except the ids to keep; returns the relations whose evidence changed, for recounting.</summary>
    public static readonly CypherStatement RemoveEvidence = new(nameof(RemoveEvidence), """
        MATCH (v:Evidence)
        WHERE v.noteId IN $noteIds AND NOT v.id IN $keepEvidenceIds
        WITH v, v.relationId AS relationId
        DETACH DELETE v
        RETURN collect(DISTINCT relationId) AS relationIds
        """, "noteIds", "keepEvidenceIds");

    /// <summary>Deletes the notes' claims except those kept (with their mentions and evidence links).</summary>
    public static readonly CypherStatement RemoveClaims = new(nameof(RemoveClaims), """
        MATCH (c:Claim)
        WHERE c.noteId IN $noteIds AND NOT c.id IN $keepClaimIds
        DETACH DELETE c
        RETURN count(*) AS removed
        """, "noteIds", "keepClaimIds");

    public static readonly CypherStatement RemoveMentions = new(nameof(RemoveMentions), """
        MATCH (c:Claim)-[m:MENTIONS]->(:Entity)
        WHERE c.noteId IN $noteIds
        DELETE m
        RETURN count(*) AS removed
        """, "noteIds");

    /// <summary>Deletes the notes' wiki links and the topics no other note links to any more.</summary>
    public static readonly CypherStatement RemoveLinks = new(nameof(RemoveLinks), """
        MATCH (n:Note)-[l:LINKS_TO]->(t:Topic)
        WHERE n.id IN $noteIds
        DELETE l
        WITH DISTINCT t
        WHERE NOT EXISTS { (t)<-[:LINKS_TO]-(:Note) }
        DELETE t
        RETURN count(*) AS removedTopics
        """, "noteIds");

    public static readonly CypherStatement RemoveNotes = new(nameof(RemoveNotes), """
        MATCH (n:Note)
        WHERE n.id IN $noteIds
        DETACH DELETE n
        RETURN count(*) AS removed
        """, "noteIds");

    public static readonly CypherStatement UpsertNote = new(nameof(UpsertNote), """
        WITH $note AS row
        MERGE (n:Note {id: row.id})
        SET n.title = row.title, n.channel = row.channel, n.author = row.author, n.videoId = row.videoId,
            n.sourceUrl = row.sourceUrl, n.format = row.format, n.contentHash = row.contentHash,
            n.catalogVersion = row.catalogVersion, n.text = row.text, n.sourcePath = row.sourcePath
        RETURN n.id AS id
        """, "note");

    /// <summary>A claim's note and span are part of its id, so they are set once; everything a re-parse may change is set every time.</summary>
    public static readonly CypherStatement UpsertClaims = new(nameof(UpsertClaims), """
        UNWIND $rows AS row
        MATCH (n:Note {id: row.noteId})
        MERGE (c:Claim {id: row.id})
        ON CREATE SET c.noteId = row.noteId, c.start = row.start, c.end = row.end
        SET c.ordinal = row.ordinal, c.text = row.text, c.section = row.section, c.timestampText = row.timestampText,
            c.timestampSeconds = row.timestampSeconds, c.timestampRepaired = row.timestampRepaired, c.deepLink = row.deepLink
        MERGE (c)-[:IN_NOTE]->(n)
        RETURN count(c) AS written
        """, "rows");

    public static readonly CypherStatement MergeMentions = new(nameof(MergeMentions), """
        UNWIND $rows AS row
        MATCH (c:Claim {id: row.claimId})
        MATCH (e:Entity {id: row.entityId})
        MERGE (c)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
        SET m.alias = row.alias
        RETURN count(m) AS written
        """, "rows");

    public static readonly CypherStatement MergeLinks = new(nameof(MergeLinks), """
        UNWIND $rows AS row
        MATCH (n:Note {id: row.noteId})
        MERGE (t:Topic {name: row.target})
        MERGE (n)-[l:LINKS_TO {ordinal: row.ordinal}]->(t)
        SET l.label = row.label, l.start = row.start, l.end = row.end
        RETURN count(l) AS written
        """, "rows");

    /// <summary>Creates relations named by evidence; counts start at zero and are set by <see cref="RecountRelations"/>.</summary>
    public static readonly CypherStatement MergeRelations = new(nameof(MergeRelations), """
        UNWIND $rows AS row
        MATCH (s:Entity {id: row.subjectId})
        MATCH (o:Entity {id: row.objectId})
        MERGE (s)-[r:RELATES {id: row.id}]->(o)
        ON CREATE SET r.predicate = row.predicate, r.origin = row.origin, r.evidenceCount = 0, r.noteCount = 0
        RETURN count(r) AS written
        """, "rows");

    public static readonly CypherStatement MergeEvidence = new(nameof(MergeEvidence), """
        UNWIND $rows AS row
        MATCH (c:Claim {id: row.claimId})
        MERGE (v:Evidence {id: row.id})
        ON CREATE SET v.relationId = row.relationId, v.claimId = row.claimId, v.noteId = row.noteId
        SET v.ordinal = row.ordinal, v.quote = row.quote, v.confidence = row.confidence, v.triggerStart = row.triggerStart,
            v.triggerEnd = row.triggerEnd, v.rule = row.rule
        MERGE (v)-[:CITES]->(c)
        RETURN count(v) AS written
        """, "rows");

    /// <summary>
    /// Refreshes evidence and note counts and the confidence (the highest of the evidence's) of the relations, and
    /// deletes those left without evidence (no orphans).
    /// </summary>
    public static readonly CypherStatement RecountRelations = new(nameof(RecountRelations), """
        UNWIND $relationIds AS relationId
        MATCH ()-[r:RELATES {id: relationId}]->()
        CALL (r, relationId) {
            OPTIONAL MATCH (v:Evidence {relationId: relationId})
            RETURN count(v) AS evidence, count(DISTINCT v.noteId) AS notes, max(v.confidence) AS confidence
        }
        SET r.evidenceCount = evidence, r.noteCount = notes, r.confidence = coalesce(confidence, 0.0)
        WITH r, evidence
        WHERE evidence = 0
        DELETE r
        RETURN count(*) AS removed
        """, "relationIds");

    // ---- Reads

    public static readonly CypherStatement CountNotes = new(nameof(CountNotes),
        "MATCH (n:Note) RETURN count(n) AS notes");

    public static readonly CypherStatement Stats = new(nameof(Stats), """
        RETURN COUNT { (:Note) } AS notes, COUNT { (:Claim) } AS claims, COUNT { (:Entity) } AS entities,
            COUNT { (:Claim)-[:MENTIONS]->(:Entity) } AS mentions, COUNT { (:Entity)-[:RELATES]->(:Entity) } AS relations
        """);

    public static readonly CypherStatement PredicateCounts = new(nameof(PredicateCounts), """
        MATCH (:Entity)-[r:RELATES]->(:Entity)
        RETURN r.predicate AS predicate, r.origin AS origin, count(*) AS count
        ORDER BY predicate, origin
        """);

    public static readonly CypherStatement EntitySourceCounts = new(nameof(EntitySourceCounts), """
        MATCH (e:Entity)
        RETURN coalesce(e.source, 'catalog') AS source, count(*) AS count
        ORDER BY source
        """);

    public static readonly CypherStatement TopEntities = new(nameof(TopEntities), """
        MATCH (e:Entity)
        WITH e, COUNT { (e)<-[:MENTIONS]-(:Claim) } AS mentions
        RETURN e.id AS id, e.name AS name, mentions
        ORDER BY mentions DESC, name, id
        LIMIT $limit
        """, "limit");

    public static readonly CypherStatement EntitiesById = new(nameof(EntitiesById), $"""
        UNWIND $ids AS id
        MATCH (e:Entity {"{"}id: id{"}"})
        RETURN {EntityMap} AS entity
        """, "ids");

    private const string EntityListFilter = """
        MATCH (e:Entity)
        WHERE ($type IS NULL OR e.type = $type)
          AND ($source IS NULL OR coalesce(e.source, 'catalog') = $source)
          AND ($nameContains IS NULL OR toLower(e.name) CONTAINS toLower($nameContains) OR e.id CONTAINS toLower($nameContains))
        """;

    public static readonly CypherStatement CountListedEntities = new(nameof(CountListedEntities), EntityListFilter + """

        RETURN count(e) AS total
        """, "type", "source", "nameContains");

    /// <summary>A page of entities, most mentioned first, after the key (mentions, name, id) of the previous page's last one.</summary>
    public static readonly CypherStatement ListEntitiesByMentions = new(nameof(ListEntitiesByMentions), EntityListFilter + $"""

        WITH e, COUNT {"{"} (e)<-[:MENTIONS]-() {"}"} AS mentions
        WHERE $afterId IS NULL OR mentions < $afterMentions
           OR (mentions = $afterMentions AND (toLower(e.name) > toLower($afterName) OR (toLower(e.name) = toLower($afterName) AND e.id > $afterId)))
        WITH {EntityMap} AS entity
        ORDER BY entity.mentions DESC, toLower(entity.name), entity.id
        SKIP $skip
        LIMIT $limit
        RETURN collect(entity) AS items
        """, "type", "source", "nameContains", "afterMentions", "afterName", "afterId", "skip", "limit");

    /// <summary>A page of entities by name, after the key (name, id) of the previous page's last one.</summary>
    public static readonly CypherStatement ListEntitiesByName = new(nameof(ListEntitiesByName), EntityListFilter + $"""

          AND ($afterId IS NULL OR toLower(e.name) > toLower($afterName) OR (toLower(e.name) = toLower($afterName) AND e.id > $afterId))
        WITH {EntityMap} AS entity
        ORDER BY toLower(entity.name), entity.id
        SKIP $skip
        LIMIT $limit
        RETURN collect(entity) AS items
        """, "type", "source", "nameContains", "afterName", "afterId", "skip", "limit");

    /// <summary>Relations touching each entity, filtered, strongest evidence first; one page per entity.</summary>
    public static readonly CypherStatement RelationsOfEntities = new(nameof(RelationsOfEntities), $"""
        UNWIND $ids AS id
        MATCH (x:Entity {"{"}id: id{"}"})
        CALL (x) {"{"}
            MATCH (x)-[r:RELATES]-(:Entity)
            WHERE ($predicate IS NULL OR r.predicate = $predicate)
              AND ($origin IS NULL OR r.origin = $origin)
              AND ($minConfidence IS NULL OR {RelationConfidence} >= $minConfidence)
              AND ($direction = 'Both'
                OR ($direction = 'Out' AND startNode(r) = x)
                OR ($direction = 'In' AND endNode(r) = x))
            WITH DISTINCT r
            ORDER BY {RelationStrength}
            RETURN collect({RelationMap}) AS relations
        {"}"}
        RETURN id, size(relations) AS total, relations[$offset..$offset + $limit] AS items
        """, "ids", "predicate", "origin", "minConfidence", "direction", "offset", "limit");

    public static readonly CypherStatement RelationsById = new(nameof(RelationsById), $"""
        UNWIND $ids AS id
        MATCH (:Entity)-[r:RELATES {"{"}id: id{"}"}]->(:Entity)
        RETURN {RelationMap} AS relation
        """, "ids");

    public static readonly CypherStatement EvidenceOfRelations = new(nameof(EvidenceOfRelations), $"""
        UNWIND $ids AS id
        CALL (id) {"{"}
            MATCH (v:Evidence {"{"}relationId: id{"}"})-[:CITES]->(c:Claim)
            WITH v, c
            ORDER BY c.noteId, c.ordinal, c.id
            RETURN collect({"{"}claim: {ClaimMap}, quote: v.quote, confidence: v.confidence, triggerStart: v.triggerStart,
                triggerEnd: v.triggerEnd, rule: v.rule{"}"}) AS evidence
        {"}"}
        RETURN id, size(evidence) AS total, evidence[$offset..$offset + $limit] AS items
        """, "ids", "offset", "limit");

    public static readonly CypherStatement ClaimsById = new(nameof(ClaimsById), $"""
        UNWIND $ids AS id
        MATCH (c:Claim {"{"}id: id{"}"})
        RETURN {ClaimMap} AS claim
        """, "ids");

    /// <summary>Claims filtered by entity and note, in note order.</summary>
    private const string ClaimListFilter = """
        MATCH (c:Claim)
        WHERE ($noteId IS NULL OR c.noteId = $noteId)
          AND ($entityId IS NULL OR EXISTS { (c)-[:MENTIONS]->(:Entity {id: $entityId}) })
        """;

    public static readonly CypherStatement CountListedClaims = new(nameof(CountListedClaims), ClaimListFilter + """

        RETURN count(c) AS total
        """, "noteId", "entityId");

    /// <summary>A page of claims in note order, after the key (note id, ordinal) of the previous page's last one.</summary>
    public static readonly CypherStatement ListClaims = new(nameof(ListClaims), ClaimListFilter + $"""

          AND ($afterNote IS NULL OR c.noteId > $afterNote OR (c.noteId = $afterNote AND c.ordinal > $afterOrdinal))
        WITH c
        ORDER BY c.noteId, c.ordinal
        SKIP $skip
        LIMIT $limit
        RETURN collect({ClaimMap}) AS items
        """, "noteId", "entityId", "afterNote", "afterOrdinal", "skip", "limit");

    /// <summary>Claims matching a Lucene query (terms escaped by the caller), best first, optionally also filtered by entity and note.</summary>
    public static readonly CypherStatement SearchClaims = new(nameof(SearchClaims), $"""
        CALL db.index.fulltext.queryNodes('claim_text', $query) YIELD node, score
        WITH node AS c, score
        WHERE ($noteId IS NULL OR c.noteId = $noteId)
          AND ($entityId IS NULL OR EXISTS {"{"} (c)-[:MENTIONS]->(:Entity {"{"}id: $entityId{"}"}) {"}"})
        WITH c, score
        ORDER BY score DESC, c.noteId, c.ordinal
        WITH collect({"{"}claim: {ClaimMap}, score: score{"}"}) AS hits
        RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS items
        """, "query", "noteId", "entityId", "offset", "limit");

    /// <summary>
    /// Entity search ranked as the SQLite store ranks it: an exact id, name or alias match first, then an id or name
    /// prefix, then full-text relevance over names and aliases; mentions break ties.
    /// </summary>
    public static readonly CypherStatement SearchEntities = new(nameof(SearchEntities), $"""
        CALL () {"{"}
            CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
            RETURN node AS e, score
          UNION ALL
            MATCH (e:Entity)
            WHERE e.id STARTS WITH $lowered OR toLower(e.name) STARTS WITH $lowered
               OR any(alias IN e.aliases WHERE toLower(alias) = $lowered)
            RETURN e, 0.0 AS score
        {"}"}
        WITH e, max(score) AS relevance
        WITH e, relevance + CASE
                WHEN e.id = $lowered OR toLower(e.name) = $lowered OR any(alias IN e.aliases WHERE toLower(alias) = $lowered) THEN 1000.0
                WHEN e.id STARTS WITH $lowered OR toLower(e.name) STARTS WITH $lowered THEN 500.0
                ELSE 0.0
            END AS score
        WITH {EntityMap} AS entity, score
        ORDER BY score DESC, entity.mentions DESC, toLower(entity.name), entity.id
        LIMIT $limit
        RETURN entity, score
        """, "query", "lowered", "limit");

    public static readonly CypherStatement ClaimsOfEntities = new(nameof(ClaimsOfEntities), $"""
        UNWIND $ids AS id
        MATCH (x:Entity {"{"}id: id{"}"})
        CALL (x) {"{"}
            MATCH (c:Claim)-[:MENTIONS]->(x)
            WITH DISTINCT c
            ORDER BY c.noteId, c.ordinal
            RETURN collect({ClaimMap}) AS claims
        {"}"}
        RETURN id, size(claims) AS total, claims[$offset..$offset + $limit] AS items
        """, "ids", "offset", "limit");

    public static readonly CypherStatement ClaimsOfNotes = new(nameof(ClaimsOfNotes), $"""
        UNWIND $ids AS id
        MATCH (n:Note {"{"}id: id{"}"})
        CALL (n) {"{"}
            MATCH (c:Claim)-[:IN_NOTE]->(n)
            WITH c
            ORDER BY c.ordinal
            RETURN collect({ClaimMap}) AS claims
        {"}"}
        RETURN id, size(claims) AS total, claims[$offset..$offset + $limit] AS items
        """, "ids", "offset", "limit");

    public static readonly CypherStatement MentionsOfClaims = new(nameof(MentionsOfClaims), """
        UNWIND $ids AS id
        MATCH (c:Claim {id: id})
        CALL (c) {
            MATCH (c)-[m:MENTIONS]->(e:Entity)
            WITH m, e
            ORDER BY m.start, e.id
            RETURN collect({entityId: e.id, alias: m.alias, start: m.start, end: m.end}) AS mentions
        }
        RETURN id, mentions
        """, "ids");

    public static readonly CypherStatement RelationsSupportedByClaims = new(nameof(RelationsSupportedByClaims), $"""
        UNWIND $ids AS id
        MATCH (c:Claim {"{"}id: id{"}"})
        CALL (c) {"{"}
            MATCH (v:Evidence)-[:CITES]->(c)
            MATCH (:Entity)-[r:RELATES {"{"}id: v.relationId{"}"}]->(:Entity)
            WITH DISTINCT r
            ORDER BY {RelationStrength}
            RETURN collect({RelationMap}) AS relations
        {"}"}
        RETURN id, relations
        """, "ids");

    public static readonly CypherStatement NotesById = new(nameof(NotesById), $"""
        UNWIND $ids AS id
        MATCH (n:Note {"{"}id: id{"}"})
        RETURN {NoteMap} AS note
        """, "ids");

    public static readonly CypherStatement NoteSummariesById = new(nameof(NoteSummariesById), $"""
        UNWIND $ids AS id
        MATCH (n:Note {"{"}id: id{"}"})
        RETURN {NoteSummaryMap} AS note
        """, "ids");

    private const string NoteListFilter = """
        MATCH (n:Note)
        WHERE ($channel IS NULL OR toLower(n.channel) = toLower($channel)) AND ($format IS NULL OR n.format = $format)
        """;

    public static readonly CypherStatement CountListedNotes = new(nameof(CountListedNotes), NoteListFilter + """

        RETURN count(n) AS total
        """, "channel", "format");

    /// <summary>A page of notes by title, after the key (title, id) of the previous page's last one.</summary>
    public static readonly CypherStatement ListNotes = new(nameof(ListNotes), NoteListFilter + $"""

          AND ($afterId IS NULL OR toLower(n.title) > toLower($afterTitle) OR (toLower(n.title) = toLower($afterTitle) AND n.id > $afterId))
        WITH n
        ORDER BY toLower(n.title), n.id
        SKIP $skip
        LIMIT $limit
        RETURN collect({NoteMap}) AS items
        """, "channel", "format", "afterTitle", "afterId", "skip", "limit");

    public static readonly CypherStatement NotesOfEntities = new(nameof(NotesOfEntities), $"""
        UNWIND $ids AS id
        MATCH (x:Entity {"{"}id: id{"}"})
        CALL (x) {"{"}
            MATCH (n:Note)<-[:IN_NOTE]-(:Claim)-[:MENTIONS]->(x)
            WITH n, count(*) AS mentions
            ORDER BY mentions DESC, n.id
            LIMIT $limit
            RETURN collect({NoteSummaryMap}) AS notes
        {"}"}
        RETURN id, notes
        """, "ids", "limit");

    public static readonly CypherStatement EntitiesOfNotes = new(nameof(EntitiesOfNotes), $"""
        UNWIND $ids AS id
        MATCH (n:Note {"{"}id: id{"}"})
        CALL (n) {"{"}
            MATCH (n)<-[:IN_NOTE]-(:Claim)-[:MENTIONS]->(e:Entity)
            WITH e, count(*) AS inNote
            ORDER BY inNote DESC, toLower(e.name), e.id
            RETURN collect({EntityMap}) AS entities
        {"}"}
        RETURN id, entities
        """, "ids");

    public static readonly CypherStatement LinksOfNotes = new(nameof(LinksOfNotes), """
        UNWIND $ids AS id
        MATCH (n:Note {id: id})
        CALL (n) {
            MATCH (n)-[l:LINKS_TO]->(t:Topic)
            WITH l, t
            ORDER BY l.ordinal
            RETURN collect({target: t.name, label: l.label, start: l.start, end: l.end}) AS links
        }
        RETURN id, links
        """, "ids");

    /// <summary>
    /// Every shortest path between two entities over relations in either direction, as entity sequences with every
    /// relation found at each hop; the store keeps the strongest relation per hop, as the SQLite store does.
    /// </summary>
    public static readonly CypherStatement ShortestPaths = new(nameof(ShortestPaths), $"""
        MATCH (a:Entity {"{"}id: $fromId{"}"})
        MATCH (b:Entity {"{"}id: $toId{"}"})
        MATCH p = ALL SHORTEST (a)-[:RELATES]-{"{"}1,{MaxPathHops}{"}"}(b)
        WHERE length(p) <= $maxHops
        WITH [n IN nodes(p) | n.id] AS entityIds, [r IN relationships(p) | {RelationMap}] AS hops
        LIMIT $maxRawPaths
        RETURN entityIds, hops
        """, "fromId", "toId", "maxHops", "maxRawPaths");

    /// <summary>Entities within the requested depth, each at its shortest distance, nearest and most mentioned first.</summary>
    public static readonly CypherStatement NeighborhoodNodes = new(nameof(NeighborhoodNodes), $"""
        MATCH (center:Entity {"{"}id: $id{"}"})
        CALL (center) {"{"}
            MATCH p = SHORTEST 1 (center)-[:RELATES]-{"{"}1,{MaxNeighborhoodDepth}{"}"}(e:Entity)
            WHERE length(p) <= $depth AND e <> center
            RETURN e, length(p) AS depth
          UNION
            WITH center AS e
            RETURN e, 0 AS depth
        {"}"}
        WITH {EntityMap} AS entity, depth
        ORDER BY depth, entity.mentions DESC, entity.id
        LIMIT $maxNodes
        RETURN entity, depth
        """, "id", "depth", "maxNodes");

    public static readonly CypherStatement RelationsAmong = new(nameof(RelationsAmong), $"""
        MATCH (a:Entity)-[r:RELATES]->(b:Entity)
        WHERE a.id IN $ids AND b.id IN $ids
        WITH r
        ORDER BY {RelationStrength}
        RETURN {RelationMap} AS relation
        """, "ids");
}
