using System.Globalization;
using System.Net;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Benchmarks.Synthetic;

/// <summary>
/// A deterministic repository of one GatewayClass, one Gateway (HTTP on port 80, routes from every namespace) and
/// <see cref="Routes"/> HTTPRoutes spread over ten team namespaces, each with its own hostname and path, sending
/// to one of <see cref="Services"/> Services whose EndpointSlice lists explicit addresses. One file per route and
/// one per backend, as teams usually lay a repository out.
/// </summary>
internal sealed record SyntheticRepository
{
    public const int Teams = 10;
    public const string GatewayNamespace = "infra";
    public const string GatewayName = "edge";
    public const int ListenerPort = 80;

    public SyntheticRepository(int routes, int services, PathMatchType pathMatch = PathMatchType.PathPrefix)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(routes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(services, Teams);
        if (services % Teams != 0)
        {
            // Route i and Service i % services must share a namespace (team i % 10).
            throw new ArgumentException($"The number of Services must be a multiple of {Teams}.", nameof(services));
        }

        Routes = routes;
        Services = services;
        PathMatch = pathMatch;
    }

    public int Routes { get; }

    public int Services { get; }

    public PathMatchType PathMatch { get; }

    /// <summary>A route whose backend is the next Service of its team instead of its own: the one-object change.</summary>
    public int? ChangedRoute { get; init; }

    /// <summary>
    /// Where every backend's EndpointSlice points (one local server for all), or null for distinct unreachable
    /// addresses, which is enough when nothing is forwarded.
    /// </summary>
    public IPEndPoint? SharedEndpoint { get; init; }

    /// <summary>GatewayClass, Gateway, the routes, and a Service plus an EndpointSlice per backend.</summary>
    public int ObjectCount => 2 + Routes + (2 * Services);

    public static string RouteName(int index) => "route-" + Number(index);

    public static string RouteNamespace(int index) => "team-" + (index % Teams).ToString("D2", CultureInfo.InvariantCulture);

    public static string Hostname(int index) => $"app-{Number(index)}.example.com";

    /// <summary>The path prefix of the route when it matches by prefix.</summary>
    public static string PathPrefix(int index) => "/app-" + Number(index);

    /// <summary>A request path the route's only rule matches, whatever its match type.</summary>
    public static string MatchingPath(int index) => $"/app-{Number(index)}/items/42";

    public string RouteFilePath(int index) => $"apps/{RouteNamespace(index)}/{RouteName(index)}.yaml";

    /// <summary>Every file in ordinal path order, paths relative to the repository root.</summary>
    public IReadOnlyList<ManifestFile> Files()
    {
        var files = new List<ManifestFile>(2 + Routes + Services)
        {
            new("infra/gatewayclass.yaml", GatewayClassYaml),
            new("infra/gateway.yaml", GatewayYaml),
        };
        for (var service = 0; service < Services; service++)
        {
            files.Add(new($"apps/{RouteNamespace(service)}/backend-{Number(service)}.yaml", BackendYaml(service)));
        }

        for (var route = 0; route < Routes; route++)
        {
            files.Add(new(RouteFilePath(route), RouteYaml(route)));
        }

        files.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return files;
    }

    public string RouteYaml(int index)
    {
        var backend = index % Services;
        if (index == ChangedRoute)
        {
            backend = (backend + Teams) % Services;
        }

        return $"""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: {RouteName(index)}
              namespace: {RouteNamespace(index)}
            spec:
              parentRefs:
                - name: {GatewayName}
                  namespace: {GatewayNamespace}
              hostnames: ["{Hostname(index)}"]
              rules:
                - matches:
                    - path: {PathMatchYaml(index)}
                  backendRefs:
                    - name: {ServiceName(backend)}
                      port: 80

            """;
    }

    private static string ServiceName(int index) => "svc-" + Number(index);

    private static string Number(int index) => index.ToString("D5", CultureInfo.InvariantCulture);

    private string PathMatchYaml(int index) => PathMatch switch
    {
        PathMatchType.Exact => $"{{type: Exact, value: \"{MatchingPath(index)}\"}}",
        PathMatchType.PathPrefix => $"{{type: PathPrefix, value: \"{PathPrefix(index)}\"}}",
        PathMatchType.RegularExpression => $"{{type: RegularExpression, value: \"/app-{Number(index)}/items/[0-9]+\"}}",
        _ => throw new InvalidOperationException($"Unknown path match type {PathMatch}."),
    };

    private string BackendYaml(int index)
    {
        var address = SharedEndpoint?.Address.ToString() ?? $"10.{index / 250 % 250}.{index % 250}.{1 + (index % 7)}";
        var port = SharedEndpoint?.Port ?? 8080;
        return $"""
            apiVersion: v1
            kind: Service
            metadata:
              name: {ServiceName(index)}
              namespace: {RouteNamespace(index)}
            spec:
              ports:
                - name: http
                  port: 80
                  targetPort: 8080
            ---
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: {ServiceName(index)}-a
              namespace: {RouteNamespace(index)}
              labels:
                kubernetes.io/service-name: {ServiceName(index)}
            addressType: IPv4
            ports:
              - name: http
                port: {port}
            endpoints:
              - addresses: ["{address}"]
                conditions:
                  ready: true

            """;
    }

    private const string GatewayClassYaml = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: gitops-gateway
        spec:
          controllerName: gitops-gateway.dev/gateway-controller

        """;

    private const string GatewayYaml = $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: {GatewayName}
          namespace: {GatewayNamespace}
        spec:
          gatewayClassName: gitops-gateway
          listeners:
            - name: http
              protocol: HTTP
              port: 80
              allowedRoutes:
                namespaces:
                  from: All

        """;
}
