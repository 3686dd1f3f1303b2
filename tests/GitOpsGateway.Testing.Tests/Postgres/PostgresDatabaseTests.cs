using GitOpsGateway.Testing.Postgres;
using Npgsql;

namespace GitOpsGateway.Testing.Tests.Postgres;

public sealed class PostgresDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task connection_reaches_the_class_database_and_round_trips_rows()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var connection = await database.OpenConnectionAsync(cancellation);
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE routes (name text PRIMARY KEY, weight int NOT NULL); "
            + "INSERT INTO routes VALUES ('checkout', 80), ('search', 20);",
            connection))
        {
            await create.ExecuteNonQueryAsync(cancellation);
        }

        await using var query = new NpgsqlCommand(
            "SELECT current_database(), string_agg(name || '=' || weight, ',' ORDER BY name) FROM routes", connection);
        await using var reader = await query.ExecuteReaderAsync(cancellation);
        Assert.True(await reader.ReadAsync(cancellation));
        Assert.Equal(database.Name, reader.GetString(0));
        Assert.Equal("checkout=80,search=20", reader.GetString(1));
    }

    [Fact]
    public void class_database_belongs_to_this_class_only()
    {
        Assert.StartsWith("gitops_test_", database.Name, StringComparison.Ordinal);
        Assert.Equal(GetType(), DatabaseClaims.Claim(database.Name, GetType()));
    }
}
