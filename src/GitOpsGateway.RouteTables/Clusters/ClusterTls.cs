namespace GitOpsGateway.RouteTables.Clusters;

/// <summary>TLS towards the endpoints (from a BackendTLSPolicy).</summary>
public sealed record ClusterTls
{
    private static readonly IComparer<NamespacedName> ReferenceOrder =
        CanonicalOrder.By<NamespacedName>(name => name.Namespace, name => name.Name);

    /// <summary>Sent as SNI and verified against the endpoint's certificate.</summary>
    public required string ServerName { get; init; }

    /// <summary>Secrets or ConfigMaps holding trusted CA certificates, a set kept in ordinal order.</summary>
    public EquatableArray<NamespacedName> CaCertificateRefs
    {
        get;
        init => field = value.SortedBy(ReferenceOrder);
    }

    /// <summary>Trust the node's system CA store (Gateway API <c>wellKnownCACertificates: System</c>).</summary>
    public bool UseSystemCertificates { get; init; }
}
