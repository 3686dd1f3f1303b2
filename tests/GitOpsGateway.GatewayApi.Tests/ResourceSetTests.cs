using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.GatewayApi.Tests;

public sealed class ResourceSetTests
{
    private static readonly ResourceSet Set = Manifests.Load("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: zeta, namespace: apps}
        spec: {}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: alpha, namespace: apps}
        spec: {}
        ---
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TCPRoute
        metadata: {name: db, namespace: apps}
        spec: {rules: [{backendRefs: [{name: db, port: 5432}]}]}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata: {name: gitops}
        spec: {controllerName: gitops-gateway.dev/controller}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: apps, labels: {expose: "true"}}
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: web-b, namespace: apps, labels: {kubernetes.io/service-name: web}}
        addressType: IPv4
        ---
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata: {name: web-a, namespace: apps, labels: {kubernetes.io/service-name: web}}
        addressType: IPv4
        ---
        apiVersion: gateway.networking.k8s.io/v1beta1
        kind: ReferenceGrant
        metadata: {name: grant, namespace: backends}
        spec: {from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}], to: [{group: "", kind: Service}]}
        """).Resources;

    [Fact]
    public void Lists_are_sorted_by_kind_namespace_and_name_whatever_the_file_order()
    {
        Assert.Equal(["alpha", "zeta"], Set.HttpRoutes.Select(r => r.Metadata.Name));
        Assert.Equal(["alpha", "zeta", "db"], Set.Routes.Select(r => r.Metadata.Name));
        Assert.Equal(Set.All.OrderBy(r => r.Key), Set.All);
        Assert.Equal(8, Set.Count);
    }

    [Fact]
    public void Objects_are_found_by_key_or_by_namespace_and_name()
    {
        Assert.Equal("zeta", Set.Find<HttpRoute>("apps", "zeta")!.Metadata.Name);
        Assert.Null(Set.Find<HttpRoute>("other", "zeta"));
        Assert.Equal("gitops-gateway.dev/controller", Set.FindGatewayClass("gitops")!.Spec.ControllerName);
        Assert.Equal("true", Set.FindNamespace("apps")!.Metadata.Labels["expose"]);
        Assert.True(Set.Contains(new ResourceKey(ResourceKind.TcpRoute, "apps", "db")));
        Assert.IsType<KubernetesNamespace>(Set.Find(new ResourceKey(ResourceKind.Namespace, "", "apps")));
    }

    [Fact]
    public void Endpoint_slices_are_found_by_their_service_and_grants_by_their_namespace()
    {
        Assert.Equal(["web-a", "web-b"], Set.EndpointSlicesFor("apps", "web").Select(s => s.Metadata.Name));
        Assert.Empty(Set.EndpointSlicesFor("other", "web"));
        Assert.Equal("grant", Set.ReferenceGrantsIn("backends").Single().Metadata.Name);
        Assert.Empty(Set.ReferenceGrantsIn("apps"));
    }

    [Fact]
    public void Metadata_such_as_generation_and_creation_time_can_be_replaced()
    {
        var created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var updated = Set.WithMetadata(resource => resource.Metadata with { Generation = 42, CreationTimestamp = created });

        Assert.All(updated.All, resource => Assert.Equal((42L, (DateTimeOffset?)created), (resource.Metadata.Generation, resource.Metadata.CreationTimestamp)));
        Assert.All(Set.All, resource => Assert.Equal(1L, resource.Metadata.Generation));
        Assert.Equal(Set.HttpRoutes[0].Spec, updated.HttpRoutes[0].Spec);
        Assert.Throws<InvalidOperationException>(() => Set.WithMetadata(resource => resource.Metadata with { Name = "renamed" }));
    }

    [Fact]
    public void Objects_can_be_added_replaced_and_removed_in_copies()
    {
        var route = Set.HttpRoutes[0];
        var changed = route with { Spec = route.Spec with { Hostnames = ["changed.example.com"] } };

        var replaced = Set.With(changed);
        var removed = Set.Without(route.Key);

        Assert.Equal(["changed.example.com"], replaced.Find<HttpRoute>("apps", "alpha")!.Hostnames);
        Assert.Equal(Set.Count, replaced.Count);
        Assert.Equal(Set.Count - 1, removed.Count);
        Assert.Same(Set, Set.Without(new ResourceKey(ResourceKind.Gateway, "x", "y")));
        Assert.Empty(Set.Find<HttpRoute>("apps", "alpha")!.Spec.Hostnames);
    }

    [Fact]
    public void Creating_a_set_with_two_objects_of_one_key_throws()
    {
        var route = Set.HttpRoutes[0];

        Assert.Throws<ArgumentException>(() => ResourceSet.Create([route, route with { ApiVersion = "gateway.networking.k8s.io/v1beta1" }]));
    }

    [Fact]
    public void Records_built_in_code_with_plain_arrays_compare_by_content()
    {
        static Gateway Build() => new()
        {
            ApiVersion = "gateway.networking.k8s.io/v1",
            Metadata = new ObjectMeta { Name = "edge", Namespace = "infra", Labels = new Dictionary<string, string> { ["a"] = "b" } },
            Spec = new GatewaySpec { GatewayClassName = "gitops", Listeners = [new Listener { Name = "http", Port = 80, Protocol = "HTTP" }] },
        };

        Assert.Equal(Build(), Build());
        Assert.Equal(Build().GetHashCode(), Build().GetHashCode());
        Assert.NotEqual(Build(), Build() with { Spec = Build().Spec with { Listeners = [] } });
        Assert.IsType<ValueList<Listener>>(Build().Spec.Listeners);
    }
}
