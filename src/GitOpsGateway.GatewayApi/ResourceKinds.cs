using System.Collections.Frozen;
using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi;

/// <summary>Facts about each <see cref="ResourceKind"/>: its Kubernetes kind name, API group and scope.</summary>
public static class ResourceKinds
{
    private static readonly FrozenDictionary<string, ResourceKind> ByName =
        Enum.GetValues<ResourceKind>().ToFrozenDictionary(Name, kind => kind, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, ResourceKind> ByType = new Dictionary<Type, ResourceKind>
    {
        [typeof(GatewayClass)] = ResourceKind.GatewayClass,
        [typeof(Gateway)] = ResourceKind.Gateway,
        [typeof(HttpRoute)] = ResourceKind.HttpRoute,
        [typeof(GrpcRoute)] = ResourceKind.GrpcRoute,
        [typeof(TlsRoute)] = ResourceKind.TlsRoute,
        [typeof(TcpRoute)] = ResourceKind.TcpRoute,
        [typeof(UdpRoute)] = ResourceKind.UdpRoute,
        [typeof(ReferenceGrant)] = ResourceKind.ReferenceGrant,
        [typeof(KubernetesNamespace)] = ResourceKind.Namespace,
        [typeof(Service)] = ResourceKind.Service,
        [typeof(EndpointSlice)] = ResourceKind.EndpointSlice,
        [typeof(Secret)] = ResourceKind.Secret,
        [typeof(Ingress)] = ResourceKind.Ingress,
    }.ToFrozenDictionary();

    /// <summary>The Kubernetes kind string, e.g. "HTTPRoute".</summary>
    public static string Name(ResourceKind kind) => kind switch
    {
        ResourceKind.GatewayClass => "GatewayClass",
        ResourceKind.Gateway => "Gateway",
        ResourceKind.HttpRoute => "HTTPRoute",
        ResourceKind.GrpcRoute => "GRPCRoute",
        ResourceKind.TlsRoute => "TLSRoute",
        ResourceKind.TcpRoute => "TCPRoute",
        ResourceKind.UdpRoute => "UDPRoute",
        ResourceKind.ReferenceGrant => "ReferenceGrant",
        ResourceKind.Namespace => "Namespace",
        ResourceKind.Service => "Service",
        ResourceKind.EndpointSlice => "EndpointSlice",
        ResourceKind.Secret => "Secret",
        ResourceKind.Ingress => "Ingress",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown resource kind."),
    };

    public static string Group(ResourceKind kind) => kind switch
    {
        ResourceKind.Namespace or ResourceKind.Service or ResourceKind.Secret => ApiGroups.Core,
        ResourceKind.EndpointSlice => ApiGroups.Discovery,
        ResourceKind.Ingress => ApiGroups.Networking,
        _ => ApiGroups.GatewayNetworking,
    };

    /// <summary>GatewayClass and Namespace are cluster-scoped: their namespace is the empty string.</summary>
    public static bool IsNamespaced(ResourceKind kind) => kind is not (ResourceKind.GatewayClass or ResourceKind.Namespace);

    public static bool IsRoute(ResourceKind kind) =>
        kind is ResourceKind.HttpRoute or ResourceKind.GrpcRoute or ResourceKind.TlsRoute or ResourceKind.TcpRoute or ResourceKind.UdpRoute;

    /// <summary>Parses a Kubernetes kind string ("HTTPRoute"); case-sensitive, as Kubernetes is.</summary>
    public static bool TryParse(string name, out ResourceKind kind) => ByName.TryGetValue(name, out kind);

    /// <summary>The kind of a resource type, e.g. <c>Of&lt;HttpRoute&gt;()</c> is <see cref="ResourceKind.HttpRoute"/>.</summary>
    public static ResourceKind Of<TResource>()
        where TResource : KubernetesResource => ByType[typeof(TResource)];
}
