using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace ClaimGraph.Api;

public sealed record EntityListQuery(
    [FromQuery(Name = "type")]
    [Description("Only entities of this type.")]
    [AllowedValues("Organization", "Person", "Model", "Product", "Concept", "Token", "Publication", "Place", "Other")]
    [ParameterExample("Organization")]
    string? Type,
    [FromQuery(Name = "q")]
    [Description("Only entities whose name or an alias contains this text (case-insensitive).")]
    [ParameterExample("intellect")]
    string? Q,
    [FromQuery(Name = "source")]
    [Description("Only entities from the curated 'catalog' or 'discovered' in the notes' text.")]
    [AllowedValues("catalog", "discovered")]
    [ParameterExample("discovered")]
    string? Source,
    [FromQuery(Name = "sort")]
    [Description("Order: 'mentions' (most mentioned first) or 'name' (alphabetical).")]
    [AllowedValues("mentions", "name")]
    [DefaultValue("mentions")]
    [ParameterExample("mentions")]
    string? Sort,
    [FromQuery(Name = "limit")]
    [Description("Page size, 1 to 100.")]
    [Range(1, PageRequests.MaxLimit)]
    [DefaultValue(PageRequests.DefaultLimit)]
    [ParameterExample(10)]
    int? Limit,
    [FromQuery(Name = "cursor")]
    [Description("Opaque cursor from the 'next' link of the previous page; omit for the first page.")]
    string? Cursor);

public sealed record RelationListQuery(
    [FromQuery(Name = "predicate")]
    [Description("Only relations with this predicate of the relation vocabulary (see /api/relation-types); an unknown one is a 400.")]
    [ParameterExample("FUNDS")]
    string? Predicate,
    [FromQuery(Name = "direction")]
    [Description("'out': the entity is the subject; 'in': the entity is the object; 'both' (default).")]
    [AllowedValues("out", "in", "both")]
    [DefaultValue("both")]
    [ParameterExample("out")]
    string? Direction,
    [FromQuery(Name = "origin")]
    [Description(
        "Only 'curated' relations (stated in the catalog with a quote), 'extracted' ones (found in a claim's text by an extraction rule) " +
        "or 'co-mention' ones (two entities named in one claim).")]
    [AllowedValues("curated", "extracted", "co-mention")]
    [ParameterExample("extracted")]
    string? Origin,
    [FromQuery(Name = "minConfidence")]
    [Description("Only relations whose confidence (the highest of their evidence's, 0 to 1) is at least this.")]
    [Range(0.0, 1.0)]
    [ParameterExample(0.5)]
    double? MinConfidence,
    [FromQuery(Name = "evidenceLimit")]
    [Description("How many evidence claims to include per relation, 0 to 100.")]
    [Range(0, PageRequests.MaxLimit)]
    [DefaultValue(RelationListQuery.DefaultEvidenceLimit)]
    [ParameterExample(3)]
    int? EvidenceLimit,
    [FromQuery(Name = "limit")]
    [Description("Page size (relations per page), 1 to 100.")]
    [Range(1, PageRequests.MaxLimit)]
    [DefaultValue(PageRequests.DefaultLimit)]
    [ParameterExample(20)]
    int? Limit,
    [FromQuery(Name = "cursor")]
    [Description("Opaque cursor from the 'next' link of the previous page; omit for the first page.")]
    string? Cursor)
{
    public const int DefaultEvidenceLimit = 5;
}

public sealed record EntityClaimsQuery(
    [FromQuery(Name = "limit")]
    [Description("Page size, 1 to 100.")]
    [Range(1, PageRequests.MaxLimit)]
    [DefaultValue(PageRequests.DefaultLimit)]
    [ParameterExample(10)]
    int? Limit,
    [FromQuery(Name = "cursor")]
    [Description("Opaque cursor from the 'next' link of the previous page; omit for the first page.")]
    string? Cursor);

public sealed record NeighborhoodQuery(
    [FromQuery(Name = "depth")]
    [Description("How many hops from the entity, 1 to 3.")]
    [Range(NeighborhoodQuery.MinDepth, NeighborhoodQuery.MaxDepth)]
    [DefaultValue(1)]
    [ParameterExample(1)]
    int? Depth,
    [FromQuery(Name = "maxNodes")]
    [Description("At most this many nodes (the nearest are kept), 1 to 500.")]
    [Range(1, NeighborhoodQuery.MaxNodesLimit)]
    [DefaultValue(NeighborhoodQuery.DefaultMaxNodes)]
    [ParameterExample(50)]
    int? MaxNodes)
{
    public const int MinDepth = 1;
    public const int MaxDepth = 3;
    public const int DefaultMaxNodes = 100;
    public const int MaxNodesLimit = 500;
}
