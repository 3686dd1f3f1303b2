using GitOpsGateway.Testing.Manifests;

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

    public static readonly string GatewayClassAndGateway = GatewayManifests.GatewayClassAnd(GatewayManifests.Gateway(
        Namespace,
        "edge",
        [Listener.Http(), Listener.Https("https-a", SecureHostA, "a-cert"), Listener.Https("https-b", SecureHostB, "b-cert")]));

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
    public static string Backend(string name, int localPort, string? appProtocol = null) =>
        ServiceManifests.LocalService(Namespace, name, localPort, appProtocol);

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
