using Marten;
using Marten.Linq;
using Npgsql;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>Prints PostgreSQL's plan for a Marten LINQ query, to show which index it walks.</summary>
internal static class QueryPlans
{
    public static async Task WriteAsync<T>(TextWriter output, string name, IQueryable<T> query, string connectionString, CancellationToken cancellationToken)
        where T : notnull
    {
        var command = query.ToCommand(FetchType.FetchMany);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + command.CommandText, connection);
        foreach (NpgsqlParameter parameter in command.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        output.WriteLine($"plan of {name}:");
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            output.WriteLine("    " + reader.GetString(0));
        }
    }
}
