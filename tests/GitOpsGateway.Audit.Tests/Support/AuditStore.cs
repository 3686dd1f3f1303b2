using GitOpsGateway.Audit.Storage;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Testing.Postgres;
using JasperFx;
using Marten;

namespace GitOpsGateway.Audit.Tests.Support;

/// <summary>A fresh database with the event model and the audit read models registered.</summary>
internal sealed class AuditStore : IAsyncDisposable
{
    private AuditStore(PostgresDatabase database, DocumentStore store)
    {
        Database = database;
        Store = store;
    }

    public PostgresDatabase Database { get; }

    public DocumentStore Store { get; }

    public static async Task<AuditStore> CreateAsync(CancellationToken cancellationToken)
    {
        var database = await PostgresDatabase.CreateAsync(cancellationToken);
        var store = DocumentStore.For(options =>
        {
            options.Connection(database.ConnectionString);
            options.AutoCreateSchemaObjects = AutoCreate.All;
            options.AddGitOpsGatewayEvents();
            options.AddGitOpsGatewayAudit();
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return new AuditStore(database, store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Database.DisposeAsync();
    }
}
