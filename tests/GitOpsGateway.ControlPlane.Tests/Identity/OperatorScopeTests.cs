using System.Globalization;
using System.Net;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.ControlPlane.Tests.Identity;

/// <summary>Operators' scopes and the identity the journal records, through a real control plane watching two sources.</summary>
public sealed class OperatorScopeTests
{
    private const string TeamSource = "team-b";

    [Fact]
    public async Task an_operator_scoped_to_one_gateway_cannot_roll_back_or_pin_another_and_the_journal_records_its_token_not_a_header()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var team = await GitRemoteRepository.CreateAsync(TestContext.Current.CancellationToken);
        var controlPlane = await scenario.StartAsync(scenario.Options() with
        {
            Settings = new Dictionary<string, string>
            {
                ["SOURCES__1__NAME"] = TeamSource,
                ["SOURCES__1__REPOSITORY"] = team.BarePath,
                ["SOURCES__1__FOLDER"] = ControlPlaneOptions.DefaultFolder,
                ["SOURCES__1__POLLINTERVAL"] = "00:00:00.300",
            },
        });
        await controlPlane.WaitForIngestedAsync(await scenario.Remote.PushValidRepositoryAsync());
        var teamSha = await team.PushAsync("Team B's gateway", new Dictionary<string, string>
        {
            ["infrastructure.yaml"] = GatewayManifests.GatewayClassAnd(GatewayManifests.Gateway(TeamSource, "edge", [Listener.Http()])),
        });
        await Eventually.WaitForAsync(
            async () => (await controlPlane.GetJsonAsync("/api/v1/sources")).AsArray().Any(source => (string?)source!["name"] == TeamSource && (string?)source["lastIngestedSha"] == teamSha),
            "team-b's commit to be ingested");
        var shopVersion = (long)(await controlPlane.GetJsonAsync("/api/v1/versions/active?gateway=shop/edge"))["version"]!["number"]!;
        var teamVersion = (long)(await controlPlane.GetJsonAsync($"/api/v1/versions/active?gateway={TeamSource}/edge"))["version"]!["number"]!;

        var teamOperator = await controlPlane.CreateTokenAsync("team-b-oncall", "operator", $"gateway:{TeamSource}/edge");
        var shopOperator = await controlPlane.CreateTokenAsync("shop-oncall", "operator", "source:shop");
        var viewer = await controlPlane.CreateTokenAsync("dashboard", "viewer");

        var (rollbackShop, why) = await controlPlane.SendAsync(
            HttpMethod.Post, "/api/v1/rollback", teamOperator, new { toVersion = shopVersion, reason = "not mine" }, onBehalfOf: "mallory");
        Assert.Equal(HttpStatusCode.Forbidden, rollbackShop);
        Assert.Contains("team-b-oncall is scoped to gateway:team-b/edge; source 'shop' serves Gateways shop/edge", (string?)why!["detail"], StringComparison.Ordinal);
        var (pinShop, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/pin", teamOperator, new { source = "shop", reason = "not mine" });
        Assert.Equal(HttpStatusCode.Forbidden, pinShop);
        var (syncShop, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/sources/shop/sync", teamOperator);
        Assert.Equal(HttpStatusCode.Forbidden, syncShop);
        var (shopPinsTeam, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/pin", shopOperator, new { version = teamVersion, reason = "not mine" });
        Assert.Equal(HttpStatusCode.Forbidden, shopPinsTeam);
        var (viewerRollsBack, _) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/rollback", viewer, new { toVersion = shopVersion, reason = "reading only" });
        Assert.Equal(HttpStatusCode.Forbidden, viewerRollsBack);
        Assert.DoesNotContain((await controlPlane.GetJsonAsync("/api/v1/journal"))["items"]!.AsArray(), entry => (string?)entry!["kind"] is "Rollback" or "Pin");

        // Within its scope the same token acts; the header names a person beside the token, never instead of it.
        var (rollbackTeam, outcome) = await controlPlane.SendAsync(
            HttpMethod.Post, "/api/v1/rollback", teamOperator, new { toVersion = teamVersion, reason = "drill" }, onBehalfOf: "ada");
        Assert.Equal(HttpStatusCode.OK, rollbackTeam);
        Assert.Equal(TeamSource, (string?)outcome!["source"]);
        var rollback = await controlPlane.JournalEntryAsync((string)outcome["commandId"]!);
        Assert.Equal(
            ("team-b-oncall (on behalf of ada)", "team-b-oncall", "gitops-gateway", "ada"),
            ((string?)rollback["actor"], (string?)rollback["subject"], (string?)rollback["issuer"], (string?)rollback["onBehalfOf"]));
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"rollback to v{teamVersion} by team-b-oncall (on behalf of ada): drill"),
            (string?)outcome["description"]);

        // An older client's X-Actor is only a note too: it cannot pose as someone else.
        var (unpinned, unpin) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/unpin", teamOperator, new { source = TeamSource, reason = "drill over" }, legacyActor: "bootstrap-admin");
        Assert.Equal(HttpStatusCode.OK, unpinned);
        var unpinEntry = await controlPlane.JournalEntryAsync((string)unpin!["commandId"]!);
        Assert.Equal(("team-b-oncall", "bootstrap-admin"), ((string?)unpinEntry["subject"], (string?)unpinEntry["onBehalfOf"]));

        var (pinned, pin) = await controlPlane.SendAsync(HttpMethod.Post, "/api/v1/pin", shopOperator, new { source = "shop", reason = "freeze" });
        Assert.Equal(HttpStatusCode.OK, pinned);
        var pinEntry = await controlPlane.JournalEntryAsync((string)pin!["commandId"]!);
        Assert.Equal(("shop-oncall", "shop-oncall", null), ((string?)pinEntry["actor"], (string?)pinEntry["subject"], (string?)pinEntry["onBehalfOf"]));
    }

    [Fact]
    public async Task a_viewer_sees_that_a_secret_exists_but_not_its_stored_manifest_or_history()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var sha = await scenario.Remote.PushAsync("A gateway and a secret", new Dictionary<string, string>
        {
            ["infrastructure.yaml"] = ShopManifests.GatewayClassAndGateway,
            ["secret.yaml"] = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: api-key
                  namespace: shop
                type: Opaque
                stringData:
                  password: hunter2
                """,
        });
        await controlPlane.WaitForIngestedAsync(sha);
        var viewer = await controlPlane.CreateTokenAsync("dashboard", "viewer");
        var operatorToken = await controlPlane.CreateTokenAsync("oncall", "operator");

        var (_, asViewer) = await controlPlane.SendAsync(HttpMethod.Get, "/api/v1/resources?kind=Secret", viewer);
        var (_, asOperator) = await controlPlane.SendAsync(HttpMethod.Get, "/api/v1/resources?kind=Secret", operatorToken);
        Assert.Equal("""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"api-key","namespace":"shop"}}""", asViewer!.AsArray().Single()!["manifest"]!.ToJsonString());
        Assert.Contains("redacted:sha256:", asOperator!.AsArray().Single()!["manifest"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await controlPlane.StatusOfAsync("/api/v1/history/secret/shop/api-key", viewer));
        Assert.Equal(HttpStatusCode.OK, await controlPlane.StatusOfAsync("/api/v1/history/secret/shop/api-key", operatorToken));
    }
}
