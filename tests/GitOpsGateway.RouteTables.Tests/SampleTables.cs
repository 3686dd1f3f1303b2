using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.L4;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables.Tests;

/// <summary>A table that uses every part of the IR, built fresh on each call so tests can vary it.</summary>
internal static class SampleTables
{
    public static RouteTable Full() => new()
    {
        Gateway = new NamespacedName { Namespace = "infra", Name = "edge" },
        GatewayClass = "gitops-gateway",
        Listeners = [HttpListener(), HttpsListener(), TlsListener(), TcpListener()],
        HttpPorts =
        [
            new HttpPort
            {
                Port = 80,
                Listeners = [new HttpListenerRoutes { ListenerName = "http", VirtualHosts = [ShopHost(), WildcardHost()] }],
            },
            new HttpPort
            {
                Port = 443,
                Listeners = [new HttpListenerRoutes { ListenerName = "https", VirtualHosts = [GrpcHost()] }],
            },
        ],
        L4Routes = [TlsRoute(), TcpRoute()],
        Clusters = [EchoCluster(), ShopV2Cluster(), GrpcCluster(), DatabaseCluster()],
    };

    /// <summary>The smallest valid table: a Gateway without listeners.</summary>
    public static RouteTable Minimal() => new()
    {
        Gateway = new NamespacedName { Namespace = "default", Name = "gw" },
        GatewayClass = "gg",
    };

    public static RuleProvenance Provenance(string name, int ruleIndex = 0, int matchIndex = 0, RouteKind kind = RouteKind.HTTPRoute) =>
        new() { Kind = kind, Namespace = "shop", Name = name, RuleIndex = ruleIndex, MatchIndex = matchIndex };

    public static HttpRouteRule PrefixRule(string name, string prefix, params Backend[] backends) => new()
    {
        Provenance = Provenance(name),
        Match = new HttpRouteMatch { Path = new PathMatch { Type = PathMatchType.PathPrefix, Value = prefix } },
        Backends = [.. backends],
    };

    public static ClusterBackend To(string clusterId, int weight = 1) => new() { ClusterId = clusterId, Weight = weight };

    private static Listener HttpListener() => new() { Name = "http", Port = 80, Protocol = ListenerProtocol.HTTP };

    private static Listener HttpsListener() => new()
    {
        Name = "https",
        Port = 443,
        Protocol = ListenerProtocol.HTTPS,
        Hostname = "*.example.com",
        Tls = new ListenerTls
        {
            Mode = TlsMode.Terminate,
            CertificateRefs =
            [
                new CertificateReference
                {
                    Secret = new NamespacedName { Namespace = "infra", Name = "wildcard-cert" },
                    Facts = new CertificateFacts
                    {
                        Subject = "CN=*.example.com",
                        SubjectAlternativeNames = ["example.com", "*.example.com"],
                        NotAfter = new DateTimeOffset(2027, 6, 1, 14, 0, 0, TimeSpan.FromHours(2)),
                        Sha256Fingerprint = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    },
                },
            ],
        },
    };

    private static Listener TlsListener() => new()
    {
        Name = "tls-passthrough",
        Port = 8443,
        Protocol = ListenerProtocol.TLS,
        Tls = new ListenerTls { Mode = TlsMode.Passthrough },
    };

    private static Listener TcpListener() => new() { Name = "postgres", Port = 5432, Protocol = ListenerProtocol.TCP };

