using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using Marten;
using Marten.Services;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>
/// Watches every commit of this replica's sessions (ingestion, Wolverine commands): one that wrote an
/// <see cref="ActiveVersion"/> or appended to the versions stream refreshes this replica's feed at once and
/// notifies the other replicas. It depends on no store service, since it is built while the store is.
/// </summary>
internal sealed class VersionCommitListener(VersionRefreshSignal signal, VersionNotifications notifications) : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(commit);
        if (!ChangesVersions(commit))
        {
            return;
        }

        signal.Raise();
        await notifications.NotifyAsync(token);
    }

    private static bool ChangesVersions(IChangeSet commit) =>
        commit.Inserted.Concat(commit.Updated).Any(document => document is ActiveVersion)
        || commit.GetEvents().Any(@event => @event.StreamKey == EventStreams.RouteTableVersions);
}
