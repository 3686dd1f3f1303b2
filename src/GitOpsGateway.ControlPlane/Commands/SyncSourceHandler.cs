using GitOpsGateway.ControlPlane.Watching;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>
/// The Wolverine handler of <see cref="SyncSource"/>. Each commit is its own Marten transaction (see
/// <see cref="SourceSynchronizer"/>), so the handler does not take Wolverine's per-message session.
/// </summary>
public static class SyncSourceHandler
{
    public static Task<SyncOutcome> Handle(SyncSource command, SourceSynchronizer synchronizer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(synchronizer);
        return synchronizer.SyncAsync(command.Source, cancellationToken);
    }
}
