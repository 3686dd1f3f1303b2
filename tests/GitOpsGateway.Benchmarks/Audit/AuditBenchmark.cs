using System.Globalization;
using GitOpsGateway.Audit.Storage;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Testing.Postgres;
using JasperFx;
using Marten;
using Npgsql;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>
/// Seeds a store of <see cref="AuditOptions.Events"/> events (<see cref="AuditSeeder"/>), then times every audit
/// question on random subjects and prints p50/p95/p99 against the 100 ms p95 goal, the read-model sizes and the
/// plans of the main queries.
/// </summary>
internal sealed class AuditBenchmark(AuditOptions options, TextWriter output)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine($"audit: {options.Events:N0} events, {options.Sources} sources x {options.RoutesPerSource} routes, {options.NodesPerGateway} nodes per Gateway, {options.CommitsPerBatch} commits per transaction");
        try
        {
            await using var database = await PostgresDatabase.CreateAsync(cancellationToken);
            await using var store = DocumentStore.For(store =>
            {
                store.Connection(database.ConnectionString);
                store.AutoCreateSchemaObjects = AutoCreate.All;
                store.AddGitOpsGatewayEvents();
                store.AddGitOpsGatewayAudit();
            });
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
            var seeder = new AuditSeeder(options, output);
            await seeder.SeedAsync(store, cancellationToken);
            await WriteSizesAsync(database.ConnectionString, cancellationToken);

            var queries = new AuditQuerySamples(store, seeder);
            await using (var session = store.QuerySession())
            {
                await QueryPlans.WriteAsync(output, "resource history (newest first)", queries.ResourceHistoryQuery(session), database.ConnectionString, cancellationToken);
                await QueryPlans.WriteAsync(output, "shared Service history (with a time window)", queries.SharedBackendHistoryQuery(session), database.ConnectionString, cancellationToken);
            }

            output.WriteLine(TimingResult.Header);
            foreach (var (name, query) in queries.All(cancellationToken))
            {
                output.WriteLine(await QueryTimings.MeasureAsync(name, options.Samples, warmUp: 20, query));
            }

            return 0;
        }
        finally
        {
            await PostgresServer.StopSharedAsync(CancellationToken.None);
        }
    }

    private async Task WriteSizesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var sizes = new NpgsqlCommand(
            "SELECT relname, n_live_tup, pg_total_relation_size(relid) FROM pg_stat_user_tables WHERE n_live_tup > 0 ORDER BY pg_total_relation_size(relid) DESC",
            connection);
        await using var reader = await sizes.ExecuteReaderAsync(cancellationToken);
        output.WriteLine("table                                    |       rows |   size MB");
        while (await reader.ReadAsync(cancellationToken))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0),-40} | {reader.GetInt64(1),10:N0} | {reader.GetInt64(2) / 1048576.0,9:F1}"));
        }
    }
}
