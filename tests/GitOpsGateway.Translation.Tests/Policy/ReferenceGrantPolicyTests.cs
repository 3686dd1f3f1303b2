using GitOpsGateway.GatewayApi;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Policy;

namespace GitOpsGateway.Translation.Tests.Policy;

public sealed class ReferenceGrantPolicyTests
{
    private static readonly ReferenceGrantPolicy Grants = PolicyOf("""
        apiVersion: gateway.networking.k8s.io/v1beta1
        kind: ReferenceGrant
        metadata: {name: routes-to-services, namespace: backends}
        spec:
          from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop}]
          to: [{group: "", kind: Service, name: web}]
        ---
        apiVersion: gateway.networking.k8s.io/v1beta1
        kind: ReferenceGrant
        metadata: {name: gateways-to-secrets, namespace: certs}
        spec:
          from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: infra}]
          to: [{group: "", kind: Secret}]
        """);

    [Fact]
    public void Same_namespace_references_need_no_grant() =>
        Assert.True(Grants.Allows(ResourceKind.HttpRoute, "anywhere", ApiGroups.Core, "Service", "anywhere", "web"));

    [Fact]
    public void A_grant_admits_the_named_object_from_the_named_kind_and_namespace()
    {
        Assert.True(Grants.Allows(ResourceKind.HttpRoute, "shop", ApiGroups.Core, "Service", "backends", "web"));
        Assert.False(Grants.Allows(ResourceKind.HttpRoute, "shop", ApiGroups.Core, "Service", "backends", "db"));
    }

    [Fact]
    public void A_grant_for_one_kind_does_not_admit_another() =>
        Assert.False(Grants.Allows(ResourceKind.GrpcRoute, "shop", ApiGroups.Core, "Service", "backends", "web"));

    [Fact]
    public void A_grant_for_one_namespace_does_not_admit_another() =>
        Assert.False(Grants.Allows(ResourceKind.HttpRoute, "lab", ApiGroups.Core, "Service", "backends", "web"));

    [Fact]
    public void A_grant_without_name_admits_every_object_of_the_kind()
    {
        Assert.True(Grants.Allows(ResourceKind.Gateway, "infra", ApiGroups.Core, "Secret", "certs", "any-certificate"));
        Assert.False(Grants.Allows(ResourceKind.Gateway, "infra", ApiGroups.Core, "Service", "certs", "any-certificate"));
    }

    [Fact]
    public void A_grant_only_opens_its_own_namespace() =>
        Assert.False(Grants.Allows(ResourceKind.HttpRoute, "shop", ApiGroups.Core, "Service", "certs", "web"));

    [Fact]
    public void An_invalid_grant_admits_nothing()
    {
        var grants = PolicyOf("""
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: broken, namespace: backends}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: "Not A Namespace"}, {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop}]
              to: [{group: "", kind: Service}]
            """);

        Assert.False(grants.Allows(ResourceKind.HttpRoute, "shop", ApiGroups.Core, "Service", "backends", "web"));
    }

    private static ReferenceGrantPolicy PolicyOf(string yaml)
    {
        var resources = TestData.Load(yaml);
        return new ReferenceGrantPolicy(resources, ValidationReport.Of(resources));
    }
}
