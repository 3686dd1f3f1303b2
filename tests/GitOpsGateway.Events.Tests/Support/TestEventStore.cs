using GitOpsGateway.Events.Storage;
using GitOpsGateway.Testing.Postgres;
using JasperFx;
using Marten;
using Npgsql;

namespace GitOpsGateway.Events.Tests.Support;

/// <summary>A fresh database with the event model registered: one per test, so version numbers start at 1.</summary>
internal sealed class TestEventStore : IAsyncDisposable
{
    private TestEventStore(PostgresDatabase database, DocumentStore store)
    {
        Database = database;
        Store = store;
    }

    public PostgresDatabase Database { get; }

    public DocumentStore Store { get; }

    public static async Task<TestEventStore> CreateAsync(CancellationToken cancellationToken)
    {
        var database = await PostgresDatabase.CreateAsync(cancellationToken);
        var store = DocumentStore.For(options =>
        {
            options.Connection(database.ConnectionString);
            options.AutoCreateSchemaObjects = AutoCreate.All;
            options.AddGitOpsGatewayEvents();
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return new TestEventStore(database, store);
    }

    /// <summary>Every event row's data and headers as raw JSON text, for checks that must see what is stored.</summary>
    public async Task<string> RawEventsTextAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(string_agg(data::text || ' ' || coalesce(headers::text, ''), E'\\n' ORDER BY seq_id), '') FROM public.mt_events",
            connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Every document table's JSON as text.</summary>
    public async Task<string> RawDocumentsTextAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'mt_doc_%'", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT coalesce(string_agg(data::text, E'\\n'), '') FROM public.\"{table}\"", connection);
            text.AppendLine((string)(await select.ExecuteScalarAsync(cancellationToken))!);
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Database.DisposeAsync();
    }
}