    private static VirtualHost ShopHost() => new()
    {
        Hostname = "shop.example.com",
        Rules =
        [
            new HttpRouteRule
            {
                Provenance = Provenance("shop", ruleIndex: 0, matchIndex: 1) with { RuleName = "checkout" },
                Match = new HttpRouteMatch
                {
                    Path = new PathMatch { Type = PathMatchType.Exact, Value = "/checkout" },
                    Method = "POST",
                    Headers =
                    [
                        new HeaderMatch { Name = "X-Version", Value = "2" },
                        new HeaderMatch { Name = "Cookie", Type = StringMatchType.RegularExpression, Value = "beta=\\d+" },
                    ],
                    QueryParams = [new QueryParamMatch { Name = "debug", Value = "1" }],
                },
                Filters =
                [
                    new RequestHeaderModifierFilter
                    {
                        Set = [new HttpHeader { Name = "X-Env", Value = "prod" }],
                        Add = [new HttpHeader { Name = "X-Trace", Value = "a" }, new HttpHeader { Name = "X-Trace", Value = "b" }],
                        Remove = ["X-Internal", "X-Debug"],
                    },
                    new RequestMirrorFilter { ClusterId = "shop/echo:8080", Fraction = new MirrorFraction { Numerator = 5 } },
                    new CorsFilter
                    {
                        AllowOrigins = ["https://b.example.com", "https://a.example.com"],
                        AllowMethods = ["POST", "GET"],
                        AllowHeaders = ["Content-Type"],
                        ExposeHeaders = ["X-Request-Id"],
                        MaxAgeSeconds = 600,
                        AllowCredentials = true,
                    },
                ],
                Backends =
                [
                    new ClusterBackend
                    {
                        ClusterId = "shop/shop-v2:8080",
                        Weight = 90,
                        Filters = [new ResponseHeaderModifierFilter { Set = [new HttpHeader { Name = "X-Backend", Value = "v2" }] }],
                    },
                    To("shop/echo:8080", weight: 0),
                    new InvalidBackend { Weight = 10, Reason = "BackendNotFound" },
                ],
                Timeouts = new RouteTimeouts { Request = TimeSpan.FromSeconds(10), BackendRequest = TimeSpan.FromMilliseconds(2500) },
                Retry = new RetryPolicy { Codes = [503, 502], Attempts = 2, Backoff = TimeSpan.FromMilliseconds(100) },
            },
            new HttpRouteRule
            {
                Provenance = Provenance("shop", ruleIndex: 1),
                Match = new HttpRouteMatch { Path = new PathMatch { Type = PathMatchType.PathPrefix, Value = "/old" } },
                Filters =
                [
                    new RequestRedirectFilter
                    {
                        Scheme = "https",
                        Port = 443,
                        Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = "/new", MatchedPrefix = "/old" },
                        StatusCode = 301,
                    },
                ],
            },
            new HttpRouteRule
            {
                Provenance = Provenance("shop", ruleIndex: 2),
                Match = new HttpRouteMatch { Path = new PathMatch { Type = PathMatchType.PathPrefix, Value = "/" } },
                Filters =
                [
                    new UrlRewriteFilter
                    {
                        Hostname = "internal.shop",
                        Path = new PathModifier { Type = PathModifierType.ReplaceFullPath, Value = "/index" },
                    },
                ],
                Backends = [new InvalidBackend { Weight = 1, Reason = "RefNotPermitted" }],
                FixedResponse = new FixedResponse { StatusCode = 500, Reason = "all backends invalid" },
            },
        ],
    };

    private static VirtualHost WildcardHost() => new() { Hostname = "*", Rules = [PrefixRule("echo", "/", To("shop/echo:8080"))] };

    private static VirtualHost GrpcHost() => new()
    {
        Hostname = "grpc.example.com",
        Rules =
        [
            new HttpRouteRule
            {
                Provenance = Provenance("greeter", kind: RouteKind.GRPCRoute),
                Match = new HttpRouteMatch { Path = new PathMatch { Type = PathMatchType.Exact, Value = "/helloworld.Greeter/SayHello" } },
                Backends = [To("shop/greeter:50051")],
            },
        ],
    };

    private static L4Route TlsRoute() => new()
    {
        ListenerName = "tls-passthrough",
        Provenance = Provenance("vault", kind: RouteKind.TLSRoute),
        Hostnames = ["vault.example.com", "secrets.example.com"],
        Backends = [To("shop/echo:8080")],
    };

    private static L4Route TcpRoute() => new()
    {
        ListenerName = "postgres",
        Provenance = Provenance("postgres", kind: RouteKind.TCPRoute),
        Backends = [To("shop/postgres:5432", weight: 3), new InvalidBackend { Weight = 1, Reason = "BackendNotFound" }],
    };

    private static Cluster EchoCluster() => new()
    {
        Id = "shop/echo:8080",
        Protocol = ClusterProtocol.Http1,
        Resolution = EndpointResolution.EndpointSlice,
        Endpoints = [new ClusterEndpoint { Address = "10.0.0.2", Port = 8080 }, new ClusterEndpoint { Address = "10.0.0.1", Port = 8080 }],
    };

    private static Cluster ShopV2Cluster() => new()
    {
        Id = "shop/shop-v2:8080",
        Protocol = ClusterProtocol.H2,
        Resolution = EndpointResolution.ClusterDns,
        DnsName = "shop-v2.shop.svc.cluster.local",
        Endpoints = [new ClusterEndpoint { Address = "shop-v2.shop.svc.cluster.local", Port = 8080 }],
        Tls = new ClusterTls
        {
            ServerName = "shop-v2.example.com",
            CaCertificateRefs = [new NamespacedName { Namespace = "shop", Name = "ca" }],
        },
    };

    private static Cluster GrpcCluster() => new()
    {
        Id = "shop/greeter:50051",
        Protocol = ClusterProtocol.Grpc,
        Resolution = EndpointResolution.ExternalName,
        DnsName = "greeter.internal",
        Endpoints = [new ClusterEndpoint { Address = "greeter.internal", Port = 50051 }],
    };

    private static Cluster DatabaseCluster() => new()
    {
        Id = "shop/postgres:5432",
        Protocol = ClusterProtocol.Tcp,
        Resolution = EndpointResolution.EndpointSlice,
        Endpoints = [new ClusterEndpoint { Address = "fd00::5", Port = 5432 }],
    };
}
