using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Tests.Server;

/// <summary>The built ggctl against the built control plane: what people and scripts see.</summary>
public sealed class ServerCommandsTests
{
    [Fact]
    public async Task rollback_status_versions_diff_history_get_audit_and_unpin_work_against_a_real_control_plane()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        var first = await controlPlane.PushRouteAsync("/");
        await controlPlane.PushRouteAsync("/v2");
        var environment = controlPlane.GgctlEnvironment;

        var versions = await GgctlProcess.RunAsync(["versions", "-o", "jsonpath={.items[*].number}"], environment);
        Assert.Equal((ExitCodes.Success, "2 1"), (versions.ExitCode, versions.Output.Trim()));

        var rollback = await GgctlProcess.RunAsync(["rollback", "--to-commit", first, "--reason", "v2 broke checkout", "-o", "json"], environment);
        Assert.Equal(ExitCodes.Success, rollback.ExitCode);
        var outcome = JsonNode.Parse(rollback.Output)!;
        Assert.Equal(3, (long?)outcome["activeVersion"]);
        Assert.Equal(1, (long?)outcome["restoredVersion"]);
        Assert.Equal("rollback to v1 by bootstrap-admin (on behalf of grace): v2 broke checkout", (string?)outcome["description"]);

        var status = await GgctlProcess.RunAsync(["status"], environment);
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Contains("pinned at v3 (rollback to v1 by bootstrap-admin (on behalf of grace): v2 broke checkout), head compiles to v2", status.Output, StringComparison.Ordinal);

        var diff = await GgctlProcess.RunAsync(["diff", "2", "3", "-o", "jsonpath={.gateways[0].gateway}"], environment);
        Assert.Equal((ExitCodes.Success, "shop/edge"), (diff.ExitCode, diff.Output.Trim()));

        var history = await GgctlProcess.RunAsync(["history", "httproute/web", "-n", "shop", "-o", "json"], environment);
        Assert.Equal(ExitCodes.Success, history.ExitCode);
        Assert.Equal(2, JsonNode.Parse(history.Output)!["items"]!.AsArray().Count);

        var get = await GgctlProcess.RunAsync(["get", "httproute", "web", "-n", "shop", "-o", "jsonpath={.versionNumber}"], environment);
        Assert.Equal((ExitCodes.Success, "3"), (get.ExitCode, get.Output.Trim()));

        var audit = await GgctlProcess.RunAsync(["audit", "--hostname", "shop.example.com", "-o", "json"], environment);
        Assert.Equal(ExitCodes.Success, audit.ExitCode);
        Assert.NotEmpty(JsonNode.Parse(audit.Output)!["items"]!.AsArray());

        var unpin = await GgctlProcess.RunAsync(["unpin", "--reason", "fixed forward"], environment);
        Assert.Equal(ExitCodes.Success, unpin.ExitCode);
        Assert.Contains("(restored from v2) by bootstrap-admin (on behalf of grace): fixed forward", unpin.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task failures_are_one_sentence_with_their_own_exit_code()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        await controlPlane.PushRouteAsync("/");
        var environment = controlPlane.GgctlEnvironment;

        var missing = await GgctlProcess.RunAsync(["rollback", "--to-version", "42", "--reason", "x"], environment);
        var missingObject = await GgctlProcess.RunAsync(["get", "httproute", "nope", "-n", "shop"], environment);
        var wrongToken = await GgctlProcess.RunAsync(["status"], new Dictionary<string, string?>(environment) { ["GGCTL_TOKEN"] = "wrong" });
        var unreachable = await GgctlProcess.RunAsync(["status", "--server", "http://127.0.0.1:1"], environment);

        Assert.Equal((ExitCodes.NotFound, "error: There is no version 42."), (missing.ExitCode, missing.Output.Trim()));
        Assert.Equal(ExitCodes.NotFound, missingObject.ExitCode);
        Assert.Equal(ExitCodes.Unauthorized, wrongToken.ExitCode);
        Assert.StartsWith("error: The control plane at", wrongToken.Output.Trim(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ServerUnreachable, unreachable.ExitCode);
        Assert.Contains("is unreachable", unreachable.Output, StringComparison.Ordinal);
    }
}
