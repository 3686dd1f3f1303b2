using GitOpsGateway.Cli.Plan;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Diffing;
using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Cli.Tests.Plan;

public sealed class GatewayPlanTests
{
    private static readonly string SecondGateway = ShopManifests.GatewayClassAndGateway
        .Split("---")[1].Replace("name: edge", "name: back-office", StringComparison.Ordinal);

    [Fact]
    public void Only_gateways_whose_tables_differ_are_listed_with_whether_they_appear_change_or_disappear()
    {
        var before = Compile(ShopManifests.GatewayClassAndGateway, ShopManifests.Route(path: "/"));
        var after = Compile(ShopManifests.GatewayClassAndGateway + "\n---\n" + SecondGateway, ShopManifests.Route(path: "/v2"));

        var plans = GatewayPlan.Compare(before, after, onlyGateway: null);

        Assert.Equal([("shop/back-office", ChangeKind.Added), ("shop/edge", ChangeKind.Changed)], plans.Select(plan => (plan.Gateway, plan.Change)));
        Assert.Contains(plans[1].Changes, change => change.Subject == ChangeSubject.Rule && change.Description.Contains("/v2", StringComparison.Ordinal));
        Assert.Equal(ChangeKind.Removed, Assert.Single(GatewayPlan.Compare(after, before, onlyGateway: "shop/back-office")).Change);
    }

    [Fact]
    public void Equal_tables_give_no_plan()
    {
        var tables = Compile(ShopManifests.GatewayClassAndGateway, ShopManifests.Route());

        Assert.Empty(GatewayPlan.Compare(tables, Compile(ShopManifests.GatewayClassAndGateway, ShopManifests.Route()), onlyGateway: null));
    }

    private static IReadOnlyList<RouteTable> Compile(params string[] documents)
    {
        var load = ManifestLoader.Default.Load(documents.Select((text, index) => new ManifestFile($"file{index}.yaml", text)));
        Assert.False(load.HasErrors);
        return Translator.Translate(load.Resources, TranslatorOptions.Default).Tables;
    }
}
