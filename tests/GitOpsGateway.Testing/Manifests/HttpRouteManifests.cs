using System.Globalization;

namespace GitOpsGateway.Testing.Manifests;

/// <summary>HTTPRoutes of one rule: a path prefix on one hostname, optionally setting a request header, to weighted backends.</summary>
public static class HttpRouteManifests
{
    /// <summary>
    /// HTTPRoute <paramref name="namespace"/>/<paramref name="name"/> on Gateway <paramref name="gateway"/> of the
    /// same namespace: <paramref name="path"/> as a prefix on <paramref name="hostname"/>, to <paramref name="backends"/>,
    /// with <paramref name="setHeader"/> (name, value) set on the forwarded request when given.
    /// </summary>
    public static string PathPrefix(
        string @namespace, string name, string gateway, string hostname, string path, IEnumerable<BackendRef> backends, KeyValuePair<string, string>? setHeader = null)
    {
        ArgumentNullException.ThrowIfNull(backends);
        var lines = new List<string>
        {
            "apiVersion: gateway.networking.k8s.io/v1",
            "kind: HTTPRoute",
            "metadata:",
            $"  name: {name}",
            $"  namespace: {@namespace}",
            "spec:",
            "  parentRefs:",
            $"  - name: {gateway}",
            $"  hostnames: [{hostname}]",
            "  rules:",
            "  - matches:",
            $"    - path: {{type: PathPrefix, value: {path}}}",
        };
        if (setHeader is { } header)
        {
            lines.AddRange(["    filters:", "    - type: RequestHeaderModifier", "      requestHeaderModifier:", "        set:", $"        - name: {header.Key}", $"          value: \"{header.Value}\""]);
        }

        lines.Add("    backendRefs:");
        foreach (var backend in backends)
        {
            lines.Add($"    - name: {backend.Service}");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"      port: {backend.Port}"));
            if (backend.Weight is { } weight)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"      weight: {weight}"));
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>A canary: every path of <paramref name="hostname"/> split by weight between a stable and a canary Service on port 8080.</summary>
    public static string Canary(string @namespace, string name, string gateway, string hostname, BackendRef stable, BackendRef canary) =>
        PathPrefix(@namespace, name, gateway, hostname, "/", [stable, canary]);
}
