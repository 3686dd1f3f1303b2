namespace GitOpsGateway.GatewayApi.References;

/// <summary>Lives in the namespace of the referenced objects and lets objects of other namespaces refer to them.</summary>
public sealed record ReferenceGrant : KubernetesResource
{
    public override ResourceKind Kind => ResourceKind.ReferenceGrant;

    public required ReferenceGrantSpec Spec { get; init; }

    /// <summary>
    /// True when this grant lets an object of <paramref name="fromGroup"/>/<paramref name="fromKind"/> in
    /// <paramref name="fromNamespace"/> refer to the object <paramref name="toGroup"/>/<paramref name="toKind"/>
    /// named <paramref name="toName"/> in this grant's namespace.
    /// </summary>
    public bool Allows(string fromGroup, string fromKind, string fromNamespace, string toGroup, string toKind, string toName) =>
        Spec.From.Any(from =>
            string.Equals(from.Group, fromGroup, StringComparison.Ordinal)
            && string.Equals(from.Kind, fromKind, StringComparison.Ordinal)
            && string.Equals(from.Namespace, fromNamespace, StringComparison.Ordinal))
        && Spec.To.Any(to =>
            string.Equals(to.Group, toGroup, StringComparison.Ordinal)
            && string.Equals(to.Kind, toKind, StringComparison.Ordinal)
            && (to.Name is null || string.Equals(to.Name, toName, StringComparison.Ordinal)));
}
