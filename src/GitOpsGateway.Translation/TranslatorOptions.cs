namespace GitOpsGateway.Translation;

/// <summary>What the compiler needs to know about its deployment; everything else comes from the resources.</summary>
public sealed record TranslatorOptions
{
    public const string DefaultControllerName = "gitops-gateway.dev/gateway-controller";

    public const string DefaultClusterDomain = "cluster.local";

    public static TranslatorOptions Default { get; } = new();

    /// <summary>GatewayClasses whose <c>spec.controllerName</c> equals this are ours; all others are ignored.</summary>
    public string ControllerName { get; init; } = DefaultControllerName;

    /// <summary>Suffix of Service DNS names (<c>NAME.NAMESPACE.svc.SUFFIX</c>) when no EndpointSlice lists addresses.</summary>
    public string ClusterDomain { get; init; } = DefaultClusterDomain;
}
