using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// The virtual hosts one request tries in turn: the most specific host pattern that matches its hostname, then
/// every less specific one of the same listener (longer wildcards first, the catch-all last). The IR lists each
/// route's rules only under its own hostname, so the Gateway API's rule precedence across routes (most specific
/// matching hostname first) is this order, and a request is not found only when no host of the chain has a
/// matching rule.
/// </summary>
internal sealed class VirtualHostChain
{
    private readonly VirtualHostIndex[] _hosts;

    private VirtualHostChain(VirtualHostIndex[] hosts) => _hosts = hosts;

    /// <summary>One chain per virtual host of a listener, found by the most specific pattern a hostname matches.</summary>
    public static HostnameTable<VirtualHostChain> Build(EquatableArray<VirtualHost> hosts, PatternCompiler patterns)
    {
        var indexes = new HostnameTable<VirtualHostIndex>();
        foreach (var host in hosts)
        {
            indexes.Add(host.Hostname, new VirtualHostIndex([.. host.Rules.Select(rule => new CompiledRule(rule, patterns))]));
        }

        var chains = new HostnameTable<VirtualHostChain>();
        foreach (var host in hosts)
        {
            // Hosts without rules add nothing to a chain but a step.
            chains.Add(host.Hostname, new VirtualHostChain([.. indexes.ThisAndLessSpecific(host.Hostname).Where(index => !index.IsEmpty)]));
        }

        return chains;
    }

    public CompiledRule? FindFirst(in RouteRequest request)
    {
        foreach (var host in _hosts)
        {
            if (host.FindFirst(in request) is { } rule)
            {
                return rule;
            }
        }

        return null;
    }
}
