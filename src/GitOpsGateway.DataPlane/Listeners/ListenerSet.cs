using System.Net;
using GitOpsGateway.DataPlane.L4;
using GitOpsGateway.DataPlane.Tls;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane.Listeners;

/// <summary>The open ports, reconciled with each applied table: new ports open, removed ports drain and close.</summary>
internal sealed class ListenerSet(
    IPAddress bindAddress,
    IHttpApplication<HttpContext> application,
    TlsHandshake tls,
    L4Proxy l4,
    IServiceProvider kestrelServices,
    ILoggerFactory loggerFactory)
{
    private readonly Dictionary<int, PortListener> _open = [];

    // Read from any thread (status, tests) while a reconcile runs: a copy replaced as a whole.
    private int[] _openLocalPorts = [];

    public IReadOnlyCollection<int> OpenLocalPorts => Volatile.Read(ref _openLocalPorts);

    /// <summary>Opens and closes ports until exactly <paramref name="wanted"/> are open; returns what failed.</summary>
    public async Task<List<string>> ReconcileAsync(
        IReadOnlyCollection<PortListenerSpec> wanted, TimeSpan drainTimeout, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var wantedByLocal = wanted.ToDictionary(spec => spec.LocalPort);
        var closing = _open.Values
            .Where(open => !wantedByLocal.TryGetValue(open.Spec.LocalPort, out var spec) || spec != open.Spec)
            .ToList();
        foreach (var listener in closing)
        {
            _open.Remove(listener.Spec.LocalPort);
        }

        await Task.WhenAll(closing.Select(listener => listener.StopAsync(drainTimeout)));

        foreach (var spec in wanted.Where(spec => !_open.ContainsKey(spec.LocalPort)))
        {
            try
            {
                _open[spec.LocalPort] = await PortListener.StartAsync(spec, bindAddress, application, tls, l4, kestrelServices, loggerFactory, cancellationToken);
            }
            catch (IOException exception)
            {
                errors.Add($"port {spec.ListenerPort} (local {spec.LocalPort}): cannot listen: {exception.Message}");
            }
        }

        Volatile.Write(ref _openLocalPorts, [.. _open.Keys.Order()]);
        return errors;
    }

    public async Task CloseAllAsync(TimeSpan drainTimeout)
    {
        var all = _open.Values.ToList();
        _open.Clear();
        Volatile.Write(ref _openLocalPorts, []);
        await Task.WhenAll(all.Select(listener => listener.StopAsync(drainTimeout)));
    }
}
