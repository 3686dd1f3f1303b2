using GitOpsGateway.Testing.Postgres;
using Npgsql;

namespace GitOpsGateway.Testing.Tests.Postgres;

public sealed class OtherClassPostgresDatabaseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public void class_database_belongs_to_this_class_only()
    {
        Assert.Equal(GetType(), DatabaseClaims.Claim(database.Name, GetType()));
    }

    [Fact]
    public async Task class_database_starts_empty()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var connection = await database.OpenConnectionAsync(cancellation);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync(cancellation));
    }
}
