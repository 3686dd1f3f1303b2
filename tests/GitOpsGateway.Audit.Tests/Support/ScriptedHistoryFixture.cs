namespace GitOpsGateway.Audit.Tests.Support;

/// <summary>The scripted history ingested once into a fresh store, shared by the tests of a class that only read.</summary>
public sealed class ScriptedHistoryFixture : IAsyncLifetime
{
    private AuditStore? store;
    private ScriptedHistory? history;

    internal AuditStore Store => store ?? throw new InvalidOperationException("Not initialised.");

    internal ScriptedHistory History => history ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        store = await AuditStore.CreateAsync(TestContext.Current.CancellationToken);
        history = await ScriptedHistory.IngestAsync(store.Store, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }
}
