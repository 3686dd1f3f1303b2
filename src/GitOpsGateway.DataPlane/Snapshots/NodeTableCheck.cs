using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.DataPlane.Listeners;
using GitOpsGateway.DataPlane.Udp;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.RouteTables.Validation;

namespace GitOpsGateway.DataPlane.Snapshots;

/// <summary>What makes a table unusable on this node (refused), and which TCP and UDP ports it wants open.</summary>
internal static class NodeTableCheck
{
    public static List<string> Refusals(RouteTable table, DataPlaneOptions options)
    {
        var errors = RouteTableValidator.Validate(table).ToList();
        if (table.Gateway != options.Gateway)
        {
            errors.Add($"gateway: the table is for {table.Gateway}, this node serves {options.Gateway}");
        }

        // UDP ports are a space of their own: TCP 53 and UDP 53 can both be listeners.
        foreach (var port in table.Listeners.GroupBy(listener => (listener.Port, Udp: listener.Protocol == ListenerProtocol.UDP)))
        {
            var protocols = port.Select(listener => listener.Protocol).Distinct().ToList();
            if (protocols.Count > 1)
            {
                errors.Add($"port {port.Key.Port}: listeners mix protocols {string.Join(", ", protocols)}");
            }
        }

        return errors;
    }

    /// <summary>Listeners this node does not serve, reported without refusing the table.</summary>
    public static IEnumerable<string> Unserved(RouteTable table) =>
        table.Listeners
            .Where(listener => KindOf(listener) is null && listener.Protocol != ListenerProtocol.UDP)
            .Select(listener => $"listeners[{listener.Name}]: {listener.Protocol} listeners" +
                $"{(listener.Tls is { } tls ? $" in {tls.Mode} mode" : "")} are not served by this node yet");

    public static List<PortListenerSpec> WantedPorts(RouteTable table, PortMapping ports) =>
        table.Listeners
            .Where(listener => KindOf(listener) is not null)
            .GroupBy(listener => listener.Port)
            .Select(port => new PortListenerSpec(port.Key, ports.LocalPortFor(port.Key), KindOf(port.First())!.Value))
            .ToList();

    public static List<UdpListenerSpec> WantedUdpPorts(RouteTable table, PortMapping ports) =>
        table.Listeners
            .Where(listener => listener.Protocol == ListenerProtocol.UDP)
            .Select(listener => listener.Port)
            .Distinct()
            .Select(port => new UdpListenerSpec(port, ports.LocalPortFor(port)))
            .ToList();

    private static PortKind? KindOf(Listener listener) => listener.Protocol switch
    {
        ListenerProtocol.HTTP => PortKind.Http,
        ListenerProtocol.HTTPS => PortKind.Https,
        ListenerProtocol.TLS when listener.Tls?.Mode == TlsMode.Passthrough => PortKind.TlsPassthrough,
        ListenerProtocol.TLS => PortKind.TlsTerminate,
        ListenerProtocol.TCP => PortKind.Tcp,
        _ => null,
    };
}
