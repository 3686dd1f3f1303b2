using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Policy;

namespace GitOpsGateway.Translation.Tests.Policy;

public sealed class NamespaceSelectorTests
{
    private static readonly NamespaceLabels Labels = LabelsOf("""
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop, labels: {team: retail, env: prod}}
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: lab, labels: {team: research}}
        """);

    [Fact]
    public void Same_admits_only_the_gateway_namespace()
    {
        Assert.True(AllowedRoutesPolicy.Admits(RouteNamespaces.Same, "infra", "infra", Labels));
        Assert.False(AllowedRoutesPolicy.Admits(RouteNamespaces.Same, "infra", "shop", Labels));
    }

    [Fact]
    public void All_admits_every_namespace_even_one_without_manifest() =>
        Assert.True(AllowedRoutesPolicy.Admits(new RouteNamespaces { From = FromNamespaces.All }, "infra", "nowhere", Labels));

    [Fact]
    public void Selector_match_labels_must_all_hold()
    {
        var selector = Selector(new() { MatchLabels = new Dictionary<string, string> { ["team"] = "retail", ["env"] = "prod" } });

        Assert.True(AllowedRoutesPolicy.Admits(selector, "infra", "shop", Labels));
        Assert.False(AllowedRoutesPolicy.Admits(selector, "infra", "lab", Labels));
    }

    [Fact]
    public void Selector_match_expressions_are_evaluated_against_namespace_labels()
    {
        var selector = Selector(new()
        {
            MatchExpressions =
            [
                new() { Key = "team", Operator = "In", Values = ["retail", "research"] },
                new() { Key = "env", Operator = "DoesNotExist" },
            ],
        });

        Assert.True(AllowedRoutesPolicy.Admits(selector, "infra", "lab", Labels));
        Assert.False(AllowedRoutesPolicy.Admits(selector, "infra", "shop", Labels));
    }

    [Fact]
    public void A_namespace_missing_from_the_repository_has_only_its_name_label()
    {
        Assert.Equal(new Dictionary<string, string> { [NamespaceLabels.NameLabel] = "nowhere" }, Labels.Of("nowhere"));
        Assert.False(AllowedRoutesPolicy.Admits(Selector(new() { MatchLabels = new Dictionary<string, string> { ["team"] = "retail" } }), "infra", "nowhere", Labels));
    }

    [Fact]
    public void The_implicit_name_label_is_matched_like_kubernetes_sets_it()
    {
        var selector = Selector(new() { MatchLabels = new Dictionary<string, string> { [NamespaceLabels.NameLabel] = "shop" } });

        Assert.True(AllowedRoutesPolicy.Admits(selector, "infra", "shop", Labels));
        Assert.False(AllowedRoutesPolicy.Admits(selector, "infra", "lab", Labels));
    }

    [Fact]
    public void An_unknown_from_value_admits_nothing() =>
        Assert.False(AllowedRoutesPolicy.Admits(new RouteNamespaces { From = "None" }, "infra", "infra", Labels));

    private static RouteNamespaces Selector(GatewayApi.LabelSelector selector) => new() { From = FromNamespaces.Selector, Selector = selector };

    private static NamespaceLabels LabelsOf(string yaml)
    {
        var resources = TestData.Load(yaml);
        return new NamespaceLabels(resources, ValidationReport.Of(resources));
    }
}
