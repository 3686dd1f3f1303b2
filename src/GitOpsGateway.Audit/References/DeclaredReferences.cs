using System.Globalization;
using System.Text.Json;
using GitOpsGateway.Audit.Resources;

namespace GitOpsGateway.Audit.References;

/// <summary>
/// The facts a route manifest declares, read from its canonical JSON with the Gateway API defaults: a rule
/// without matches, or a match without path, matches PathPrefix "/"; a backendRef without namespace is in the
/// route's namespace and weighs 1. Only core Services count as backends; mirror filters are not backends.
/// Paths are read from HTTPRoutes only (a GRPCRoute matches services and methods).
/// </summary>
internal static class DeclaredReferences
{
    public static readonly IReadOnlySet<string> RouteKinds =
        new HashSet<string>(StringComparer.Ordinal) { "HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute" };

    /// <returns>No facts for a null manifest, a kind that is not a route, or JSON that is not an object.</returns>
    public static IReadOnlyList<ReferenceFact> From(ResourceRef route, string? manifest)
    {
        if (manifest is null || !RouteKinds.Contains(route.Kind))
        {
            return [];
        }

        using var document = JsonDocument.Parse(manifest);
        if (!document.RootElement.TryGetProperty("spec", out var spec) || spec.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var facts = new FactCollector(gateway: null);
        var routeKey = route.Key;
        foreach (var hostname in Items(spec, "hostnames").Where(item => item.ValueKind == JsonValueKind.String))
        {
            facts.Add(ReferenceDimension.Hostname, ReferenceSubject.NormalizeHostname(hostname.GetString()!), routeKey, detail: null);
        }

        var ruleIndex = 0;
        foreach (var rule in Items(spec, "rules"))
        {
            if (route.Kind == "HTTPRoute")
            {
                AddPaths(facts, routeKey, ruleIndex, rule);
            }

            foreach (var backend in Items(rule, "backendRefs"))
            {
                AddBackend(facts, route, ruleIndex, backend);
            }

            ruleIndex++;
        }

        return facts.Facts().ToList();
    }

    private static void AddPaths(FactCollector facts, string route, int ruleIndex, JsonElement rule)
    {
        var matches = Items(rule, "matches").ToList();
        if (matches.Count == 0)
        {
            facts.Add(ReferenceDimension.Path, "/", route, Detail(ruleIndex, "PathPrefix"));
        }

        foreach (var match in matches)
        {
            var path = match.ValueKind == JsonValueKind.Object && match.TryGetProperty("path", out var value) ? value : default;
            facts.Add(ReferenceDimension.Path, Text(path, "value") ?? "/", route, Detail(ruleIndex, Text(path, "type") ?? "PathPrefix"));
        }
    }

    private static void AddBackend(FactCollector facts, ResourceRef route, int ruleIndex, JsonElement backend)
    {
        if ((Text(backend, "group") ?? string.Empty).Length != 0 || (Text(backend, "kind") ?? "Service") != "Service" || Text(backend, "name") is not { } name)
        {
            return;
        }

        var service = $"{Text(backend, "namespace") ?? route.Namespace}/{name}";
        var port = Number(backend, "port") is { } number ? $"port {number}" : "no port";
        var weight = Number(backend, "weight") ?? "1";
        facts.Add(ReferenceDimension.Backend, service, route.Key, Detail(ruleIndex, $"{port} weight {weight}"));
    }

    private static string Detail(int ruleIndex, string text) => string.Create(CultureInfo.InvariantCulture, $"rule {ruleIndex}: {text}");

    private static IEnumerable<JsonElement> Items(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : [];

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? Number(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetRawText()
            : null;
}
