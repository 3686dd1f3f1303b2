using GitOpsGateway.Events.Projections;
using Marten;

namespace GitOpsGateway.Events.Storage;

/// <summary>The names of the event model's projections, and their rebuild from the event store.</summary>
public static class EventProjections
{
    public const string SourceState = "source_state";
    public const string CurrentResources = "current_resources";
    public const string Versions = "route_table_versions";
    public const string Rejections = "source_rejections";

    public static IReadOnlyList<string> All { get; } = [SourceState, CurrentResources, Versions, Rejections];

    /// <summary>
    /// Every document the projections write. <see cref="SourceSync"/> and <see cref="FailingCommit"/> are not
    /// among them: they are the watcher's operational state (last fetch, last error, the commit being retried),
    /// written directly and not derived from events.
    /// </summary>
    private static readonly Type[] Documents =
    [
        typeof(Projections.SourceState), typeof(IngestedCommit), typeof(FailedCommit), typeof(CurrentResource), typeof(RouteTableVersion),
        typeof(ActiveVersion), typeof(VersionPin), typeof(VersionActivation), typeof(SourceRejections),
    ];

    /// <summary>
    /// Deletes what the event model's projections wrote and replays every event through them with Marten's
    /// projection daemon. Run it while nothing appends events (every control plane stopped): an event appended
    /// meanwhile would be applied twice or not at all.
    /// </summary>
    public static async Task RebuildAsync(IDocumentStore store, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var document in Documents)
        {
            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(document, cancellationToken);
        }

        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var projection in All)
        {
            await daemon.RebuildProjectionAsync(projection, timeout, cancellationToken);
        }
    }
}
