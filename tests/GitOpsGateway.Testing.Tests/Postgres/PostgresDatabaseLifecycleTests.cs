using GitOpsGateway.Testing.Postgres;
using Npgsql;

namespace GitOpsGateway.Testing.Tests.Postgres;

public sealed class PostgresDatabaseLifecycleTests
{
    [Fact]
    public async Task disposed_database_is_gone_from_the_server_catalog()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var database = await PostgresDatabase.CreateAsync(cancellation);
        var name = database.Name;
        Assert.True(await ExistsAsync(database.Server, name, cancellation));

        await database.DisposeAsync();

        Assert.False(await ExistsAsync(database.Server, name, cancellation));
    }

    [Fact]
    public async Task dropping_a_database_ends_connections_still_open_on_it()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var database = await PostgresDatabase.CreateAsync(cancellation);
        var server = database.Server;
        var name = database.Name;
        await using var forgotten = await database.OpenConnectionAsync(cancellation);

        await database.DisposeAsync();

        Assert.False(await ExistsAsync(server, name, cancellation));
        await using var query = new NpgsqlCommand("SELECT 1", forgotten);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => query.ExecuteScalarAsync(cancellation));
    }

    [Fact]
    public async Task two_databases_have_different_names_and_do_not_see_each_others_tables()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var first = await PostgresDatabase.CreateAsync(cancellation);
        await using var second = await PostgresDatabase.CreateAsync(cancellation);
        Assert.NotEqual(first.Name, second.Name);

        await using (var connection = await first.OpenConnectionAsync(cancellation))
        await using (var create = new NpgsqlCommand("CREATE TABLE only_in_first (id int)", connection))
        {
            await create.ExecuteNonQueryAsync(cancellation);
        }

        await using var other = await second.OpenConnectionAsync(cancellation);
        await using var lookup = new NpgsqlCommand("SELECT to_regclass('only_in_first') IS NULL", other);
        Assert.Equal(true, await lookup.ExecuteScalarAsync(cancellation));
    }

    private static async Task<bool> ExistsAsync(PostgresServer server, string databaseName, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync(cancellation);
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        query.Parameters.AddWithValue("name", databaseName);
        return (long)(await query.ExecuteScalarAsync(cancellation))! == 1;
    }
}
