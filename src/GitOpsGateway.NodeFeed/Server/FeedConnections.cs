using System.Collections.Concurrent;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Which nodes hold a feed connection to this process right now (a node may briefly hold two while reconnecting).</summary>
internal sealed class FeedConnections
{
    private readonly ConcurrentDictionary<(string Gateway, string Node), int> open = new();

    public IDisposable Open(string gateway, string node)
    {
        open.AddOrUpdate((gateway, node), 1, static (_, count) => count + 1);
        return new Registration(this, (gateway, node));
    }

    public IReadOnlySet<(string Gateway, string Node)> Snapshot() =>
        open.Where(entry => entry.Value > 0).Select(entry => entry.Key).ToHashSet();

    private void Close((string Gateway, string Node) key)
    {
        while (open.TryGetValue(key, out var count))
        {
            var removed = count <= 1
                ? open.TryRemove(new KeyValuePair<(string, string), int>(key, count))
                : open.TryUpdate(key, count - 1, count);
            if (removed)
            {
                return;
            }
        }
    }

    private sealed class Registration(FeedConnections owner, (string Gateway, string Node) key) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Close(key);
            }
        }
    }
}
