using GitOpsGateway.Events;
using GitOpsGateway.Events.Storage;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Tests.Support;

/// <summary>Reads what the control plane stored, straight from the event store, for checks the API does not answer.</summary>
internal sealed class EventStoreReader(string connectionString) : IAsyncDisposable
{
    private readonly DocumentStore store = DocumentStore.For(options =>
    {
        options.Connection(connectionString);
        options.AddGitOpsGatewayEvents();
    });

    public async Task<IReadOnlyList<IEvent>> SourceStreamAsync()
    {
        await using var session = store.QuerySession();
        return await session.Events.FetchStreamAsync(EventStreams.ForSource(ControlPlaneOptions.SourceName), token: TestContext.Current.CancellationToken);
    }

    /// <summary>The shas of the stream's <see cref="CommitIngested"/> events, in stream order.</summary>
    public async Task<IReadOnlyList<string>> IngestedShasAsync() =>
        (await SourceStreamAsync()).Select(@event => @event.Data).OfType<CommitIngested>().Select(commit => commit.Sha).ToList();

    /// <summary>Every stored event's JSON and headers as PostgreSQL holds them, for checks that a value was never stored.</summary>
    public async Task<IReadOnlyList<string>> AllEventDataAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT data::text || coalesce(headers::text, '') FROM mt_events", connection);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var data = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            data.Add(reader.GetString(0));
        }

        return data;
    }

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
