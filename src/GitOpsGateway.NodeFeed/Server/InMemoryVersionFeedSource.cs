using System.Collections.Concurrent;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.RouteTables;
using Microsoft.Extensions.Primitives;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>A version source held in memory, for tests and for <c>dev</c>: <see cref="Publish"/> makes a version active.</summary>
public sealed class InMemoryVersionFeedSource : IVersionFeedSource
{
    private readonly ConcurrentDictionary<NamespacedName, FeedVersion> active = new();
    private readonly ConcurrentDictionary<NamespacedName, CancellationTokenSource> changeSignals = new();

    /// <summary>Makes <paramref name="version"/> its Gateway's active version, as announced (its hash is not checked).</summary>
    public void Publish(FeedVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        active[version.Gateway] = version;
        SignalChange(version.Gateway);
    }

    /// <summary>The Gateway has no active version any more; nodes keep what they serve.</summary>
    public void Withdraw(NamespacedName gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        active.TryRemove(gateway, out _);
        SignalChange(gateway);
    }

    public ValueTask<FeedVersion?> GetCurrentAsync(NamespacedName gateway, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return ValueTask.FromResult(active.GetValueOrDefault(gateway));
    }

    public IChangeToken GetChangeToken(NamespacedName gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return new CancellationChangeToken(changeSignals.GetOrAdd(gateway, static _ => new CancellationTokenSource()).Token);
    }

    // The active version is stored before the signal is taken out and fired: a reader holding the old token either
    // already saw the new version or is woken to read it.
    private void SignalChange(NamespacedName gateway)
    {
        if (changeSignals.TryRemove(gateway, out var signal))
        {
            signal.Cancel();
        }
    }
}
