using ClaimGraph.GraphQL.Execution;
using ClaimGraph.GraphQL.Types;
using static ClaimGraph.GraphQL.Tests.Fixtures.TestQueries;

namespace ClaimGraph.GraphQL.Tests.Execution;

public class BatchLoaderTests
{
    private sealed record Node(int Id);

    /// <summary>A tree store where node n has children 10n+1 … 10n+3, counting each batch call per level.</summary>
    private sealed class TreeStore
    {
        public List<int[]> ChildBatches { get; } = [];

        public List<int[]> NameBatches { get; } = [];

        public async ValueTask<IReadOnlyDictionary<int, IReadOnlyList<Node>>> ChildrenAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            await Task.Delay(1, cancellationToken);
            lock (ChildBatches)
            {
                ChildBatches.Add([.. ids]);
            }
            return ids.ToDictionary(id => id, id => (IReadOnlyList<Node>)[new Node((id * 10) + 1), new Node((id * 10) + 2), new Node((id * 10) + 3)]);
        }

        public ValueTask<IReadOnlyDictionary<int, string>> NamesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            lock (NameBatches)
            {
                NameBatches.Add([.. ids]);
            }
            return ValueTask.FromResult<IReadOnlyDictionary<int, string>>(ids.ToDictionary(id => id, id => $"node {id}"));
        }
    }

    private static Schema CreateSchema(TreeStore store)
    {
        var node = new ObjectType("Node");
        node.Field("id", ScalarType.Int.NonNull(), c => ((Node)c.Source!).Id);
        node.Field("name", ScalarType.String, async c =>
            await c.GetBatchLoader<int, string>("names", store.NamesAsync).LoadAsync(((Node)c.Source!).Id));
        node.Field("children", node.NonNull().List().NonNull(), async c =>
            await c.GetBatchLoader<int, IReadOnlyList<Node>>("children", store.ChildrenAsync).LoadAsync(((Node)c.Source!).Id));
        var query = new ObjectType("Query");
        query.Field("roots", node.NonNull().List().NonNull(), c => Enumerable.Range(1, c.GetArgument("count", 5)).Select(i => new Node(i)).ToList())
            .Argument("count", ScalarType.Int);
        return new Schema(query);
    }

    [Fact]
    public async Task Children_of_N_parents_cost_one_batch_per_level()
    {
        var store = new TreeStore();
        var result = await GraphQLExecutor.ExecuteAsync(
            CreateSchema(store),
            new GraphQLRequest("{ roots(count: 5) { id name children { id name children { id children { id } } } } }"));

        result.Errors.Should().BeNull();
        store.ChildBatches.Should().HaveCount(3, "three levels of children were selected");
        store.ChildBatches[0].Should().BeEquivalentTo([1, 2, 3, 4, 5]);
        store.ChildBatches[1].Should().HaveCount(15);
        store.ChildBatches[2].Should().HaveCount(45);
        store.NameBatches.Should().HaveCount(2, "names are selected on two levels");
        store.NameBatches.Sum(b => b.Length).Should().Be(5 + 15);
        var json = result.ToJson();
        json.Should().StartWith("{\"data\":{\"roots\":[{\"id\":1,\"name\":\"node 1\",\"children\":[{\"id\":11,\"name\":\"node 11\",\"children\":[{\"id\":111,\"children\":[{\"id\":1111}");
    }

    [Fact]
    public async Task Repeated_keys_are_loaded_once_per_request()
    {
        var store = new TreeStore();
        var result = await GraphQLExecutor.ExecuteAsync(CreateSchema(store), new GraphQLRequest("{ a: roots(count: 3) { name } b: roots(count: 3) { name } }"));
        result.Errors.Should().BeNull();
        store.NameBatches.Should().ContainSingle().Which.Should().BeEquivalentTo([1, 2, 3]);
    }

    [Fact]
    public async Task A_failing_batch_becomes_a_field_error_for_each_waiting_field()
    {
        var node = new ObjectType("Node");
        node.Field("name", ScalarType.String, async c => await c.GetBatchLoader<int, string>(
            "broken", (_, _) => throw new GraphQLError("store unavailable")).LoadAsync((int)c.Source!));
        var query = new ObjectType("Query");
        query.Field("nodes", node.List(), _ => new[] { 1, 2 });
        var json = await RunAsync(new Schema(query), "{ nodes { name } }");
        json.Should().Contain("\"data\":{\"nodes\":[{\"name\":null},{\"name\":null}]}");
        json.Should().Contain("store unavailable").And.Contain("\"path\":[\"nodes\",1,\"name\"]");
    }
}
