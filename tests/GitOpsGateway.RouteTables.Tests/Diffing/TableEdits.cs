using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.RouteTables.Tests.Diffing;

/// <summary>Rewrites the virtual hosts of a table, for tests that change one thing deep inside.</summary>
internal static class TableEdits
{
    public static RouteTable MapHosts(this RouteTable table, Func<VirtualHost, VirtualHost> map) => table with
    {
        HttpPorts = table.HttpPorts.Select(port => port with
        {
            Listeners = port.Listeners.Select(listener => listener with
            {
                VirtualHosts = listener.VirtualHosts.Select(map).ToEquatableArray(),
            }).ToEquatableArray(),
        }).ToEquatableArray(),
    };

    public static RouteTable MapRules(this RouteTable table, string routeName, Func<HttpRouteRule, HttpRouteRule> map) =>
        table.MapHosts(host => host with
        {
            Rules = host.Rules.Select(rule => rule.Provenance.Name == routeName ? map(rule) : rule).ToEquatableArray(),
        });
}
