namespace GitOpsGateway.GatewayApi;

/// <summary>Identity of an object: kind, namespace ("" for cluster-scoped kinds) and name. Orders by kind, namespace, name (ordinal).</summary>
public readonly record struct ResourceKey(ResourceKind Kind, string Namespace, string Name) : IComparable<ResourceKey>
{
    public int CompareTo(ResourceKey other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byNamespace = string.CompareOrdinal(Namespace, other.Namespace);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(Name, other.Name);
    }

    public static bool operator <(ResourceKey left, ResourceKey right) => left.CompareTo(right) < 0;

    public static bool operator <=(ResourceKey left, ResourceKey right) => left.CompareTo(right) <= 0;

    public static bool operator >(ResourceKey left, ResourceKey right) => left.CompareTo(right) > 0;

    public static bool operator >=(ResourceKey left, ResourceKey right) => left.CompareTo(right) >= 0;

    /// <summary>"HTTPRoute/default/web", or "GatewayClass/gitops" for cluster-scoped kinds.</summary>
    public override string ToString() =>
        Namespace.Length == 0 ? $"{ResourceKinds.Name(Kind)}/{Name}" : $"{ResourceKinds.Name(Kind)}/{Namespace}/{Name}";
}
