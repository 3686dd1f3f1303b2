namespace GitOpsGateway.GatewayApi;

/// <summary>
/// Base of every typed object. <c>resource with { Metadata = ... }</c> works on this base type, which is how
/// the event store replaces generations and creation timestamps.
/// </summary>
public abstract record KubernetesResource
{
    /// <summary>The apiVersion as written, e.g. "gateway.networking.k8s.io/v1".</summary>
    public required string ApiVersion { get; init; }

    public required ObjectMeta Metadata { get; init; }

    public abstract ResourceKind Kind { get; }

    public ResourceKey Key => new(Kind, Metadata.Namespace, Metadata.Name);

    public KubernetesResource WithMetadata(ObjectMeta metadata) => this with { Metadata = metadata };
}
