using System.Net;
using GitOpsGateway.ControlPlane.Tests.Rollback;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Replay;

/// <summary>The version active at a moment or after a commit, and a rollback to a moment, through the real executable.</summary>
public sealed class TimeTravelTests
{
    [Fact]
    public async Task time_travel_answers_the_version_active_then_and_a_rollback_to_a_moment_restores_it_for_nodes()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync(scenario.Options() with { Settings = NodeFeedReader.Settings });
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);
        var second = await scenario.PushRoutePathAsync(controlPlane, "/v2");
        var (v1Created, v2Created) = (await controlPlane.CreatedAtAsync(1), await controlPlane.CreatedAtAsync(2));
        var between = TimeTravel.Between(v1Created, v2Created);

        var atBetween = await controlPlane.GetJsonAsync(TimeTravel.AtTime(between));
        Assert.Equal(1, (long)atBetween["version"]!["number"]!);
        Assert.Equal(("Published", v1Created), ((string?)atBetween["cause"], (DateTimeOffset)atBetween["activatedAt"]!));
        Assert.Equal(first, (string?)atBetween["version"]!["commit"]!["sha"]);
        Assert.Equal("True", (string?)atBetween.Status()["parents"]![0]!["conditions"]!.AsArray().Single(c => (string?)c!["type"] == "Accepted")!["status"]);
        Assert.Equal(1, await controlPlane.VersionAtAsync(TimeTravel.AtCommit(first[..8])));
        Assert.Equal(2, await controlPlane.VersionAtAsync(TimeTravel.AtCommit(second)));
        Assert.Equal(2, await controlPlane.VersionAtAsync(TimeTravel.AtTime(v2Created)));
        var gatewayOnly = await controlPlane.GetJsonAsync(TimeTravel.AtTime(between) + "&gateway=shop/edge");
        Assert.Equal("shop/edge", (string?)gatewayOnly["version"]!["tables"]!.AsArray().Single()!["gateway"]);

        var (early, why) = await controlPlane.GetAsync(TimeTravel.AtTime(v1Created.AddHours(-1)));
        Assert.Equal(HttpStatusCode.NotFound, early);
        Assert.StartsWith("No version was active at ", (string?)why, StringComparison.Ordinal);
        Assert.EndsWith("when version 1 was activated.", (string?)why, StringComparison.Ordinal);
        var (unknown, unknownWhy) = await controlPlane.GetAsync(TimeTravel.AtCommit("0123456789abcdef"));
        Assert.Equal((HttpStatusCode.NotFound, "Commit 0123456789abcdef was never ingested (give at least 7 characters of its sha)."), (unknown, (string?)unknownWhy));
        var (neither, _) = await controlPlane.GetAsync("/api/v1/versions/at");
        Assert.Equal(HttpStatusCode.BadRequest, neither);

        var outcome = await controlPlane.PostOkAsync("/api/v1/rollback", new { toTime = between, reason = "the v2 path broke checkout" });
        Assert.Equal((3L, 1L), ((long)outcome["activeVersion"]!, (long)outcome["restoredVersion"]!));
        Assert.Equal(await controlPlane.VersionHashAsync(1), (string?)outcome["hash"]);
        var description = (string)(await controlPlane.GetJsonAsync("/api/v1/versions/3"))["provenance"]!["description"]!;
        Assert.StartsWith("rollback to v1 (active at ", description, StringComparison.Ordinal);
        Assert.EndsWith(") by bootstrap-admin (on behalf of ada): the v2 path broke checkout", description, StringComparison.Ordinal);
        Assert.Equal(3, (long?)(await controlPlane.SourceStatusAsync())["pin"]!["version"]);
        var sent = await controlPlane.WaitForVersionAsync(3);
        Assert.Equal((await controlPlane.ActiveTableAsync()).Hash, (string?)sent["hash"]);
        Assert.Equal(description, (string?)sent["provenance"]);

        var third = await scenario.PushRoutePathAsync(controlPlane, "/v3");
        Assert.Equal(4, await controlPlane.HeadVersionAsync());
        var afterThird = await controlPlane.GetJsonAsync(TimeTravel.AtCommit(third));
        Assert.Equal((3L, "Pinned"), ((long)afterThird["version"]!["number"]!, (string?)afterThird["cause"]));
        Assert.Equal(3, await controlPlane.VersionAtAsync(TimeTravel.AtTime(DateTimeOffset.UtcNow)));
        var (rollbackBeforeHistory, rollbackWhy) = await controlPlane.PostAsync("/api/v1/rollback", new { toTime = v1Created.AddHours(-1), reason = "too early" });
        Assert.Equal(HttpStatusCode.NotFound, rollbackBeforeHistory);
        Assert.StartsWith("No version of source 'shop' was active at ", (string?)rollbackWhy, StringComparison.Ordinal);
    }
}
