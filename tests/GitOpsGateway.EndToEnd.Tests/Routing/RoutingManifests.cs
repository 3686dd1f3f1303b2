namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// Gateway <c>routing/edge</c> (HTTP on port 80; HTTPS on port 443 for <c>a.secure.test</c> and <c>b.secure.test</c>,
/// each with its own certificate Secret), and the Services the routes name, each resolved by an EndpointSlice to a
/// local test server. Routes tag the rule that served a request with <see cref="RuleHeader"/>.
/// </summary>
internal static class RoutingManifests
{
    public const string Gateway = "routing/edge";
    public const string Namespace = "routing";
    public const string RuleHeader = "x-rule";
    public const string SecureHostA = "a.secure.test";
    public const string SecureHostB = "b.secure.test";

    public const string GatewayClassAndGateway = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: gitops
        spec:
          controllerName: gitops-gateway.dev/gateway-controller
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: edge
          namespace: routing
        spec:
          gatewayClassName: gitops
          listeners:
          - name: http
            port: 80
            protocol: HTTP
          - name: https-a
            port: 443
            protocol: HTTPS
            hostname: a.secure.test
            tls:
              mode: Terminate
              certificateRefs:
              - name: a-cert
          - name: https-b
            port: 443
            protocol: HTTPS
            hostname: b.secure.test
            tls:
              mode: Terminate
              certificateRefs:
              - name: b-cert
        """;

    /// <summary>A <c>kubernetes.io/tls</c> Secret in the repository: the control plane checks it, the node reads its own copy.</summary>
    public static string TlsSecret(string name, PemKeyPair pair) => $"""
        apiVersion: v1
        kind: Secret
        metadata:
          name: {name}
          namespace: {Namespace}
        type: kubernetes.io/tls
        data:
          tls.crt: {Base64(pair.CertificatePem)}
          tls.key: {Base64(pair.PrivateKeyPem)}
        """;

    /// <summary>Service <paramref name="name"/> on port 8080 whose only endpoint is 127.0.0.1:<paramref name="localPort"/>.</summary>
    public static string Backend(string name, int localPort, string? appProtocol = null) => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {name}
          namespace: {Namespace}
        spec:
          ports:
          - name: http
            port: 8080{(appProtocol is null ? string.Empty : "\n    appProtocol: " + appProtocol)}
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: {name}-local
          namespace: {Namespace}
          labels:
            kubernetes.io/service-name: {name}
        addressType: IPv4
        ports:
        - name: http
          port: {localPort}
        endpoints:
        - addresses: ["127.0.0.1"]
        """;

    /// <summary>
    /// The route the first commit holds alone, so the event store sees it before every other route: it must keep
    /// <c>age.test</c> against the later <see cref="MatchingRoutes.NewerRoute"/>, whose name sorts first.
    /// </summary>
    public const string OlderRoute = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: z-older
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [age.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: older}]}}]
            backendRefs: [{name: main, port: 8080}]
        """;

    private static string Base64(string text) => Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(text));
}
