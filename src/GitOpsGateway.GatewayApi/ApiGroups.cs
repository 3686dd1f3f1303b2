namespace GitOpsGateway.GatewayApi;

/// <summary>Kubernetes API group names the product reads.</summary>
public static class ApiGroups
{
    /// <summary>The core group ("v1" kinds such as Service and Secret) is the empty string.</summary>
    public const string Core = "";

    public const string GatewayNetworking = "gateway.networking.k8s.io";

    public const string Discovery = "discovery.k8s.io";

    public const string Networking = "networking.k8s.io";
}
