using System.Collections.Concurrent;

namespace GitOpsGateway.ControlPlane.Watching;

/// <summary>
/// Wakes a source's watcher before its poll interval is up: when this replica becomes its leader, or when another
/// replica received a webhook for it. Wakes that arrive while the watcher is busy collapse into one.
/// </summary>
public sealed class SourceSignals
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> signals = new(StringComparer.Ordinal);

    public void Wake(string source)
    {
        var signal = For(source);
        lock (signal)
        {
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
    }

    /// <summary>Waits for a wake or the delay, whichever comes first; true when woken.</summary>
    public Task<bool> WaitAsync(string source, TimeSpan delay, CancellationToken cancellationToken) =>
        For(source).WaitAsync(delay, cancellationToken);

    private SemaphoreSlim For(string source) => signals.GetOrAdd(source, _ => new SemaphoreSlim(0, 1));
}
