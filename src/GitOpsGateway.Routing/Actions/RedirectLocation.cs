using System.Globalization;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Routing.Matching;

namespace GitOpsGateway.Routing.Actions;

/// <summary>The <c>Location</c> of a redirect, following the Gateway API's HTTPRequestRedirectFilter.</summary>
internal static class RedirectLocation
{
    public static string For(RequestRedirectFilter redirect, in RouteRequest request)
    {
        var scheme = redirect.Scheme ?? (request.Scheme == RequestScheme.Https ? "https" : "http");
        var hostname = redirect.Hostname ?? HostName.Of(request.Host).ToString();

        // Without a port: the well-known port of an explicit scheme, else the listener's port.
        var port = redirect.Port ?? (redirect.Scheme is null ? request.Port : WellKnownPort(scheme) ?? request.Port);
        var path = redirect.Path is null ? request.RoutedWirePath : PathRewriter.Rewrite(redirect.Path, in request);
        var query = request.RawQuery;
        var portText = WellKnownPort(scheme) == port ? "" : ":" + port.ToString(CultureInfo.InvariantCulture);
        return query.Length == 0
            ? $"{scheme}://{hostname}{portText}{path}"
            : $"{scheme}://{hostname}{portText}{path}?{query}";
    }

    private static int? WellKnownPort(string scheme) => scheme switch
    {
        "http" => 80,
        "https" => 443,
        _ => null,
    };
}
