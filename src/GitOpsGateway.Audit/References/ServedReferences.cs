using System.Globalization;
using GitOpsGateway.Audit.Resources;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;

namespace GitOpsGateway.Audit.References;

/// <summary>
/// The facts of one compiled route table: every hostname a route's rules are served on (with the listeners),
/// every HTTPRoute path match value (with match type and host), every Service a valid backend forwards to (with
/// rule, port and weight; weight-0 backends included). Invalid backends are not served and name no Service here.
/// </summary>
internal static class ServedReferences
{
    public static IEnumerable<ReferenceFact> From(RouteTable table)
    {
        var facts = new FactCollector(table.Gateway.ToString());
        foreach (var port in table.HttpPorts)
        {
            foreach (var listener in port.Listeners)
            {
                var listenerText = string.Create(CultureInfo.InvariantCulture, $"{listener.ListenerName}:{port.Port}");
                foreach (var host in listener.VirtualHosts)
                {
                    foreach (var rule in host.Rules)
                    {
                        var route = RouteOf(rule.Provenance);
                        facts.Add(ReferenceDimension.Hostname, ReferenceSubject.NormalizeHostname(host.Hostname), route, listenerText);
                        if (rule.Provenance.Kind == RouteKind.HTTPRoute)
                        {
                            facts.Add(ReferenceDimension.Path, rule.Match.Path.Value, route, $"{rule.Match.Path.Type} on {host.Hostname}");
                        }

                        AddBackends(facts, route, rule.Provenance.RuleIndex, rule.Backends);
                    }
                }
            }
        }

        foreach (var l4 in table.L4Routes)
        {
            var route = RouteOf(l4.Provenance);
            foreach (var hostname in l4.Hostnames)
            {
                facts.Add(ReferenceDimension.Hostname, ReferenceSubject.NormalizeHostname(hostname), route, $"{l4.ListenerName} (SNI)");
            }

            AddBackends(facts, route, l4.Provenance.RuleIndex, l4.Backends);
        }

        return facts.Facts();
    }

    private static void AddBackends(FactCollector facts, string route, int ruleIndex, EquatableArray<Backend> backends)
    {
        foreach (var backend in backends.OfType<ClusterBackend>())
        {
            if (ClusterServices.TryParse(backend.ClusterId, out var service, out var port))
            {
                facts.Add(ReferenceDimension.Backend, service, route,
                    string.Create(CultureInfo.InvariantCulture, $"rule {ruleIndex}: port {port} weight {backend.Weight}"));
            }
        }
    }

    private static string RouteOf(RuleProvenance provenance) =>
        new ResourceRef(provenance.Kind.ToString(), provenance.Namespace, provenance.Name).Key;
}
