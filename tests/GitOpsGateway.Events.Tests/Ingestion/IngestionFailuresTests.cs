using System.Net.Sockets;
using GitOpsGateway.Events.Ingestion;
using Npgsql;

namespace GitOpsGateway.Events.Tests.Ingestion;

public sealed class IngestionFailuresTests
{
    [Theory]
    [InlineData("54000", false)]
    [InlineData("22P05", false)]
    [InlineData("22001", false)]
    [InlineData("08006", true)]
    [InlineData("40001", true)]
    [InlineData("57P01", true)]
    public void A_database_error_is_transient_by_its_sqlstate_even_when_wrapped(string sqlState, bool transient)
    {
        var refused = new PostgresException("refused", "ERROR", "ERROR", sqlState);

        Assert.Equal(transient, IngestionFailures.IsTransient(new InvalidOperationException("wrapped", refused)));
        Assert.StartsWith($"PostgreSQL {sqlState}: refused", IngestionFailures.Describe(new InvalidOperationException("wrapped", refused)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_connection_is_transient_and_a_compiler_bug_is_not()
    {
        Assert.True(IngestionFailures.IsTransient(new AggregateException(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))));
        Assert.False(IngestionFailures.IsTransient(new InvalidOperationException("The JSON value of length 179308486 is too large and not supported.")));
        Assert.Equal("KeyNotFoundException: no listener", IngestionFailures.Describe(new KeyNotFoundException("no listener")));
    }
}
