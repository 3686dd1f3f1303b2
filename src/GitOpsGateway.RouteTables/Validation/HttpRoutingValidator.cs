using System.Text.RegularExpressions;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables.Validation;

internal static class HttpRoutingValidator
{
    public static void Validate(
        RouteTable table, Dictionary<string, Listener> listeners, HashSet<string> clusterIds, List<string> errors)
    {
        var ports = new HashSet<int>();
        foreach (var port in table.HttpPorts)
        {
            if (!ports.Add(port.Port))
            {
                errors.Add($"httpPorts[{port.Port}]: duplicate port");
            }

            foreach (var routes in port.Listeners)
            {
                var where = $"httpPorts[{port.Port}].listeners[{routes.ListenerName}]";
                var listener = CheckListener(where, port.Port, routes.ListenerName, listeners, errors);
                var hostnames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var host in routes.VirtualHosts)
                {
                    var hostWhere = $"{where}.virtualHosts[{host.Hostname}]";
                    if (!hostnames.Add(host.Hostname))
                    {
                        errors.Add($"{hostWhere}: duplicate hostname");
                    }

                    CheckHostname(hostWhere, host.Hostname, listener, errors);

                    for (var index = 0; index < host.Rules.Count; index++)
                    {
                        CheckRule($"{hostWhere}.rules[{index}]", host.Rules[index], clusterIds, errors);
                    }
                }
            }
        }
    }

    private static Listener? CheckListener(
        string where, int port, string name, Dictionary<string, Listener> listeners, List<string> errors)
    {
        if (!listeners.TryGetValue(name, out var listener))
        {
            errors.Add($"{where}: listener '{name}' is not in the table");
        }
        else if (listener.Port != port || listener.Protocol is not (ListenerProtocol.HTTP or ListenerProtocol.HTTPS))
        {
            errors.Add($"{where}: listener '{name}' is {listener.Protocol} on port {listener.Port}");
        }

        return listener;
    }

    /// <summary>
    /// A request reaches a virtual host, or falls through to it, only through its listener: a host no name of the
    /// listener matches holds rules that can never apply, which only a hand-written or corrupted table has.
    /// </summary>
    private static void CheckHostname(string where, string hostname, Listener? listener, List<string> errors)
    {
        if (!HostnamePattern.IsValid(hostname))
        {
            errors.Add($"{where}: '{hostname}' is not a lower-case hostname, a wildcard such as '*.example.com' or '*'");
        }
        else if (listener is not null && !HostnamePattern.Overlap(listener.Hostname, hostname))
        {
            errors.Add($"{where}: no request to listener '{listener.Name}' ({listener.Hostname}) can reach this host");
        }
    }

    private static void CheckRule(string where, HttpRouteRule rule, HashSet<string> clusterIds, List<string> errors)
    {
        RouteTableValidator.CheckBackends(where, rule.Backends, clusterIds, errors);
        CheckPattern(where, rule.Match.Path.Type == PathMatchType.RegularExpression, rule.Match.Path.Value, errors);
        foreach (var header in rule.Match.Headers)
        {
            CheckPattern(where, header.Type == StringMatchType.RegularExpression, header.Value, errors);
        }

        foreach (var query in rule.Match.QueryParams)
        {
            CheckPattern(where, query.Type == StringMatchType.RegularExpression, query.Value, errors);
        }

        var backendFilters = rule.Backends.OfType<ClusterBackend>().SelectMany(backend => backend.Filters);
        foreach (var filter in rule.Filters.Concat(backendFilters))
        {
            CheckFilter(where, filter, clusterIds, errors);
        }
    }

    private static void CheckFilter(string where, HttpFilter filter, HashSet<string> clusterIds, List<string> errors)
    {
        switch (filter)
        {
            case RequestMirrorFilter mirror when !clusterIds.Contains(mirror.ClusterId):
                errors.Add($"{where}: mirror cluster '{mirror.ClusterId}' is not in the table");
                break;
            case RequestMirrorFilter { Fraction: { } fraction }
                when fraction.Denominator <= 0 || fraction.Numerator < 0 || fraction.Numerator > fraction.Denominator:
                errors.Add($"{where}: mirror fraction {fraction.Numerator}/{fraction.Denominator} is not between 0 and 1");
                break;
            case RequestRedirectFilter { Path: { } path }:
                CheckPathModifier(where, path, errors);
                break;
            case UrlRewriteFilter { Path: { } path }:
                CheckPathModifier(where, path, errors);
                break;
        }
    }

    private static void CheckPathModifier(string where, PathModifier path, List<string> errors)
    {
        if (path.Type == PathModifierType.ReplacePrefixMatch && path.MatchedPrefix is null)
        {
            errors.Add($"{where}: ReplacePrefixMatch needs the matched prefix");
        }
    }

    private static void CheckPattern(string where, bool isRegularExpression, string pattern, List<string> errors)
    {
        if (!isRegularExpression)
        {
            return;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            errors.Add($"{where}: '{pattern}' is not a valid regular expression ({exception.Message})");
        }
    }
}
