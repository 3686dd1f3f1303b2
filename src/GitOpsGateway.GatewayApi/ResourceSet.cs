using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi;

/// <summary>
/// An immutable set of objects, at most one per <see cref="ResourceKey"/>. Every list is sorted by key
/// (kind, namespace, name; ordinal), whatever order the objects were read in, so the compiler's input is
/// deterministic.
/// </summary>
public sealed partial class ResourceSet
{
    private readonly Dictionary<ResourceKey, KubernetesResource> byKey;
    private readonly ILookup<(string Namespace, string Service), EndpointSlice> slicesByService;
    private readonly ILookup<string, ReferenceGrant> grantsByNamespace;

    private ResourceSet(Dictionary<ResourceKey, KubernetesResource> byKey)
    {
        this.byKey = byKey;
        All = ValueList<KubernetesResource>.From(byKey.Values.OrderBy(resource => resource.Key));
        GatewayClasses = Select<GatewayClass>();
        Gateways = Select<Gateway>();
        HttpRoutes = Select<HttpRoute>();
        GrpcRoutes = Select<GrpcRoute>();
        TlsRoutes = Select<TlsRoute>();
        TcpRoutes = Select<TcpRoute>();
        UdpRoutes = Select<UdpRoute>();
        Routes = Select<Route>();
        ReferenceGrants = Select<ReferenceGrant>();
        Namespaces = Select<KubernetesNamespace>();
        Services = Select<Service>();
        EndpointSlices = Select<EndpointSlice>();
        Secrets = Select<Secret>();
        Ingresses = Select<Ingress>();
        slicesByService = EndpointSlices
            .Where(slice => slice.ServiceName is not null)
            .ToLookup(slice => (slice.Metadata.Namespace, slice.ServiceName!));
        grantsByNamespace = ReferenceGrants.ToLookup(grant => grant.Metadata.Namespace, StringComparer.Ordinal);
    }

    public static ResourceSet Empty { get; } = new([]);

    public int Count => byKey.Count;

    public IReadOnlyList<KubernetesResource> All { get; }

    public IReadOnlyList<GatewayClass> GatewayClasses { get; }

    public IReadOnlyList<Gateway> Gateways { get; }

    public IReadOnlyList<HttpRoute> HttpRoutes { get; }

    public IReadOnlyList<GrpcRoute> GrpcRoutes { get; }

    public IReadOnlyList<TlsRoute> TlsRoutes { get; }

    public IReadOnlyList<TcpRoute> TcpRoutes { get; }

    public IReadOnlyList<UdpRoute> UdpRoutes { get; }

    /// <summary>Every route of every kind, sorted by key.</summary>
    public IReadOnlyList<Route> Routes { get; }

    public IReadOnlyList<ReferenceGrant> ReferenceGrants { get; }

    public IReadOnlyList<KubernetesNamespace> Namespaces { get; }

    public IReadOnlyList<Service> Services { get; }

    public IReadOnlyList<EndpointSlice> EndpointSlices { get; }

    public IReadOnlyList<Secret> Secrets { get; }

    public IReadOnlyList<Ingress> Ingresses { get; }

    /// <summary>Builds a set; two objects with the same key are a programming error (the loader reports them first).</summary>
    public static ResourceSet Create(IEnumerable<KubernetesResource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var byKey = new Dictionary<ResourceKey, KubernetesResource>();
        foreach (var resource in resources)
        {
            if (!byKey.TryAdd(resource.Key, resource))
            {
                throw new ArgumentException($"{resource.Key} appears more than once.", nameof(resources));
            }
        }

        return new ResourceSet(byKey);
    }

    /// <summary>A copy with one object added, or replacing the object with the same key.</summary>
    public ResourceSet With(KubernetesResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new ResourceSet(new Dictionary<ResourceKey, KubernetesResource>(byKey) { [resource.Key] = resource });
    }

    /// <summary>A copy without the object of that key (the same set when there is none).</summary>
    public ResourceSet Without(ResourceKey key)
    {
        if (!byKey.ContainsKey(key))
        {
            return this;
        }

        var copy = new Dictionary<ResourceKey, KubernetesResource>(byKey);
        copy.Remove(key);
        return new ResourceSet(copy);
    }

    /// <summary>
    /// A copy whose objects carry the metadata <paramref name="update"/> returns, e.g. the generations and creation
    /// timestamps the event store knows. The update must not change names or namespaces.
    /// </summary>
    public ResourceSet WithMetadata(Func<KubernetesResource, ObjectMeta> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var updated = new Dictionary<ResourceKey, KubernetesResource>(byKey.Count);
        foreach (var (key, resource) in byKey)
        {
            var changed = resource.WithMetadata(update(resource));
            if (changed.Key != key)
            {
                throw new InvalidOperationException($"Updating the metadata of {key} changed its identity to {changed.Key}.");
            }

            updated.Add(key, changed);
        }

        return new ResourceSet(updated);
    }

    private ValueList<TResource> Select<TResource>() => ValueList<TResource>.From(All.OfType<TResource>());
}
