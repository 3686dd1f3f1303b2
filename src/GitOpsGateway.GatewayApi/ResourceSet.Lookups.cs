using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.References;

namespace GitOpsGateway.GatewayApi;

public sealed partial class ResourceSet
{
    public bool Contains(ResourceKey key) => byKey.ContainsKey(key);

    public KubernetesResource? Find(ResourceKey key) => byKey.GetValueOrDefault(key);

    /// <summary>Finds an object by namespace and name; use "" as the namespace of cluster-scoped kinds.</summary>
    public TResource? Find<TResource>(string @namespace, string name)
        where TResource : KubernetesResource =>
        byKey.GetValueOrDefault(new ResourceKey(ResourceKinds.Of<TResource>(), @namespace, name)) as TResource;

    public GatewayClass? FindGatewayClass(string name) => Find<GatewayClass>(string.Empty, name);

    public KubernetesNamespace? FindNamespace(string name) => Find<KubernetesNamespace>(string.Empty, name);

    /// <summary>The EndpointSlices labelled <c>kubernetes.io/service-name: <paramref name="serviceName"/></c>, sorted by name.</summary>
    public IEnumerable<EndpointSlice> EndpointSlicesFor(string @namespace, string serviceName) => slicesByService[(@namespace, serviceName)];

    /// <summary>The ReferenceGrants that live in (and so grant access to) <paramref name="namespace"/>.</summary>
    public IEnumerable<ReferenceGrant> ReferenceGrantsIn(string @namespace) => grantsByNamespace[@namespace];
}
