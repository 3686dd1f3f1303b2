using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Tests.Validate;

/// <summary>validate run in this process: stdout and stderr apart, the clock fixed.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private const string Controller = "gitops-gateway.dev/gateway-controller";

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Json_output_of_a_broken_folder_is_still_a_clean_list_and_the_diagnostics_go_to_stderr()
    {
        folder.CopyFrom(Example.Folder);
        Replace("apps/production/api-route.yaml", "name: api-v2", "name: api-v3");

        var run = await InProcessGgctl.RunAsync(["validate", folder.Path, "-o", "json"]);

        Assert.Equal(ExitCodes.ProblemsFound, run.ExitCode);
        var route = Item(JsonNode.Parse(run.Output)!, "HTTPRoute", "api-route");
        var resolved = Condition(route["status"]!["parents"]![0]!, "ResolvedRefs");
        Assert.Equal(("False", "BackendNotFound"), ((string?)resolved["status"], (string?)resolved["reason"]));
        Assert.Contains(Path.Join(folder.Path, "apps/production/api-route.yaml") + ":2:1: warning:", run.Error, StringComparison.Ordinal);
        Assert.EndsWith(
            "error: validation failed: 1 of 4 Gateway API objects not accepted or not resolved, 0 loader errors, 0 compiler errors.",
            run.Error.TrimEnd(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_condition_carries_the_time_of_the_run_and_the_generation_it_observed()
    {
        folder.Write("gateway.yaml", ClassAndGateway(gatewayGeneration: 7));

        var run = await InProcessGgctl.RunAsync(["validate", folder.Path, "-o", "json"]);

        var gateway = Item(JsonNode.Parse(run.Output)!, "Gateway", "gw");
        Assert.Equal(7, (long?)gateway["metadata"]!["generation"]);
        var conditions = gateway["status"]!["conditions"]!.AsArray().Concat(gateway["status"]!["listeners"]![0]!["conditions"]!.AsArray()).ToList();
        Assert.NotEmpty(conditions);
        Assert.All(conditions, condition =>
        {
            Assert.Equal("2026-11-26T12:30:45Z", (string?)condition!["lastTransitionTime"]);
            Assert.Equal(7, (long?)condition["observedGeneration"]);
            Assert.Equal(["type", "status", "reason", "message", "observedGeneration", "lastTransitionTime"], condition.AsObject().Select(member => member.Key));
        });
    }

    [Fact]
    public async Task Route_parent_refs_in_status_are_complete_and_keep_section_and_port_only_when_written()
    {
        folder.Write("gateway.yaml", ClassAndGateway(gatewayGeneration: 1));
        folder.Write("routes.yaml", """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: plain, namespace: default}
            spec:
              parentRefs: [{name: gw}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: precise, namespace: default}
            spec:
              parentRefs: [{name: gw, namespace: default, sectionName: http, port: 80}]
            """);

        var run = await InProcessGgctl.RunAsync(["validate", folder.Path, "-o", "json"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var document = JsonNode.Parse(run.Output)!;
        var plain = Item(document, "HTTPRoute", "plain")["status"]!["parents"]![0]!;
        var precise = Item(document, "HTTPRoute", "precise")["status"]!["parents"]![0]!;
        Assert.Equal("""{"group":"gateway.networking.k8s.io","kind":"Gateway","namespace":"default","name":"gw"}""", plain["parentRef"]!.ToJsonString());
        Assert.Equal("""{"group":"gateway.networking.k8s.io","kind":"Gateway","namespace":"default","name":"gw","sectionName":"http","port":80}""", precise["parentRef"]!.ToJsonString());
        Assert.Equal(Controller, (string?)plain["controllerName"]);
    }

    [Fact]
    public async Task Objects_of_other_controllers_and_reference_grants_are_listed_without_status_and_core_objects_are_not_listed()
    {
        folder.Write("gateway.yaml", ClassAndGateway(gatewayGeneration: 1));
        folder.Write("others.yaml", """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GatewayClass
            metadata: {name: theirs}
            spec: {controllerName: example.com/other}
            ---
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: grant, namespace: default}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}]
              to: [{group: "", kind: Service}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: svc, namespace: default}
            spec: {ports: [{port: 80}]}
            """);

        var run = await InProcessGgctl.RunAsync(["validate", folder.Path, "-o", "json"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var items = JsonNode.Parse(run.Output)!["items"]!.AsArray();
        Assert.Equal(["GatewayClass/mine", "GatewayClass/theirs", "Gateway/gw", "ReferenceGrant/grant"], items.Select(item => $"{item!["kind"]}/{item["metadata"]!["name"]}"));
        Assert.Null(Item(JsonNode.Parse(run.Output)!, "GatewayClass", "theirs")["status"]);
        Assert.Null(Item(JsonNode.Parse(run.Output)!, "ReferenceGrant", "grant")["status"]);
        Assert.Equal("gateway.networking.k8s.io/v1beta1", (string?)Item(JsonNode.Parse(run.Output)!, "ReferenceGrant", "grant")["apiVersion"]);
    }

    [Fact]
    public async Task A_route_naming_a_gateway_that_does_not_exist_fails_validation()
    {
        folder.Write("gateway.yaml", ClassAndGateway(gatewayGeneration: 1));
        folder.Write("lost.yaml", """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: lost, namespace: default}
            spec:
              parentRefs: [{name: no-such-gateway}]
            """);

        var run = await InProcessGgctl.RunAsync(["validate", folder.Path]);

        Assert.Equal(ExitCodes.ProblemsFound, run.ExitCode);
        var row = Row(run.Output, "lost");
        Assert.Contains("False", row);
        Assert.Contains("GatewayNotFound", row);
        Assert.Contains("lost.yaml:1:1: warning: spec.parentRefs[0]: Gateway default/no-such-gateway does not exist", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_of_a_class_that_does_not_exist_fails_validation()
    {
        folder.Write("gateway.yaml", ClassAndGateway(gatewayGeneration: 1).Replace("gatewayClassName: mine", "gatewayClassName: mistyped", StringComparison.Ordinal));

        var run = await InProcessGgctl.RunAsync(["validate", folder.Path]);

        Assert.Equal(ExitCodes.ProblemsFound, run.ExitCode);
        Assert.Contains("GatewayClassNotFound", Row(run.Output, "gw"));
    }

    [Fact]
    public async Task A_controller_name_that_matches_no_gateway_class_fails_instead_of_compiling_nothing()
    {
        var run = await InProcessGgctl.RunAsync(["validate", Example.Folder, "--controller-name", "example.com/someone-else"]);

        Assert.Equal(ExitCodes.ProblemsFound, run.ExitCode);
        Assert.Equal(
            "error: validation failed: no GatewayClass has controllerName example.com/someone-else, so nothing was compiled (see --controller-name).",
            run.Error.TrimEnd());
    }

    [Fact]
    public async Task An_empty_folder_has_nothing_to_fail_and_says_so()
    {
        var table = await InProcessGgctl.RunAsync(["validate", folder.Path]);
        var json = await InProcessGgctl.RunAsync(["validate", folder.Path, "-o", "json"]);

        Assert.Equal((ExitCodes.Success, string.Empty), (table.ExitCode, table.Output));
        Assert.Equal($"No Gateway API objects found in {folder.Path}.", table.Error.TrimEnd());
        Assert.Equal("""{"apiVersion":"v1","kind":"List","items":[]}""", JsonNode.Parse(json.Output)!.ToJsonString());
    }

    [Fact]
    public async Task Wide_output_adds_where_each_object_was_written()
    {
        var run = await InProcessGgctl.RunAsync(["validate", Example.Folder, "-o", "wide"]);

        Assert.Contains(Path.Join(Example.Folder, "infra/gateway.yaml") + ":2:1", Row(run.Output, "prod-gateway"));
        Assert.Contains("LOCATION", run.Output.Split('\n')[0], StringComparison.Ordinal);
    }

    private static string ClassAndGateway(int gatewayGeneration) => $$"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata: {name: mine}
        spec: {controllerName: {{Controller}}}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: default, generation: {{gatewayGeneration}}}
        spec:
          gatewayClassName: mine
          listeners: [{name: http, protocol: HTTP, port: 80}]
        """;

    private static JsonNode Item(JsonNode list, string kind, string name) =>
        list["items"]!.AsArray().Single(item => (string?)item!["kind"] == kind && (string?)item["metadata"]!["name"] == name)!;

    private static JsonNode Condition(JsonNode holder, string type) =>
        holder["conditions"]!.AsArray().Single(condition => (string?)condition!["type"] == type)!;

    private static string[] Row(string table, string name) =>
        table.Split('\n').Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Single(cells => cells.Length > 2 && cells[2] == name);

    private void Replace(string relativePath, string find, string replacement)
    {
        var path = Path.Combine(folder.Path, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }
}
