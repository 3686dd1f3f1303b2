using GitOpsGateway.Testing.Postgres;
using Npgsql;

namespace GitOpsGateway.Testing.Tests.Postgres;

public sealed class PostgresOutageTests
{
    [Fact]
    public async Task an_interrupted_server_refuses_connections_and_comes_back_with_its_data_on_the_same_port()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await PostgresServer.StartAsync(cancellation);
        try
        {
            Assert.SkipUnless(server.CanInterrupt, $"The server is {server.Kind}.");
            await ExecuteAsync(server, "CREATE TABLE outage_probe(value int); INSERT INTO outage_probe VALUES (42)", cancellation);

            await server.InterruptAsync(cancellation);
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => ExecuteAsync(server, "SELECT 1", cancellation));

            await server.ResumeAsync(cancellation);
            await using var connection = new NpgsqlConnection(server.AdminConnectionString);
            await connection.OpenAsync(cancellation);
            await using var command = new NpgsqlCommand("SELECT value FROM outage_probe", connection);
            Assert.Equal(42, await command.ExecuteScalarAsync(cancellation));
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(PostgresServer server, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
