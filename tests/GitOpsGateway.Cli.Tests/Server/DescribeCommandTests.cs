using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Tests.Server;

/// <summary><c>ggctl describe</c>, the built executable against a real control plane.</summary>
public sealed class DescribeCommandTests
{
    [Fact]
    public async Task describe_shows_a_gateway_its_listeners_a_route_with_an_unresolved_backend_a_service_and_missing_objects()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        var first = await controlPlane.PushRouteAsync("/");
        var second = await controlPlane.PushRouteAsync("/v2");
        var environment = controlPlane.GgctlEnvironment;

        var gateway = await GgctlProcess.RunAsync(["describe", "gateway", "edge", "-n", "shop"], environment);
        Assert.Equal(ExitCodes.Success, gateway.ExitCode);
        Assert.Contains("Kind:             Gateway", gateway.Output, StringComparison.Ordinal);
        Assert.Contains("http: HTTP port 80, hostname *, attached routes 1", gateway.Output, StringComparison.Ordinal);
        Assert.Contains("Nodes (active version v2)", gateway.Output, StringComparison.Ordinal);
        Assert.Contains($"Last changed by:  {first[..12]}", gateway.Output, StringComparison.Ordinal);

        var gatewayJson = JsonNode.Parse((await GgctlProcess.RunAsync(["describe", "gateway", "edge", "-n", "shop", "-o", "json"], environment)).Output)!;
        Assert.Equal(1, (int?)gatewayJson["listeners"]![0]!["attachedRoutes"]);
        Assert.Equal("True", (string?)gatewayJson["conditions"]!.AsArray().Single(condition => (string?)condition!["type"] == "Accepted")!["status"]);

        var route = await GgctlProcess.RunAsync(["describe", "httproute", "web", "-n", "shop"], environment);
        Assert.Equal(ExitCodes.Success, route.ExitCode);
        Assert.Contains("Matches:  PathPrefix /v2", route.Output, StringComparison.Ordinal);
        Assert.Matches(@"shop/web\s+8080\s+1\s+False\s+BackendNotFound", route.Output);
        Assert.Contains("spec.rules[0].matches[0].path.value: / → /v2", route.Output, StringComparison.Ordinal);

        var routeJson = JsonNode.Parse((await GgctlProcess.RunAsync(["describe", "httproute", "web", "-n", "shop", "-o", "json"], environment)).Output)!;
        var backend = routeJson["rules"]![0]!["backendRefs"]![0]!;
        Assert.Equal((false, "BackendNotFound"), ((bool?)backend["resolved"], (string?)backend["reason"]));
        var parent = routeJson["parents"]![0]!;
        Assert.Equal("shop/edge", (string?)parent["parentRef"]);
        Assert.Equal("False", (string?)parent["conditions"]!.AsArray().Single(condition => (string?)condition!["type"] == "ResolvedRefs")!["status"]);
        Assert.Equal([2L, 1L], routeJson["history"]!.AsArray().Select(entry => (long)entry!["version"]!));
        Assert.Equal(second, (string?)routeJson["history"]![0]!["commit"]);

        var jsonPath = await GgctlProcess.RunAsync(
            ["describe", "httproute", "web", "-n", "shop", "-o", "jsonpath={.rules[0].backendRefs[0].reason} {.parents[0].parentRef}"], environment);
        Assert.Equal((ExitCodes.Success, "BackendNotFound shop/edge"), (jsonPath.ExitCode, jsonPath.Output.Trim()));

        var missing = await GgctlProcess.RunAsync(["describe", "httproute", "nope", "-n", "shop"], environment);
        Assert.Equal((ExitCodes.NotFound, "error: There is no httproute named 'nope' in namespace 'shop'."), (missing.ExitCode, missing.Output.Trim()));
    }

    [Fact]
    public async Task describe_of_a_service_lists_the_routes_and_rules_that_refer_to_it_and_resolved_weighted_backends()
    {
        await using var controlPlane = await ServerControlPlane.StartAsync();
        await controlPlane.PushAsync(CanaryManifests.Files(90, 10), "Canary at 10%");
        var environment = controlPlane.GgctlEnvironment;

        var service = await GgctlProcess.RunAsync(["describe", "service", "web-canary", "-n", "shop", "-o", "json"], environment);
        Assert.Equal(ExitCodes.Success, service.ExitCode);
        var referrer = JsonNode.Parse(service.Output)!["referencedBy"]!.AsArray().Single()!;
        Assert.Equal(("HTTPRoute", "web", 0), ((string?)referrer["kind"], (string?)referrer["name"], (int)referrer["rules"]![0]!));

        var route = await GgctlProcess.RunAsync(
            ["describe", "httproute", "web", "-n", "shop", "-o", "jsonpath={range .rules[0].backendRefs[*]}{.name}={.weight}:{.resolved} {end}"], environment);
        Assert.Equal((ExitCodes.Success, "web=90:true web-canary=10:true"), (route.ExitCode, route.Output.Trim()));
    }
}
