using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>
/// OverlappingTLSConfig: TLS-terminating listeners on one port whose hostnames overlap (a listener without
/// hostname overlaps every other). Connection coalescing can then serve a request with the other listener's
/// certificate, so the spec requires flagging both; the listeners still serve.
/// </summary>
internal static class TlsOverlap
{
    public static void Detect(GatewayContext gateway)
    {
        var terminating = gateway.Listeners.Where(listener => listener.IsAccepted && listener.TerminatesTls).ToList();
        foreach (var listener in terminating)
        {
            var overlapping = terminating
                .Where(other => other != listener && other.Spec.Port == listener.Spec.Port)
                .Where(other => HostnameMatching.Overlap(Hostname(listener), Hostname(other)))
                .Select(other => other.Name)
                .ToList();
            if (overlapping.Count > 0)
            {
                listener.TlsOverlaps.Add(new Problem(
                    ConditionReasons.OverlappingHostnames,
                    $"{Describe(listener)} overlaps the hostnames of listener(s) {string.Join(", ", overlapping)} on port {listener.Spec.Port}."));
            }
        }
    }

    private static string Describe(ListenerContext listener) =>
        listener.Spec.Hostname is { } hostname ? $"Hostname {hostname}" : "A listener without hostname";

    private static string Hostname(ListenerContext listener) => listener.Spec.Hostname ?? HostnameMatching.Any;
}
