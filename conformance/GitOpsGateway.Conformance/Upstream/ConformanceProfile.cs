namespace GitOpsGateway.Conformance.Upstream;

/// <summary>A conformance profile of the upstream suite: its core features, and every other feature it reports as extended.</summary>
public sealed record ConformanceProfile(string Name, IReadOnlySet<string> CoreFeatures, IReadOnlySet<string> ExtendedFeatures)
{
    private static readonly string[] GatewayExtended =
    [
        "GatewayPort8080", "GatewayStaticAddresses", "GatewayHTTPListenerIsolation", "GatewayHTTPSListenerDetectMisdirectedRequests",
        "GatewayInfrastructurePropagation", "GatewayAddressEmpty", "ListenerSet", "GatewayBackendClientCertificate",
        "GatewayFrontendClientCertificateValidation", "GatewayFrontendClientCertificateValidationInsecureFallback",
    ];

    private static readonly string[] HttpRouteExtended =
    [
        "HTTPRouteDestinationPortMatching", "HTTPRouteBackendRequestHeaderModification", "HTTPRouteQueryParamMatching",
        "HTTPRouteMethodMatching", "HTTPRouteResponseHeaderModification", "HTTPRoutePortRedirect", "HTTPRouteSchemeRedirect",
        "HTTPRoutePathRedirect", "HTTPRouteHostRewrite", "HTTPRoutePathRewrite", "HTTPRouteRequestMirror",
        "HTTPRouteRequestMultipleMirrors", "HTTPRouteRequestPercentageMirror", "HTTPRouteRequestTimeout", "HTTPRouteBackendTimeout",
        "HTTPRouteParentRefPort", "HTTPRouteBackendProtocolH2C", "HTTPRouteBackendProtocolWebSocket", "HTTPRouteNamedRouteRule",
        "HTTPRouteCORS", "HTTPRoute303RedirectStatusCode", "HTTPRoute307RedirectStatusCode", "HTTPRoute308RedirectStatusCode",
        "HTTPRouteRetry", "HTTPRouteRetryBackendTimeout", "HTTPRouteRetryConnectionError",
    ];

    /// <summary>The gateway profiles of upstream conformance/utils/suite/profiles.go (v1.6.1); the mesh profiles are not ours.</summary>
    public static IReadOnlyList<ConformanceProfile> Gateway { get; } =
    [
        new("GATEWAY-GRPC", Set("Gateway", "ReferenceGrant", "GRPCRoute"), Set(GatewayExtended)),
        new("GATEWAY-HTTP", Set("Gateway", "ReferenceGrant", "HTTPRoute"), Set([.. GatewayExtended, .. HttpRouteExtended, "BackendTLSPolicy", "BackendTLSPolicySANValidation"])),
        new("GATEWAY-TCP", Set("Gateway", "ReferenceGrant", "TCPRoute"), Set(GatewayExtended)),
        new("GATEWAY-TLS", Set("Gateway", "ReferenceGrant", "TLSRoute"), Set([.. GatewayExtended, "TLSRouteModeTerminate", "TLSRouteModeMixed"])),
        new("GATEWAY-UDP", Set("Gateway", "ReferenceGrant", "UDPRoute"), Set(GatewayExtended)),
    ];

    /// <summary>As upstream: a test belongs to every profile that knows all its features.</summary>
    public bool Covers(UpstreamTest test) => test.Features.All(feature => CoreFeatures.Contains(feature) || ExtendedFeatures.Contains(feature));

    /// <summary>As upstream: a test needing any feature beyond the profile's core counts as extended.</summary>
    public bool IsExtended(UpstreamTest test) => test.Features.Any(feature => !CoreFeatures.Contains(feature));

    private static HashSet<string> Set(params string[] features) => new(features, StringComparer.Ordinal);
}
