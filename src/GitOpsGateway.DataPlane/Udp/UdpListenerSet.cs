using System.Net;
using System.Net.Sockets;
using GitOpsGateway.DataPlane.Snapshots;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane.Udp;

/// <summary>The open UDP ports, reconciled with each applied table like the Kestrel ports of <c>ListenerSet</c>.</summary>
internal sealed class UdpListenerSet(IPAddress bindAddress, SnapshotHolder snapshots, UdpSessionLimits limits, ILogger logger)
{
    private readonly Dictionary<int, UdpPortListener> _open = [];

    // Read from any thread while a reconcile runs: a copy replaced as a whole.
    private int[] _openLocalPorts = [];

    public IReadOnlyCollection<int> OpenLocalPorts => Volatile.Read(ref _openLocalPorts);

    /// <summary>
    /// Opens and closes ports until exactly <paramref name="wanted"/> are open, then closes the sessions of the ports
    /// that stay whose route the current table changed; returns what failed.
    /// </summary>
    public async Task<List<string>> ReconcileAsync(IReadOnlyCollection<UdpListenerSpec> wanted)
    {
        var errors = new List<string>();
        var wantedByLocal = wanted.ToDictionary(spec => spec.LocalPort);
        var closing = _open.Values
            .Where(open => !wantedByLocal.TryGetValue(open.Spec.LocalPort, out var spec) || spec != open.Spec)
            .ToList();
        foreach (var listener in closing)
        {
            _open.Remove(listener.Spec.LocalPort);
            await listener.DisposeAsync();
        }

        if (snapshots.Current is { } current)
        {
            foreach (var listener in _open.Values)
            {
                listener.Recheck(current);
            }
        }

        foreach (var spec in wanted.Where(spec => !_open.ContainsKey(spec.LocalPort)))
        {
            try
            {
                _open[spec.LocalPort] = UdpPortListener.Start(spec, bindAddress, snapshots, limits, logger);
            }
            catch (SocketException exception)
            {
                errors.Add($"UDP port {spec.ListenerPort} (local {spec.LocalPort}): cannot listen: {exception.Message}");
            }
        }

        Volatile.Write(ref _openLocalPorts, [.. _open.Keys.Order()]);
        return errors;
    }

    public async Task CloseAllAsync()
    {
        var all = _open.Values.ToList();
        _open.Clear();
        Volatile.Write(ref _openLocalPorts, []);
        foreach (var listener in all)
        {
            await listener.DisposeAsync();
        }
    }
}
