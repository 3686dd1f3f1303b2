using System.Globalization;
using System.Xml;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>Short, one-line renderings of IR parts for change descriptions.</summary>
internal static class IrText
{
    private const string None = "none";

    public static string Listener(Listener listener)
    {
        var text = $"{listener.Protocol} :{Number(listener.Port)} {listener.Hostname ?? "*"}";
        return listener.Tls is null ? text : $"{text} {Tls(listener.Tls)}";
    }

    public static string Tls(ListenerTls tls) =>
        tls.CertificateRefs.IsEmpty ? tls.Mode.ToString() : $"{tls.Mode} {Join(tls.CertificateRefs, Certificate)}";

    public static string Cluster(Cluster cluster)
    {
        var resolution = cluster.DnsName is null ? $"{cluster.Resolution}" : $"{cluster.Resolution} {cluster.DnsName}";
        return $"{cluster.Protocol} {resolution} {Endpoints(cluster.Endpoints)}";
    }

    public static string Endpoints(EquatableArray<ClusterEndpoint> endpoints) =>
        Join(endpoints, endpoint => endpoint.ToString());

    public static string ClusterTls(ClusterTls? tls)
    {
        if (tls is null)
        {
            return None;
        }

        var trust = tls.UseSystemCertificates ? "system CAs, " : "";
        return $"{tls.ServerName} trusting {trust}{Join(tls.CaCertificateRefs, reference => reference.ToString())}";
    }

    public static string Match(HttpRouteMatch match)
    {
        var parts = new List<string> { $"{match.Path.Type} {match.Path.Value}" };
        if (match.Method is not null)
        {
            parts.Add(match.Method);
        }

        parts.AddRange(match.Headers.Select(header => $"header {header.Name}{Operator(header.Type)}{header.Value}"));
        parts.AddRange(match.QueryParams.Select(query => $"query {query.Name}{Operator(query.Type)}{query.Value}"));
        return string.Join(' ', parts);
    }

    public static string Backends(EquatableArray<Backend> backends) => Join(backends, backend => backend switch
    {
        ClusterBackend cluster => $"{cluster.ClusterId}={Number(cluster.Weight)}",
        InvalidBackend invalid => $"invalid({invalid.Reason})={Number(invalid.Weight)}",
        _ => $"{backend.GetType().Name}={Number(backend.Weight)}",
    });

    public static string Filters(EquatableArray<HttpFilter> filters) => Join(filters, FilterType);

    public static string FilterType(HttpFilter filter) => filter switch
    {
        RequestHeaderModifierFilter => "RequestHeaderModifier",
        ResponseHeaderModifierFilter => "ResponseHeaderModifier",
        RequestRedirectFilter => "RequestRedirect",
        UrlRewriteFilter => "URLRewrite",
        RequestMirrorFilter mirror => $"RequestMirror({mirror.ClusterId})",
        CorsFilter => "CORS",
        _ => filter.GetType().Name,
    };

    public static string Timeouts(RouteTimeouts? timeouts) => timeouts is null
        ? None
        : $"request {Duration(timeouts.Request)}, backendRequest {Duration(timeouts.BackendRequest)}";

    public static string Retry(RetryPolicy? retry)
    {
        if (retry is null)
        {
            return None;
        }

        var attempts = retry.Attempts is { } count ? Number(count) : "default";
        return $"codes {Join(retry.Codes, Number)}, attempts {attempts}, backoff {Duration(retry.Backoff)}";
    }

    public static string FixedResponse(FixedResponse? response) =>
        response is null ? None : $"{Number(response.StatusCode)} ({response.Reason})";

    public static string Hostnames(EquatableArray<string> hostnames) => Join(hostnames, hostname => hostname);

    private static string Certificate(CertificateReference reference) => reference.Secret.ToString();

    private static string Operator(StringMatchType type) => type == StringMatchType.Exact ? "=" : "~";

    private static string Duration(TimeSpan? duration) => duration is { } value ? XmlConvert.ToString(value) : None;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Join<T>(IEnumerable<T> items, Func<T, string> render)
    {
        var text = string.Join(", ", items.Select(render));
        return text.Length == 0 ? None : text;
    }
}
