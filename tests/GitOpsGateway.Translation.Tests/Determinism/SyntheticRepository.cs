using System.Globalization;
using System.Text;

namespace GitOpsGateway.Translation.Tests.Determinism;

/// <summary>
/// A generated repository with many tenants: Gateways with HTTP, HTTPS-less wildcard and TCP listeners, and per
/// tenant HTTPRoutes with overlapping hostnames, equal timestamps and matches that tie, cross-namespace backends
/// with and without grants, GRPCRoutes and TCPRoutes. Deterministic for a given size.
/// </summary>
internal static class SyntheticRepository
{
    public static string Manifest(int tenants, int routesPerTenant)
    {
        var text = new StringBuilder();
        Document(text, """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GatewayClass
            metadata: {name: synthetic}
            spec: {controllerName: gitops-gateway.dev/gateway-controller}
            """);
        Document(text, """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: edge, namespace: infra}
            spec:
              gatewayClassName: synthetic
              listeners:
              - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}
              - {name: wildcard, port: 80, protocol: HTTP, hostname: "*.example.com", allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {tier: app}}}}}
              - {name: tcp, port: 5432, protocol: TCP, allowedRoutes: {namespaces: {from: All}}}
            """);
        Document(text, "apiVersion: v1\nkind: Service\nmetadata: {name: shared, namespace: infra}\nspec: {ports: [{name: http, port: 8080}, {name: grpc, port: 9090, appProtocol: kubernetes.io/h2c}]}");
        Document(text, "apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata: {name: shared, namespace: infra}\n" +
            "spec: {from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: tenant-0}], to: [{group: \"\", kind: Service}]}");
        for (var tenant = 0; tenant < tenants; tenant++)
        {
            Tenant(text, tenant, routesPerTenant);
        }

        return text.ToString();
    }

    private static void Tenant(StringBuilder text, int tenant, int routes)
    {
        var ns = $"tenant-{tenant}";
        Document(text, $"apiVersion: v1\nkind: Namespace\nmetadata: {{name: {ns}, labels: {{tier: {(tenant % 2 == 0 ? "app" : "batch")}}}}}");
        Document(text, $"apiVersion: v1\nkind: Service\nmetadata: {{name: web, namespace: {ns}}}\nspec: {{ports: [{{name: http, port: 80, targetPort: 8080}}]}}");
        Document(text, $"apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {{name: web-a, namespace: {ns}, labels: {{kubernetes.io/service-name: web}}}}\n" +
            $"addressType: IPv4\nports: [{{name: http, port: 8080}}]\nendpoints: [{{addresses: [10.{tenant % 250}.0.1, 10.{tenant % 250}.0.2]}}, {{addresses: [10.{tenant % 250}.0.3], conditions: {{ready: false}}}}]");
        for (var route = 0; route < routes; route++)
        {
            // Half the routes share a creation time and a hostname with their neighbours, so only the name breaks ties.
            var created = route % 2 == 0 ? "2026-01-01T00:00:00Z" : $"2026-01-01T00:{route % 60:D2}:00Z";
            var host = route % 3 == 0 ? "shared.example.com" : $"r{route}.{ns}.example.com";
            Document(text, $"""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {"{"}name: route-{route}, namespace: {ns}, creationTimestamp: "{created}"{"}"}
                spec:
                  parentRefs: [{"{"}name: edge, namespace: infra{"}"}]
                  hostnames: ["{host}"{(tenant == 0 && route == 0 ? ", \"*.example.com\"" : "")}]
                  rules:
                  - matches: [{"{"}path: {"{"}type: PathPrefix, value: /api{"}"}{"}"}, {"{"}path: {"{"}type: Exact, value: /api/v{route}{"}"}, headers: [{"{"}name: x-tenant, value: "{tenant}"{"}"}]{"}"}]
                    backendRefs: [{"{"}name: web, port: 80, weight: 3{"}"}, {"{"}name: shared, namespace: infra, port: 8080, weight: 1{"}"}]
                  - backendRefs: [{"{"}name: missing, port: 80{"}"}]
                """);
        }

        Document(text, $"apiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\nmetadata: {{name: rpc, namespace: {ns}}}\n" +
            $"spec: {{parentRefs: [{{name: edge, namespace: infra}}], hostnames: [grpc.{ns}.example.com], rules: [{{matches: [{{method: {{service: svc.Tenant{tenant}}}}}], backendRefs: [{{name: web, port: 80}}]}}]}}");
        Document(text, $"apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TCPRoute\nmetadata: {{name: db, namespace: {ns}}}\n" +
            $"spec: {{parentRefs: [{{name: edge, namespace: infra, sectionName: tcp}}], rules: [{{backendRefs: [{{name: web, port: 80}}]}}]}}");
    }

    private static void Document(StringBuilder text, string document) =>
        text.Append(CultureInfo.InvariantCulture, $"---\n{document}\n");
}
