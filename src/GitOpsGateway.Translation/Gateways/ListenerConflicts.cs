using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>
/// Listeners that share a port must be distinct. Over TCP, a port carries one kind of traffic: plain HTTP, HTTPS,
/// TLS passthrough, TLS termination or raw TCP; two of these on one port are all ProtocolConflict (the spec's
/// rule for TCP, and mixed TLS modes, which this controller does not implement). UDP ports are a separate space.
/// Same port, protocol and hostname is HostnameConflict, which the validator reports.
/// </summary>
internal static class ListenerConflicts
{
    private static readonly string[] CoreProtocols =
        [ListenerProtocols.Http, ListenerProtocols.Https, ListenerProtocols.Tls, ListenerProtocols.Tcp, ListenerProtocols.Udp];

    public static void Detect(GatewayContext gateway)
    {
        var byPort = gateway.Listeners
            .Where(listener => CoreProtocols.Contains(listener.Spec.Protocol, StringComparer.Ordinal))
            .Where(listener => listener.Spec.Protocol != ListenerProtocols.Udp)
            .GroupBy(listener => listener.Spec.Port);
        foreach (var port in byPort)
        {
            var families = port.Select(Family).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (families.Count < 2)
            {
                continue;
            }

            foreach (var listener in port)
            {
                var others = port.Where(other => other != listener && Family(other) != Family(listener)).Select(other => other.Name);
                listener.Conflicts.Add(new Problem(
                    ConditionReasons.ProtocolConflict,
                    $"Port {port.Key} is also used by listener(s) {string.Join(", ", others)} with another protocol " +
                    $"({string.Join(", ", families)}); one port carries one protocol."));
            }
        }
    }

    private static string Family(ListenerContext listener) =>
        listener.Spec.Protocol == ListenerProtocols.Tls ? $"TLS {listener.Spec.Tls?.Mode ?? "without mode"}" : listener.Spec.Protocol;
}
