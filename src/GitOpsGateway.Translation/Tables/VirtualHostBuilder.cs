using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Translation.Http;

namespace GitOpsGateway.Translation.Tables;

/// <summary>
/// Lays out one HTTP listener's routes by hostname. Each hostname a route serves there (its own names intersected
/// with the listener's, or the listener's when it names none) becomes a virtual host that holds the rules of
/// exactly the routes serving that name, sorted by <see cref="RuleOrder"/>. A wildcard or hostname-less route is
/// not copied into the more specific hosts below it: the router falls through from a host to the less specific
/// ones (docs/adr/0012-virtual-host-fall-through.md), so the table grows with rules, not hosts × wildcard rules.
/// </summary>
internal static class VirtualHostBuilder
{
    public static IEnumerable<VirtualHost> Build(IReadOnlyList<AttachedRoute> routes)
    {
        var byHostname = new Dictionary<string, List<CompiledRule>>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            foreach (var hostname in route.Hostnames)
            {
                (byHostname.TryGetValue(hostname, out var rules) ? rules : byHostname[hostname] = []).AddRange(route.Route.HttpRules);
            }
        }

        return byHostname
            .OrderBy(host => host.Key, StringComparer.Ordinal)
            .Select(host => new VirtualHost { Hostname = host.Key, Rules = [.. host.Value.Order(RuleOrder.Comparer).Select(rule => rule.Rule)] });
    }
}
