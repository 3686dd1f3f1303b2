using System.Globalization;
using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Tests.Output;

namespace GitOpsGateway.Cli.Tests.Validate;

/// <summary>The built ggctl, run as a user runs it from the repository root.</summary>
public sealed class ValidateProcessTests
{
    [Fact]
    public async Task The_example_repository_is_valid_and_every_object_is_accepted()
    {
        var run = await GgctlProcess.RunAsync(["validate", Example.RelativeFolder]);

        Assert.Equal(0, run.ExitCode);
        var rows = run.Output.Split('\n').Skip(1).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(Example.GatewayApiObjectNames, rows.Select(cells => cells[2]));
        Assert.All(rows, cells => Assert.Equal("True", cells[3]));
        Assert.Equal(["True", "True", "True"], rows.Skip(1).Select(cells => cells[4]));
        Assert.Equal("http=2,https=2", rows[1][5]);
    }

    [Fact]
    public async Task Json_output_is_a_kubernetes_list_with_the_status_the_gateway_api_defines()
    {
        var run = await GgctlProcess.RunAsync(["validate", Example.RelativeFolder, "-o", "json"]);

        Assert.Equal(0, run.ExitCode);
        var list = JsonNode.Parse(run.Output)!;
        Assert.Equal(("v1", "List"), ((string?)list["apiVersion"], (string?)list["kind"]));
        var items = list["items"]!.AsArray().Select(item => item!).ToList();
        Assert.Equal(Example.GatewayApiObjectNames, items.Select(item => (string?)item["metadata"]!["name"]));
        Assert.All(items, item => Assert.Equal(["apiVersion", "kind", "metadata", "spec", "status"], item.AsObject().Select(member => member.Key)));

        var gatewayClass = items[0]["status"]!;
        Assert.Equal(["conditions"], gatewayClass.AsObject().Select(member => member.Key));
        var gateway = items[1]["status"]!;
        Assert.Equal(["conditions", "listeners"], gateway.AsObject().Select(member => member.Key));
        Assert.Equal("""[{"name":"http","attachedRoutes":2},{"name":"https","attachedRoutes":2}]""", ListenerCounts(gateway));
        Assert.All(gateway["listeners"]!.AsArray(), listener => Assert.Equal(
            """[{"group":"gateway.networking.k8s.io","kind":"HTTPRoute"},{"group":"gateway.networking.k8s.io","kind":"GRPCRoute"}]""",
            listener!["supportedKinds"]!.ToJsonString()));
        foreach (var route in items.Skip(2))
        {
            var parent = route["status"]!["parents"]!.AsArray().Single()!;
            Assert.Equal("""{"group":"gateway.networking.k8s.io","kind":"Gateway","namespace":"infra","name":"prod-gateway"}""", parent["parentRef"]!.ToJsonString());
            Assert.Equal("gitops-gateway.dev/gateway-controller", (string?)parent["controllerName"]);
        }

        var conditions = items.SelectMany(AllConditions).ToList();
        Assert.All(conditions.Where(condition => (string?)condition["type"] is "Accepted" or "ResolvedRefs"), condition => Assert.Equal("True", (string?)condition["status"]));
        Assert.All(conditions, condition =>
        {
            var time = DateTimeOffset.ParseExact((string)condition["lastTransitionTime"]!, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            Assert.InRange(time, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
            Assert.Equal(1, (long?)condition["observedGeneration"]);
        });
    }

    [Theory]
    [InlineData("{.items[*].metadata.name}", "gitops-gateway prod-gateway api-canary api-route")]
    [InlineData("{range .items[?(@.kind==\"Gateway\")].status.listeners[*]}{.name}={.attachedRoutes}{\"\\n\"}{end}", "http=2\nhttps=2\n")]
    [InlineData("{.items[?(@.kind==\"HTTPRoute\")].status.parents[*].conditions[?(@.type==\"Accepted\")].status}", "True True")]
    [InlineData("{.items[1].spec.listeners[1].tls.certificateRefs[0]}", """{"kind":"Secret","name":"example-com-dev-tls"}""")]
    [InlineData("{range .items[*]}{.kind}/{.metadata.namespace}/{.metadata.name}{\"\\t\"}{.status.conditions[0].reason}{\"\\n\"}{end}",
        "GatewayClass//gitops-gateway\tAccepted\nGateway/infra/prod-gateway\tAccepted\nHTTPRoute/production/api-canary\t\nHTTPRoute/production/api-route\t\n")]
    public async Task Jsonpath_output_prints_what_kubectl_would_print(string template, string expected)
    {
        var run = await GgctlProcess.RunAsync(["validate", Example.RelativeFolder, "-o", $"jsonpath={template}"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.TrimEnd('\n'), run.Output);
    }

    [Fact]
    public async Task Yaml_output_reads_back_as_the_json_output()
    {
        var json = await GgctlProcess.RunAsync(["validate", Example.RelativeFolder, "-o", "json"]);
        var yaml = await GgctlProcess.RunAsync(["validate", Example.RelativeFolder, "-o", "yaml"]);

        Assert.Equal((0, 0), (json.ExitCode, yaml.ExitCode));
        var fromJson = WithoutTransitionTimes(JsonNode.Parse(json.Output)!);
        var fromYaml = WithoutTransitionTimes(YamlToJson.Read(yaml.Output)!);
        Assert.Equal(fromJson.ToJsonString(), fromYaml.ToJsonString());
        Assert.Contains("lastTransitionTime: \"", yaml.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apps/production/api-route.yaml", "name: api-v2", "name: api-v3", "apps/production/api-route.yaml:2:1: warning: spec.parentRefs[0]: ResolvedRefs=False (BackendNotFound)")]
    [InlineData("apps/production/canary-route.yaml", "weight: 10", "weight: ten", "apps/production/canary-route.yaml:25:19: error: spec.rules[0].backendRefs[1].weight: must be a whole number")]
    [InlineData("infra/gateway.yaml", "- name: https", "- name: http", "infra/gateway.yaml:2:1: error: spec.listeners: listener name 'http' must be unique within the Gateway")]
    [InlineData("infra/namespaces.yaml", "gateway-access: prod", "gateway-access: staging", "NotAllowedByListeners")]
    [InlineData("apps/production/services.yaml", "kind: Service\nmetadata:\n  name: api-v1", "kind: Service\nmetadata: [\n  name: api-v1", "apps/production/services.yaml:7:12: error: Invalid YAML")]
    public async Task A_broken_manifest_fails_with_exit_code_1_and_a_located_message(string file, string find, string replacement, string expected)
    {
        using var folder = new TemporaryFolder();
        folder.CopyFrom(Example.Folder);
        var path = Path.Combine(folder.Path, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));

        var run = await GgctlProcess.RunAsync(["validate", folder.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected.StartsWith("NotAllowed", StringComparison.Ordinal) ? expected : Path.Join(folder.Path, expected), run.Output, StringComparison.Ordinal);
        Assert.Contains("error: validation failed: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_exits_2_with_one_sentence()
    {
        var run = await GgctlProcess.RunAsync(["validate", "no/such/folder"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: The folder 'no/such/folder' does not exist.", run.Output);
    }

    [Fact]
    public async Task Help_documents_the_exit_codes()
    {
        var run = await GgctlProcess.RunAsync(["validate", "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ggctl validate <DIR> [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:\n  0    success", run.Output, StringComparison.Ordinal);
        Assert.Contains("\n  2    the command could not run", run.Output, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonNode> AllConditions(JsonNode item)
    {
        var status = item["status"]!;
        var own = status["conditions"]?.AsArray() ?? [];
        var listeners = status["listeners"]?.AsArray().SelectMany(listener => listener!["conditions"]!.AsArray()) ?? [];
        var parents = status["parents"]?.AsArray().SelectMany(parent => parent!["conditions"]!.AsArray()) ?? [];
        return own.Concat(listeners).Concat(parents).Select(condition => condition!);
    }

    private static string ListenerCounts(JsonNode gatewayStatus) => new JsonArray([
        .. gatewayStatus["listeners"]!.AsArray().Select(listener => new JsonObject
        {
            ["name"] = listener!["name"]!.DeepClone(),
            ["attachedRoutes"] = listener["attachedRoutes"]!.DeepClone(),
        }),
    ]).ToJsonString();

    private static JsonNode WithoutTransitionTimes(JsonNode node)
    {
        switch (node)
        {
            case JsonObject members:
                members.Remove("lastTransitionTime");
                foreach (var member in members.ToList())
                {
                    if (member.Value is not null)
                    {
                        WithoutTransitionTimes(member.Value);
                    }
                }

                break;
            case JsonArray elements:
                foreach (var element in elements.Where(element => element is not null))
                {
                    WithoutTransitionTimes(element!);
                }

                break;
        }

        return node;
    }
}
