using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Http;

namespace GitOpsGateway.Translation.Tables;

/// <summary>
/// Lays out one HTTP listener's routes by hostname. Each hostname any route serves becomes a virtual host, and
/// receives every rule that may serve a request to it: the rules of routes naming that hostname, a wildcard
/// above it, or no hostname at all (a node never falls through to a less specific host). A rule reached through
/// several of its route's hostnames is placed once, under the most specific; rules are then sorted by
/// <see cref="RuleOrder"/>.
/// </summary>
internal static class VirtualHostBuilder
{
    public static IEnumerable<VirtualHost> Build(IReadOnlyList<AttachedRoute> routes)
    {
        var byHostname = new Dictionary<string, List<AttachedRoute>>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            foreach (var hostname in route.Hostnames)
            {
                (byHostname.TryGetValue(hostname, out var list) ? list : byHostname[hostname] = []).Add(route);
            }
        }

        foreach (var hostname in byHostname.Keys.Order(StringComparer.Ordinal))
        {
            var placed = new List<(string Hostname, CompiledRule Rule)>();
            var seen = new HashSet<AttachedRoute>();
            foreach (var covering in CoveringHostnames(hostname))
            {
                if (!byHostname.TryGetValue(covering, out var candidates))
                {
                    continue;
                }

                // Covering names come most specific first, so a route's first placement is its best.
                foreach (var route in candidates.Where(seen.Add))
                {
                    placed.AddRange(route.Route.HttpRules.Select(rule => (covering, rule)));
                }
            }

            yield return new VirtualHost { Hostname = hostname, Rules = [.. placed.Order(RuleOrder.Comparer).Select(entry => entry.Rule.Rule)] };
        }
    }

    /// <summary>The names whose routes serve <paramref name="hostname"/>: itself, the wildcards above it from the longest, then any.</summary>
    private static IEnumerable<string> CoveringHostnames(string hostname)
    {
        yield return hostname;
        if (hostname == HostnameMatching.Any)
        {
            yield break;
        }

        var labels = (HostnameMatching.IsWildcard(hostname) ? hostname[2..] : hostname).Split('.');
        for (var skip = 1; skip < labels.Length; skip++)
        {
            yield return "*." + string.Join('.', labels[skip..]);
        }

        yield return HostnameMatching.Any;
    }
}
