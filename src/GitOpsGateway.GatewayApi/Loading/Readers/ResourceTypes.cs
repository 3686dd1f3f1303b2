using System.Collections.Frozen;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

/// <summary>
/// The (group, kind) pairs the loader reads. Older Gateway API versions are accepted because their shapes are
/// the same for the fields we read; an Istio "Gateway" (another group) stays an unknown kind.
/// </summary>
internal static class ResourceTypes
{
    private static readonly FrozenDictionary<(string Group, string Kind), ResourceType> Types = Build();

    public static bool TryFind(string group, string kind, out ResourceType type) => Types.TryGetValue((group, kind), out type!);

    /// <summary>Splits "group/version" ("v1" alone is the core group).</summary>
    public static (string Group, string Version) SplitApiVersion(string apiVersion)
    {
        var slash = apiVersion.LastIndexOf('/');
        return slash < 0 ? (ApiGroups.Core, apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
    }

    private static FrozenDictionary<(string Group, string Kind), ResourceType> Build()
    {
        var gatewayVersions = new[] { "v1", "v1beta1", "v1alpha2" };
        var routeVersions = new[] { "v1", "v1alpha2" };
        var entries = new (ResourceKind Kind, string[] Versions, ResourceReader Read)[]
        {
            (ResourceKind.GatewayClass, gatewayVersions, GatewayClassReader.Read),
            (ResourceKind.Gateway, gatewayVersions, GatewayReader.Read),
            (ResourceKind.HttpRoute, gatewayVersions, HttpRouteReader.Read),
            (ResourceKind.GrpcRoute, routeVersions, GrpcRouteReader.Read),
            (ResourceKind.TlsRoute, ["v1", "v1alpha2", "v1alpha3"], StreamRouteReader.ReadTls),
            (ResourceKind.TcpRoute, routeVersions, StreamRouteReader.ReadTcp),
            (ResourceKind.UdpRoute, routeVersions, StreamRouteReader.ReadUdp),
            (ResourceKind.ReferenceGrant, gatewayVersions, ReferenceGrantReader.Read),
            (ResourceKind.Namespace, ["v1"], NamespaceReader.Read),
            (ResourceKind.Service, ["v1"], ServiceReader.Read),
            (ResourceKind.EndpointSlice, ["v1"], EndpointSliceReader.Read),
            (ResourceKind.Secret, ["v1"], SecretReader.Read),
            (ResourceKind.Ingress, ["v1"], IngressReader.Read),
        };

        return entries.ToFrozenDictionary(
            entry => (ResourceKinds.Group(entry.Kind), ResourceKinds.Name(entry.Kind)),
            entry => new ResourceType(entry.Kind, entry.Versions.ToFrozenSet(StringComparer.Ordinal), entry.Read));
    }
}
