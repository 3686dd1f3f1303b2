using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.Cli.Tests.Server;

/// <summary>What the control plane refused or could not load, as <c>ggctl get</c> and <c>ggctl status</c> show it.</summary>
public sealed class RefusedAndRejectedTests
{
    /// <summary>Refused by the compiler, so it never reaches the table: the commit changes no table at all.</summary>
    private const string RouteWithInvalidRegex = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: bad
          namespace: shop
        spec:
          parentRefs:
          - name: edge
          hostnames: ["shop.example.com"]
          rules:
          - matches:
            - path:
                type: RegularExpression
                value: "/(unclosed"
        """;

    [Fact]
    public async Task a_route_refused_in_a_commit_that_changes_no_table_shows_its_false_condition_in_get()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        await controlPlane.PushRouteAsync("/");
        await controlPlane.PushAsync(new Dictionary<string, string> { ["bad.yaml"] = RouteWithInvalidRegex }, "Add a route with a broken regex");
        var environment = controlPlane.GgctlEnvironment;

        var table = await GgctlProcess.RunAsync(["get", "httproute", "-n", "shop"], environment);
        Assert.Equal(ExitCodes.Success, table.ExitCode);
        Assert.Matches(@"(?m)^shop\s+bad\s+1\s+2\s+Accepted=False/UnsupportedValue\b", table.Output);

        var json = JsonNode.Parse((await GgctlProcess.RunAsync(["get", "httproute", "bad", "-n", "shop", "-o", "json"], environment)).Output)!;
        var accepted = json["status"]!["parents"]![0]!["conditions"]!.AsArray().Single(condition => (string?)condition!["type"] == "Accepted")!;
        Assert.Equal(("False", 1L), ((string?)accepted["status"], (long?)accepted["observedGeneration"]));
        Assert.Contains("/(unclosed", (string?)accepted["message"], StringComparison.Ordinal);

        // The new version carries the statuses; the Gateway's table, unchanged, is still served from version 1.
        var versions = await GgctlProcess.RunAsync(["versions", "-o", "jsonpath={.items[*].number}"], environment);
        Assert.Equal("2 1", versions.Output.Trim());
        var gateway = await GgctlProcess.RunAsync(["get", "gateway", "edge", "-n", "shop", "-o", "jsonpath={.versionNumber}"], environment);
        Assert.Equal("2", gateway.Output.Trim());
    }

    [Fact]
    public async Task a_file_that_cannot_be_loaded_is_listed_by_get_rejections_and_counted_by_status()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        var valid = await controlPlane.PushRouteAsync("/");
        var broken = await controlPlane.PushAsync(new Dictionary<string, string> { ["broken.yaml"] = ShopManifests.Malformed }, "Add a broken file");
        var environment = controlPlane.GgctlEnvironment;

        var rejections = await GgctlProcess.RunAsync(["get", "rejections", "-o", "json"], environment);
        Assert.Equal(ExitCodes.Success, rejections.ExitCode);
        var rejection = JsonNode.Parse(rejections.Output)!.AsArray().Single()!;
        Assert.Equal(("shop", "broken.yaml", broken), ((string?)rejection["source"], (string?)rejection["file"], (string?)rejection["commitSha"]));
        Assert.True((int?)rejection["line"] > 0);
        Assert.False(string.IsNullOrEmpty((string?)rejection["message"]));

        var rows = await GgctlProcess.RunAsync(["get", "rejections"], environment);
        Assert.Matches(@"(?m)^SOURCE\s+SEVERITY\s+FILE\s", rows.Output);
        Assert.Matches(@"(?m)^shop\s+Error\s+broken\.yaml\s+\d+\s", rows.Output);
        Assert.Equal("Error", (string?)rejection["severity"]);
        var status = await GgctlProcess.RunAsync(["status", "-o", "jsonpath={.sources[0].rejections}"], environment);
        Assert.Equal("1", status.Output.Trim());

        // Removing the file clears the rejection: the list is the last commit's.
        controlPlane.Remote.DeleteFile($"{ServerControlPlane.ManifestFolder}/broken.yaml");
        await controlPlane.PushAsync(new Dictionary<string, string>(), "Remove the broken file");
        var cleared = await GgctlProcess.RunAsync(["get", "rejections", "-o", "json"], environment);
        Assert.Empty(JsonNode.Parse(cleared.Output)!.AsArray());
        Assert.NotEqual(valid, broken);
    }
}
