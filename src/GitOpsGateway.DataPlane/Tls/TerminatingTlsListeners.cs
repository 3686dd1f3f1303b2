using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.DataPlane.Tls;

/// <summary>
/// The TLS listeners in Terminate mode of one table, by port: a handshake takes the listener whose hostname
/// matches its SNI most specifically (exact, then the longest wildcard, then a listener without hostname), as the
/// router chooses HTTPS listeners.
/// </summary>
internal sealed class TerminatingTlsListeners
{
    private readonly Dictionary<int, Listener[]> _byPort;

    public TerminatingTlsListeners(RouteTable table)
    {
        _byPort = table.Listeners
            .Where(listener => listener is { Protocol: ListenerProtocol.TLS, Tls.Mode: TlsMode.Terminate })
            .GroupBy(listener => listener.Port)
            .ToDictionary(port => port.Key, port => port.ToArray());
    }

    public Listener? For(int port, string? serverName)
    {
        if (!_byPort.TryGetValue(port, out var listeners))
        {
            return null;
        }

        var name = (serverName ?? "").TrimEnd('.');
        Listener? best = null;
        var bestRank = -1;
        foreach (var listener in listeners)
        {
            var rank = Rank(listener.Hostname, name);
            if (rank > bestRank)
            {
                best = listener;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>-1 no match, 0 catch-all, 1 + suffix length for a wildcard, int.MaxValue for the exact name.</summary>
    private static int Rank(string? pattern, string name)
    {
        if (pattern is null or "*")
        {
            return 0;
        }

        if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            var suffix = pattern[1..];
            return name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? 1 + suffix.Length : -1;
        }

        return string.Equals(pattern, name, StringComparison.OrdinalIgnoreCase) ? int.MaxValue : -1;
    }
}
