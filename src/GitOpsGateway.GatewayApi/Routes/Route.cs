namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>What every route kind shares: the parents it asks to attach to and the hostnames it serves.</summary>
public abstract record Route : KubernetesResource
{
    public abstract IReadOnlyList<ParentReference> ParentRefs { get; }

    /// <summary>Empty for kinds without hostnames (TCPRoute, UDPRoute) and for routes that inherit the listener's.</summary>
    public abstract IReadOnlyList<string> Hostnames { get; }
}
