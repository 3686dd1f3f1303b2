using System.Net;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Rollback;

/// <summary>Rollback, pin and unpin through the admin API of the real executable, with the event store as the only input.</summary>
public sealed class RollbackTests
{
    [Fact]
    public async Task rolling_back_to_an_older_version_while_the_remote_is_deleted_serves_its_tables_and_status_shows_the_pin()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);
        var (restored, restoredHash) = await controlPlane.ActiveTableAsync();
        await scenario.PushRoutePathAsync(controlPlane, "/v2");
        var (bad, badHash) = await controlPlane.ActiveTableAsync();
        Assert.NotEqual(restoredHash, badHash);

        scenario.Remote.DeleteRemote();
        var outcome = await controlPlane.PostOkAsync("/api/v1/rollback", new { toVersion = restored, reason = "the v2 path broke checkout" });

        var rollbackVersion = (long)outcome["activeVersion"]!;
        Assert.Equal(bad + 1, rollbackVersion);
        Assert.Equal(restored, (long?)outcome["restoredVersion"]);
        Assert.Equal(await controlPlane.VersionHashAsync(restored), (string?)outcome["hash"]);
        Assert.Equal((rollbackVersion, restoredHash), await controlPlane.ActiveTableAsync());
        var version = await controlPlane.GetJsonAsync($"/api/v1/versions/{rollbackVersion}");
        Assert.Equal($"rollback to v{restored} by bootstrap-admin (on behalf of ada): the v2 path broke checkout", (string?)version["provenance"]!["description"]);

        var status = await controlPlane.SourceStatusAsync();
        Assert.Equal(rollbackVersion, (long?)status["pin"]!["version"]);
        // The deleted remote fails the syncs meanwhile; once one has failed, the sentence says so after the pin.
        var summary = (string?)status["summary"];
        var pinned = $"pinned at v{rollbackVersion} (rollback to v{restored} by bootstrap-admin (on behalf of ada): the v2 path broke checkout), head compiles to v{bad}";
        Assert.True(summary == pinned || summary?.StartsWith(pinned + "; sync failing: ", StringComparison.Ordinal) == true, summary);
        Assert.Equal((bad, await controlPlane.VersionHashAsync(bad)), ((long?)status["headVersion"], (string?)status["headHash"]));
        var journal = (await controlPlane.GetJsonAsync("/api/v1/journal"))["items"]!.AsArray();
        var rollback = journal.Single(entry => (string?)entry!["id"] == (string?)outcome["commandId"])!;
        Assert.Equal("bootstrap-admin (on behalf of ada)", (string?)rollback["actor"]);
        Assert.Equal(("bootstrap-admin", "gitops-gateway", "ada"), ((string?)rollback["subject"], (string?)rollback["issuer"], (string?)rollback["onBehalfOf"]));
        Assert.Equal(rollbackVersion, (long?)rollback["resultingVersion"]);
    }

    [Fact]
    public async Task commits_while_pinned_are_compiled_but_not_activated_until_unpin_and_a_git_revert_restores_the_rolled_back_hash()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);
        var (_, restoredHash) = await controlPlane.ActiveTableAsync();
        var second = await scenario.PushRoutePathAsync(controlPlane, "/v2");

        var outcome = await controlPlane.PostOkAsync("/api/v1/rollback", new { toCommit = first[..8], reason = "replay" });
        var pinned = (long)outcome["activeVersion"]!;
        Assert.Equal(restoredHash, (await controlPlane.ActiveTableAsync()).Hash);

        var third = await scenario.PushRoutePathAsync(controlPlane, "/v3");
        var head = await controlPlane.HeadVersionAsync();
        Assert.Equal(pinned + 1, head);
        Assert.Equal(pinned, (await controlPlane.ActiveTableAsync()).Number);
        Assert.EndsWith($"head compiles to v{head}", (string?)(await controlPlane.SourceStatusAsync())["summary"], StringComparison.Ordinal);

        var unpinned = await controlPlane.PostOkAsync("/api/v1/unpin", new { reason = "fixed forward" });
        Assert.Equal(head, (long?)unpinned["activeVersion"]);
        Assert.Equal(head, (await controlPlane.ActiveTableAsync()).Number);
        Assert.Null((await controlPlane.SourceStatusAsync())["pin"]);
        var (again, _) = await controlPlane.PostAsync("/api/v1/unpin", new { reason = "twice" });
        Assert.Equal(HttpStatusCode.BadRequest, again);

        await scenario.Remote.RevertAsync(third, cancellationToken: TestContext.Current.CancellationToken);
        await scenario.Remote.RevertAsync(second, cancellationToken: TestContext.Current.CancellationToken);
        await scenario.Remote.PushAsync(TestContext.Current.CancellationToken);
        await controlPlane.WaitForIngestedAsync(await scenario.Remote.HeadShaAsync(TestContext.Current.CancellationToken));
        var (reverted, revertedHash) = await controlPlane.ActiveTableAsync();
        Assert.True(reverted > head);
        Assert.Equal(restoredHash, revertedHash);
    }

    [Fact]
    public async Task unpinning_right_after_a_rollback_publishes_the_head_commits_tables_as_a_new_version_while_the_remote_is_deleted()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);
        var (restored, _) = await controlPlane.ActiveTableAsync();
        var second = await scenario.PushRoutePathAsync(controlPlane, "/v2");
        var (head, headHash) = await controlPlane.ActiveTableAsync();
        scenario.Remote.DeleteRemote();
        var rollback = (long)(await controlPlane.PostOkAsync("/api/v1/rollback", new { toVersion = restored, reason = "bad path" }))["activeVersion"]!;

        var unpinned = await controlPlane.PostOkAsync("/api/v1/unpin", new { reason = "back to Git" });

        var active = (long)unpinned["activeVersion"]!;
        Assert.Equal(rollback + 1, active);
        Assert.Equal(head, (long?)unpinned["restoredVersion"]);
        Assert.Equal((active, headHash), await controlPlane.ActiveTableAsync());
        Assert.Equal(await controlPlane.VersionHashAsync(head), (string?)unpinned["hash"]);
        var provenance = (await controlPlane.GetJsonAsync($"/api/v1/versions/{active}"))["provenance"]!;
        Assert.Equal(second, (string?)provenance["commitSha"]);
        Assert.Equal(unpinned["commandId"]!.GetValue<string>(), (string?)provenance["commandId"]);
        Assert.Equal($"unpin to head commit {second[..7]} (restored from v{head}) by bootstrap-admin (on behalf of ada): back to Git", (string?)provenance["description"]);
        Assert.Null((await controlPlane.SourceStatusAsync())["pin"]);
        var journal = (await controlPlane.GetJsonAsync("/api/v1/journal"))["items"]!.AsArray();
        Assert.Equal(active, (long?)journal.Single(entry => (string?)entry!["id"] == (string?)unpinned["commandId"])!["resultingVersion"]);
    }

    [Fact]
    public async Task a_rollback_needs_exactly_one_target_and_names_what_it_cannot_find()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        await controlPlane.WaitForIngestedAsync(first);

        var (none, _) = await controlPlane.PostAsync("/api/v1/rollback", new { reason = "nothing named" });
        var (missing, why) = await controlPlane.PostAsync("/api/v1/rollback", new { toVersion = 99, reason = "too far" });
        var (unknownCommit, _) = await controlPlane.PostAsync("/api/v1/rollback", new { toCommit = "0123456789abcdef", reason = "never seen" });
        var (beforeAnything, _) = await controlPlane.PostAsync("/api/v1/rollback", new { toTime = DateTimeOffset.UnixEpoch, reason = "too early" });

        Assert.Equal(HttpStatusCode.BadRequest, none);
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("There is no version 99.", (string?)why);
        Assert.Equal(HttpStatusCode.NotFound, unknownCommit);
        Assert.Equal(HttpStatusCode.NotFound, beforeAnything);
    }
}
