using System.Globalization;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Tests.Golden;
using IrListener = GitOpsGateway.RouteTables.Listeners.Listener;

namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>
/// What a matched rule does to a request: a fixed answer, a redirect, or forwarding with its filters applied in
/// order (rule filters, then the filters of the backend that takes the request).
/// </summary>
internal static class RuleEffects
{
    public static RequestOutcome Apply(
        RouteTable table, IrListener listener, string virtualHost, HttpRouteRule rule, RequestExpectation request, string path, string query)
    {
        var baseOutcome = new RequestOutcome { Action = "Respond", Listener = listener.Name, VirtualHost = virtualHost, Rule = rule.Provenance };
        if (rule.FixedResponse is { } fixedResponse)
        {
            return baseOutcome with { Status = fixedResponse.StatusCode, GrpcStatus = request.Grpc ? "UNAVAILABLE" : null };
        }

        var requestHeaders = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase);
        var responseHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var mirrors = new List<string>();
        var (hostHeader, rewrittenPath) = (request.Host, path);
        var taker = rule.Backends.OfType<ClusterBackend>().FirstOrDefault(backend => backend.Weight > 0);
        foreach (var filter in rule.Filters.Concat(taker?.Filters ?? default))
        {
            switch (filter)
            {
                case RequestRedirectFilter redirect:
                    return baseOutcome with { Status = redirect.StatusCode, Location = Location(redirect, request, listener, path, query) };
                case RequestHeaderModifierFilter modifier:
                    HeaderEdits.Apply(requestHeaders, modifier);
                    break;
                case ResponseHeaderModifierFilter modifier:
                    HeaderEdits.Apply(responseHeaders, modifier);
                    break;
                case UrlRewriteFilter rewrite:
                    hostHeader = rewrite.Hostname ?? hostHeader;
                    rewrittenPath = rewrite.Path is { } pathModifier ? PathRewrite.Apply(pathModifier, path) : rewrittenPath;
                    break;
                case RequestMirrorFilter mirror:
                    mirrors.Add(IrRequestRouter.Service(mirror.ClusterId));
                    break;
            }
        }

        return baseOutcome with
        {
            Action = "Forward",
            Backends = IrRequestRouter.Shares(table, rule.Backends),
            Path = query.Length == 0 ? rewrittenPath : $"{rewrittenPath}?{query}",
            HostHeader = hostHeader,
            RequestHeaders = requestHeaders,
            ResponseHeaders = responseHeaders,
            Mirrors = mirrors,
            RequestTimeout = rule.Timeouts?.Request,
            BackendRequestTimeout = rule.Timeouts?.BackendRequest,
        };
    }

    private static string Location(RequestRedirectFilter redirect, RequestExpectation request, IrListener listener, string path, string query)
    {
        var scheme = redirect.Scheme ?? request.Scheme;
        var host = redirect.Hostname ?? HostnameMatching.StripPort(request.Host ?? string.Empty);
        var port = redirect.Port ?? listener.Port;
        var portText = (scheme, port) is ("http", 80) or ("https", 443) ? string.Empty : ":" + port.ToString(CultureInfo.InvariantCulture);
        var newPath = redirect.Path is { } modifier ? PathRewrite.Apply(modifier, path) : path;
        return $"{scheme}://{host}{portText}{newPath}{(query.Length == 0 ? "" : "?" + query)}";
    }
}
