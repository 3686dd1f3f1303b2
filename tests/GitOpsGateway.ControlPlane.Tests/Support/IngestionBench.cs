using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Queries;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Sources;
using GitOpsGateway.Sources.Git;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using JasperFx;
using Marten;

namespace GitOpsGateway.ControlPlane.Tests.Support;

/// <summary>
/// The Git reader and ingestion without a control-plane process: a real bare repository, a real database with the
/// event store's schema, and one commit at a time read and ingested exactly as the watcher does.
/// </summary>
internal sealed class IngestionBench : IAsyncDisposable
{
    private readonly string workingDirectory = Path.Combine(Path.GetTempPath(), "gitops-gateway-ingestion-" + Guid.NewGuid().ToString("N"));
    private readonly PostgresDatabase database;

    private IngestionBench(PostgresDatabase database, GitRemoteRepository remote, DocumentStore store)
    {
        this.database = database;
        Remote = remote;
        Store = store;
    }

    public GitRemoteRepository Remote { get; }

    public DocumentStore Store { get; }

    public string ConnectionString => database.ConnectionString;

    public SourceDefinition Source => new() { Name = ControlPlaneOptions.SourceName, Repository = Remote.BarePath, Folder = TestRepository.Folder };

    public static async Task<IngestionBench> CreateAsync(CancellationToken cancellationToken)
    {
        var database = await PostgresDatabase.CreateAsync(cancellationToken);
        var remote = await GitRemoteRepository.CreateAsync(cancellationToken);
        var store = DocumentStore.For(options =>
        {
            options.Connection(database.ConnectionString);
            options.AutoCreateSchemaObjects = AutoCreate.All;
            options.AddGitOpsGatewayEvents();
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return new IngestionBench(database, remote, store);
    }

    /// <summary>Fetches, reads the commit and ingests it; the commit must be appended.</summary>
    public async Task IngestAsync(string sha, CancellationToken cancellationToken)
    {
        using var reader = new GitSourceReader(Source, workingDirectory);
        await reader.FetchAsync(cancellationToken);
        var commit = reader.ReadCommit(sha, cancellationToken).Commit;
        var outcome = await new CommitIngestor().IngestAsync(Store, Source, new IngestBatch([commit], ForcePushFrom: null), cancellationToken);
        Assert.True(Assert.Single(outcome).Appended);
    }

    /// <summary>The source's one HTTPRoute as the admin API's resource query answers it, or null once it is gone.</summary>
    public async Task<ResourceWithStatus?> RouteAsync(CancellationToken cancellationToken)
    {
        await using var session = Store.QuerySession();
        var resources = await GatewayQueries.ResourcesAsync(session, Source.Name, cancellationToken);
        return resources.SingleOrDefault(item => item.Resource.Kind == "HTTPRoute");
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Remote.Dispose();
        await database.DisposeAsync();
        if (Directory.Exists(workingDirectory))
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
    }
}
