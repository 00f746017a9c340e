using System.Net;
using System.Net.Sockets;
using ClaimGraph.Storage.Neo4j;
using Polly.Timeout;

namespace ClaimGraph.Core.Tests.Storage.Neo4j;

public sealed class Neo4jFailureClassifierTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", 400, true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", 503, true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", 400, false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", 400, false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", 400, false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", 401, false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", 500, false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", 500, true)]
    [InlineData("Neo.DatabaseError.General.UnknownError", 400, false)]
    public void Neo4j_codes_decide_retries(string code, int status, bool transient) =>
        Neo4jFailureClassifier.IsTransient(new Neo4jQueryException([new Neo4jError(code, "m")], (HttpStatusCode)status, null))
            .Should().Be(transient);

    [Fact]
    public void Network_failures_server_errors_and_attempt_timeouts_are_transient_while_4xx_are_not()
    {
        Neo4jFailureClassifier.IsTransient(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))).Should().BeTrue();
        Neo4jFailureClassifier.IsTransient(new HttpRequestException("bad gateway", null, HttpStatusCode.BadGateway)).Should().BeTrue();
        Neo4jFailureClassifier.IsTransient(new HttpRequestException("not found", null, HttpStatusCode.NotFound)).Should().BeFalse();
        Neo4jFailureClassifier.IsTransient(new TimeoutRejectedException()).Should().BeTrue();
        Neo4jFailureClassifier.IsTransient(new InvalidOperationException()).Should().BeFalse();
    }

    [Theory]
    [InlineData("deepseek r1", "+\"deepseek\" +\"r1\"")]
    [InlineData("GPT-4.5 (preview)", "+\"GPT-4.5\" +\"(preview)\"")]
    [InlineData("back\\slash", "+\"back\\\\slash\"")]
    [InlineData("  -- ** ", null)]
    [InlineData("", null)]
    public void Search_text_becomes_required_escaped_phrases(string text, string? expected) =>
        LuceneQuery.AllTerms(text).Should().Be(expected);

    [Theory]
    [InlineData("Nous Res", "+\"Nous\" +res*")]
    [InlineData("open", "+open*")]
    [InlineData("hermes-3", "+\"hermes-3\"")]
    public void Entity_search_also_matches_the_last_term_as_a_prefix(string text, string expected) =>
        LuceneQuery.AllTerms(text, prefixLastTerm: true).Should().Be(expected);
}
