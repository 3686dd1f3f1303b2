using System.Text.RegularExpressions;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.Routing.Tests.Equivalence;

/// <summary>
/// The Gateway API's HTTP routing read straight off the IR with linear scans and no index: the reference the
/// compiled router must agree with. Shares no code with the router. Answers a rule's route name, "404" or "421".
/// </summary>
internal static class NaiveRouter
{
    public static string Route(RouteTable table, RouteRequest request)
    {
        var protocol = request.Scheme == RequestScheme.Https ? ListenerProtocol.HTTPS : ListenerProtocol.HTTP;
        var listeners = table.Listeners.Where(listener => listener.Port == request.Port && listener.Protocol == protocol).ToList();
        var host = Hostname(request.Host);
        var listener = MostSpecific(listeners, listener => listener.Hostname, host);
        if (protocol == ListenerProtocol.HTTPS && !string.IsNullOrEmpty(request.ServerName)
            && MostSpecific(listeners, listener => listener.Hostname, Hostname(request.ServerName)) != listener)
        {
            return listener is null ? "404" : "421";
        }

        var routes = table.HttpPorts.SelectMany(port => port.Listeners).FirstOrDefault(routes => routes.ListenerName == listener?.Name);
        var rule = FromMostSpecific(routes?.VirtualHosts.ToList() ?? [], host)
            .SelectMany(virtualHost => virtualHost.Rules)
            .FirstOrDefault(rule => Matches(rule.Match, request));
        return rule?.Provenance.Name ?? "404";
    }

    /// <summary>Every host whose pattern matches, in the Gateway API's hostname precedence: exact, longer wildcards, "*".</summary>
    private static IEnumerable<VirtualHost> FromMostSpecific(List<VirtualHost> hosts, string host) => hosts
        .Where(virtualHost => virtualHost.Hostname == "*"
            || string.Equals(virtualHost.Hostname, host, StringComparison.OrdinalIgnoreCase)
            || (virtualHost.Hostname.StartsWith("*.", StringComparison.Ordinal) && host.Length > virtualHost.Hostname.Length - 1
                && host.EndsWith(virtualHost.Hostname[1..], StringComparison.OrdinalIgnoreCase)))
        .OrderByDescending(virtualHost => !virtualHost.Hostname.StartsWith('*'))
        .ThenByDescending(virtualHost => virtualHost.Hostname.Length);

    private static string Hostname(string? authority)
    {
        var host = authority ?? "";
        var colon = host.LastIndexOf(':');
        return (colon >= 0 ? host[..colon] : host).TrimEnd('.');
    }

    private static T? MostSpecific<T>(List<T> items, Func<T, string?> pattern, string host)
        where T : class
    {
        var exact = items.FirstOrDefault(item => pattern(item) is { } name && !name.StartsWith('*')
            && string.Equals(name, host, StringComparison.OrdinalIgnoreCase));
        var wildcard = items
            .Where(item => pattern(item) is { } name && name.StartsWith("*.", StringComparison.Ordinal)
                && host.Length > name.Length - 1 && host.EndsWith(name[1..], StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(item => pattern(item)!.Length)
            .FirstOrDefault();
        return exact ?? wildcard ?? items.FirstOrDefault(item => pattern(item) is null);
    }

    private static bool Matches(HttpRouteMatch match, RouteRequest request)
    {
        var path = string.IsNullOrEmpty(request.Path) ? "/" : request.Path;
        var pathMatches = match.Path.Type switch
        {
            PathMatchType.Exact => path == match.Path.Value,
            PathMatchType.PathPrefix => path == match.Path.Value.TrimEnd('/') || path.StartsWith(match.Path.Value.TrimEnd('/') + "/", StringComparison.Ordinal),
            _ => WholeMatch(match.Path.Value, path),
        };
        return pathMatches
            && (match.Method is null || match.Method == request.Method)
            && match.Headers.All(header => request.Headers is not null && request.Headers.TryGetValue(header.Name, out var value)
                && (header.Type == StringMatchType.Exact ? value == header.Value : WholeMatch(header.Value, value)))
            && match.QueryParams.All(query => FirstQueryValue(request.Query, query.Name) is { } value
                && (query.Type == StringMatchType.Exact ? value == query.Value : WholeMatch(query.Value, value)));
    }

    private static bool WholeMatch(string pattern, string value) => System.Text.RegularExpressions.Regex.IsMatch(value, $"^(?:{pattern})$");

    private static string? FirstQueryValue(string? query, string name) => (query ?? "").TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .Where(parts => Uri.UnescapeDataString(parts[0].Replace('+', ' ')) == name)
        .Select(parts => parts.Length == 1 ? "" : Uri.UnescapeDataString(parts[1].Replace('+', ' ')))
        .FirstOrDefault();
}
