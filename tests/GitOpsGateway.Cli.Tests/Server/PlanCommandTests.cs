using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.Cli.Tests.Server;

/// <summary><c>ggctl plan</c>, the built executable against a real control plane serving the canary at 90/10.</summary>
public sealed class PlanCommandTests
{
    [Fact]
    public async Task plan_shows_route_changes_of_a_folder_and_of_a_git_revision_and_says_when_nothing_changes()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        var served = await controlPlane.PushAsync(CanaryManifests.Files(90, 10), "Canary at 10%");
        var environment = controlPlane.GgctlEnvironment;

        using var unchanged = new TemporaryFolder();
        CanaryManifests.WriteTo(unchanged, CanaryManifests.Files(90, 10));
        var nothing = await GgctlProcess.RunAsync(["plan", unchanged.Path, "--detailed-exitcode"], environment);
        Assert.Equal(ExitCodes.Success, nothing.ExitCode);
        Assert.Contains("No route changes: the manifests compile to the route tables of v1.", nothing.Output, StringComparison.Ordinal);
        Assert.Contains($"against the active version v1, commit {served[..7]}", nothing.Output, StringComparison.Ordinal);

        using var halved = new TemporaryFolder();
        CanaryManifests.WriteTo(halved, CanaryManifests.Files(50, 50));
        var table = await GgctlProcess.RunAsync(["plan", halved.Path], environment);
        Assert.Equal(ExitCodes.Success, table.ExitCode);
        Assert.Matches(@"shop/edge\s+Changed\s+RuleBackends\s+backends of rule .*=90, .*=10 -> .*=50, .*=50", table.Output);
        Assert.Contains("1 route change in 1 Gateway against v1.", table.Output, StringComparison.Ordinal);

        var json = await GgctlProcess.RunAsync(["plan", halved.Path, "-o", "json", "--detailed-exitcode"], environment);
        Assert.Equal(ExitCodes.ChangesFound, json.ExitCode);
        var plan = JsonNode.Parse(json.Output)!;
        Assert.Equal(("Changes", 1L, "shop/edge"), ((string?)plan["outcome"], (long?)plan["baseVersion"], (string?)plan["gateways"]![0]!["gateway"]));
        Assert.Equal("RuleBackends", (string?)plan["gateways"]![0]!["changes"]!.AsArray().Single()!["subject"]);

        var markdown = await GgctlProcess.RunAsync(["plan", halved.Path, "-o", "markdown"], environment);
        Assert.Contains("#### Gateway `shop/edge` (changed)", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("| Changed | RuleBackends | backends of rule", markdown.Output, StringComparison.Ordinal);

        var otherGateway = await GgctlProcess.RunAsync(["plan", halved.Path, "--gateway", "shop/other", "--detailed-exitcode"], environment);
        Assert.Equal(ExitCodes.Success, otherGateway.ExitCode);

        // A commit on a pull-request branch, not pushed: plan reads it from the working repository.
        controlPlane.Remote.WriteFile($"{ServerControlPlane.ManifestFolder}/route.yaml", CanaryManifests.Route(0, 100));
        controlPlane.Remote.WriteFile("README.md", "outside the source's folder");
        var local = await controlPlane.Remote.CommitAsync("Canary at 100%", cancellationToken: TestContext.Current.CancellationToken);
        var revision = await GgctlProcess.RunAsync(["plan", "HEAD", "--repo", controlPlane.Remote.WorkingPath, "-o", "json"], environment);
        Assert.Equal(ExitCodes.Success, revision.ExitCode);
        var revisionPlan = JsonNode.Parse(revision.Output)!;
        Assert.Equal(local, (string?)revisionPlan["commit"]);
        Assert.Matches(@"=90, .*=10 -> .*=0, .*=100", (string?)revisionPlan["gateways"]![0]!["changes"]![0]!["description"]);

        var previous = await GgctlProcess.RunAsync(["plan", "HEAD~1", "--repo", controlPlane.Remote.WorkingPath], environment);
        Assert.Equal(ExitCodes.Success, previous.ExitCode);
        Assert.Contains($"gateway at HEAD~1 ({served[..7]})", previous.Output, StringComparison.Ordinal);
        Assert.Contains("No route changes", previous.Output, StringComparison.Ordinal);

        var unknown = await GgctlProcess.RunAsync(["plan", "no-such-branch", "--repo", controlPlane.Remote.WorkingPath], environment);
        Assert.Equal(ExitCodes.UsageOrInput, unknown.ExitCode);
        Assert.Contains("'no-such-branch' is neither a folder nor a revision", unknown.Output, StringComparison.Ordinal);

        var wrongSource = await GgctlProcess.RunAsync(["plan", "HEAD", "--source", "billing", "--repo", controlPlane.Remote.WorkingPath], environment);
        Assert.Equal((ExitCodes.NotFound, "error: The control plane has no source named 'billing' (it has: shop)."), (wrongSource.ExitCode, wrongSource.Output.Trim()));
    }

    [Fact]
    public async Task plan_of_invalid_manifests_exits_1_and_locates_each_problem()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        await controlPlane.PushAsync(CanaryManifests.Files(90, 10), "Canary at 10%");
        using var broken = new TemporaryFolder();
        var files = CanaryManifests.Files(90, 10);
        files["route.yaml"] = CanaryManifests.Route(90, 10).Replace("name: web-canary", "name: web-canari", StringComparison.Ordinal);
        files["broken.yaml"] = ShopManifests.Malformed;
        CanaryManifests.WriteTo(broken, files);

        var run = await GgctlProcess.RunAsync(["plan", broken.Path], controlPlane.GgctlEnvironment);

        Assert.Equal(ExitCodes.ProblemsFound, run.ExitCode);
        Assert.Contains($"{Path.Join(broken.Path, "route.yaml")}:1:1: HTTPRoute shop/web: BackendNotFound:", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"broken\.yaml:3:\d+: error: .*Invalid YAML", run.Output);
        Assert.Contains("invalid(BackendNotFound)=10", run.Output, StringComparison.Ordinal);
        Assert.Contains("Problems: validation failed: 1 of 3 Gateway API objects not accepted or not resolved, 1 loader error, 0 compiler errors.", run.Output, StringComparison.Ordinal);
    }
}
