using System.Text.RegularExpressions;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Core.Tests.Storage.Sqlite;

/// <summary>
/// Guards the promise that one traversal hop or one batch page is index lookups: SQLite's own query plan for each hot
/// statement must not scan a base table. (Speed itself is measured by the benchmarks, not here.)
/// </summary>
public sealed partial class SqliteQueryPlanTests
{
    public static TheoryData<string, string> HotStatements => new()
    {
        { nameof(SqliteClaimGraphStore.RelationsOfEntitiesSql), SqliteClaimGraphStore.RelationsOfEntitiesSql },
        { nameof(SqliteClaimGraphStore.EvidencePageSql), SqliteClaimGraphStore.EvidencePageSql },
        { nameof(SqliteClaimGraphStore.ClaimsOfEntitiesSql), SqliteClaimGraphStore.ClaimsOfEntitiesSql },
        { nameof(SqliteClaimGraphStore.ClaimsOfNotesSql), SqliteClaimGraphStore.ClaimsOfNotesSql },
        { nameof(SqliteClaimGraphStore.UnseenNeighboursSql), SqliteClaimGraphStore.UnseenNeighboursSql },
        { nameof(SqliteClaimGraphStore.StrongestRelationsSql), SqliteClaimGraphStore.StrongestRelationsSql },
        { nameof(SqliteClaimGraphStore.RelationsAmongSql), SqliteClaimGraphStore.RelationsAmongSql },
        { nameof(SqliteClaimGraphStore.TopNotesOfEntitySql), SqliteClaimGraphStore.TopNotesOfEntitySql },
        { nameof(SqliteClaimGraphStore.ExistingEntitiesSql), SqliteClaimGraphStore.ExistingEntitiesSql },
        { nameof(SqliteClaimGraphStore.SubtractMentionCountsSql), SqliteClaimGraphStore.SubtractMentionCountsSql },
        { nameof(SqliteClaimGraphStore.DiscoveredAmongSql), SqliteClaimGraphStore.DiscoveredAmongSql },
        { nameof(SqliteClaimGraphStore.AddMentionCountsSql), SqliteClaimGraphStore.AddMentionCountsSql },
        { nameof(SqliteClaimGraphStore.RefreshDiscoveredSql), SqliteClaimGraphStore.RefreshDiscoveredSql },
    };

    /// <summary>
    /// The writer's per-note and per-group statements over given entity ids seek each entity by its id. Driven by
    /// ix_entities_source instead (a SEARCH too, so the theory above would pass), each ran over every discovered entity, a
    /// cost that grew with the store: 8.7 s of the writer's time on the 2,210-note corpus.
    /// </summary>
    public static TheoryData<string, string> EntityIdStatements => new()
    {
        { nameof(SqliteClaimGraphStore.DiscoveredAmongSql), SqliteClaimGraphStore.DiscoveredAmongSql },
        { nameof(SqliteClaimGraphStore.AddMentionCountsSql), SqliteClaimGraphStore.AddMentionCountsSql },
        { nameof(SqliteClaimGraphStore.RefreshDiscoveredSql), SqliteClaimGraphStore.RefreshDiscoveredSql },
    };

    [Theory]
    [MemberData(nameof(EntityIdStatements))]
    public async Task Statements_over_given_entity_ids_seek_entities_by_id(string name, string sql)
    {
        var plan = await PlanAsync(sql);

        plan.Should().NotContain(line => line.Contains("ix_entities_source", StringComparison.Ordinal), $"{name}:\n{string.Join("\n", plan)}");
        plan.Where(line => line.Contains("entities", StringComparison.Ordinal) && !line.Contains("json_each", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(line => line.Contains("USING INDEX sqlite_autoindex_entities_1 (id=?)", StringComparison.Ordinal),
                $"{name}:\n{string.Join("\n", plan)}");
    }

    [Theory]
    [MemberData(nameof(HotStatements))]
    public async Task Hot_statements_search_indexes_instead_of_scanning_tables(string name, string sql)
    {
        var plan = await PlanAsync(sql);

        plan.Should().Contain(line => line.StartsWith("SEARCH ", StringComparison.Ordinal), name + " reads through an index");
        plan.Should().NotContain(line => BaseTableScan().IsMatch(line), $"{name} must not scan a table:\n{string.Join("\n", plan)}");
    }

    private static async Task<List<string>> PlanAsync(string sql)
    {
        string connectionString = $"Data Source=plans-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        await using var store = await SqliteClaimGraphStore.OpenAsync(connectionString, CancellationToken.None);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var plan = new List<string>();
        foreach (string statement in sql.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + statement;
            foreach (string parameter in ParameterName().Matches(statement).Select(match => match.Value).Distinct())
            {
                command.Parameters.AddWithValue(parameter, DBNull.Value);
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        return plan;
    }

    [GeneratedRegex(@"\$\w+")]
    private static partial Regex ParameterName();

    // Every base table is aliased r, c, m, ev, e or n in these statements, or named in full; CTEs have other names.
    [GeneratedRegex(@"^SCAN (r|c|m|ev|e|n|relations|claims|mentions|relation_evidence|entities|notes|links)( |$)")]
    private static partial Regex BaseTableScan();
}
