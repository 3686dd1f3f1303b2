using System.Threading.Channels;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>
/// "The active versions may have changed": raised after this replica commits a version and when another replica
/// says it did. Signals coalesce: however many arrive while a refresh runs, one more refresh follows, which reads
/// the state as it stands then (level-triggered, like the feed itself).
/// </summary>
internal sealed class VersionRefreshSignal
{
    private readonly Channel<bool> pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Raise() => pending.Writer.TryWrite(true);

    /// <returns>True when a signal arrived, false when <paramref name="timeout"/> passed first.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await pending.Reader.WaitToReadAsync(deadline.Token);
            return pending.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
