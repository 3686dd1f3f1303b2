namespace GitOpsGateway.GatewayApi.Kubernetes;

public static class SecretTypes
{
    public const string Opaque = "Opaque";
    public const string Tls = "kubernetes.io/tls";
}
