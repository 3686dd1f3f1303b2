using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GitOpsGateway.ControlPlane.Tests.Rollback;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Nodes;

/// <summary>Node reports stored as events by the real executable: convergence per version and each node's history, across a restart.</summary>
public sealed class NodeHistoryTests
{
    [Fact]
    public async Task node_reports_give_convergence_per_version_and_each_nodes_history_and_survive_a_restart()
    {
        await using var scenario = await Scenario.CreateAsync();
        var options = scenario.Options() with { Settings = NodeFeedReader.Settings };
        var first = await scenario.StartAsync(options);
        var commit = await scenario.Remote.PushValidRepositoryAsync();
        await first.WaitForIngestedAsync(commit);
        await scenario.PushRoutePathAsync(first, "/v2");
        var (v1Hash, v2Hash) = (await first.VersionHashAsync(1), await first.VersionHashAsync(2));
        var start = DateTimeOffset.UtcNow;

        await ReportAsync(first, "node-a", 1, v1Hash, start);
        await ReportAsync(first, "node-b", 1, v1Hash, start.AddSeconds(1));
        await ReportAsync(first, "node-a", 2, v2Hash, start.AddSeconds(2));
        await ReportAsync(first, "node-b", 1, v1Hash, start.AddSeconds(1), attempted: 2, error: "listener http: port 80 in use");
        first.Process.Kill();
        await first.Process.WaitForExitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var controlPlane = await scenario.StartAsync(options, first.StateDirectory);

        var v1 = await controlPlane.GetJsonAsync("/api/v1/versions/1/convergence");
        Assert.Equal((2, 1, 0), ((int)v1["applied"]!, (int)v1["running"]!, (int)v1["failed"]!));
        Assert.Equal(["node-a", "node-b"], v1["nodes"]!["items"]!.AsArray().Select(run => (string?)run!["node"]));
        Assert.Equal(2, (long?)v1["nodes"]!["items"]![0]!["replacedBy"]);
        var v2 = await controlPlane.GetJsonAsync("/api/v1/versions/2/convergence");
        Assert.Equal((1, 1, 1), ((int)v2["applied"]!, (int)v2["running"]!, (int)v2["failed"]!));
        var failed = v2["nodes"]!["items"]!.AsArray().Single(run => (string?)run!["node"] == "node-b")!;
        Assert.Equal(["listener http: port 80 in use"], failed["errors"]!.AsArray().Select(error => (string?)error));
        Assert.Null(failed["appliedAt"]);

        var history = (await controlPlane.GetJsonAsync("/api/v1/nodes/shop/edge/node-a/history"))["items"]!.AsArray();
        Assert.Equal([1L, 2L], history.Select(run => (long)run!["versionNumber"]!));
        Assert.Equal(start.AddSeconds(2), (DateTimeOffset)history[0]!["replacedAt"]!);
        Assert.Equal((start, v2Hash), ((DateTimeOffset)history[0]!["appliedAt"]!, (string?)history[1]!["hash"]));
        var listing = await controlPlane.GetJsonAsync("/api/v1/nodes");
        Assert.Equal(["node-a", "node-b"], listing["nodes"]!.AsArray().Select(node => (string?)node!["report"]!["node"]));

        var (unknownNode, why) = await controlPlane.GetAsync("/api/v1/nodes/shop/edge/node-z/history");
        Assert.Equal((HttpStatusCode.NotFound, "Node node-z of Gateway shop/edge has never reported."), (unknownNode, (string?)why));
        var (unknownVersion, _) = await controlPlane.GetAsync("/api/v1/versions/99/convergence");
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion);
        var openApi = await controlPlane.GetJsonAsync("/openapi/v1.json");
        Assert.NotNull(openApi["paths"]!["/api/v1/nodes/{ns}/{gateway}/{node}/history"]);
        Assert.NotNull(openApi["paths"]!["/api/v1/versions/{number}/convergence"]);
        Assert.NotNull(openApi["paths"]!["/api/v1/versions/at"]);
    }

    private static async Task ReportAsync(ControlPlaneProcess controlPlane, string node, long version, string hash, DateTimeOffset appliedAt, long? attempted = null, string? error = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/nodes/reports", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                node,
                gateway = "shop/edge",
                version,
                hash,
                appliedAt,
                attemptedVersion = attempted ?? version,
                errors = error is null ? Array.Empty<string>() : [error],
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", NodeFeedReader.NodeToken);
        using var response = await controlPlane.Anonymous.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
