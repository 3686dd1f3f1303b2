using System.Globalization;
using System.Text;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Validation;
using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Translation.Tests.Tables;

/// <summary>
/// Wildcard and hostname-less routes beside thousands of exact hosts: the table holds each rule once, under its
/// route's own hostname, so its size is linear in rules. Copying wildcard rules into every exact host made this
/// shape 25 million rules and ran out of memory (docs/adr/0012-virtual-host-fall-through.md).
/// </summary>
public sealed class WildcardScaleTests
{
    private const int ExactRoutes = 10_000;
    private const int WildcardRoutes = 250;
    private const int RulesPerWildcardRoute = 10;

    private static readonly Lazy<RouteTable> Table = new(Compile);
    private static readonly Lazy<CompiledRouter> Router = new(() => CompiledRouter.Build(Table.Value));

    [Fact]
    public void Ten_thousand_exact_hosts_beside_250_wildcard_routes_of_ten_rules_hold_each_rule_once()
    {
        var hosts = Table.Value.HttpPorts.Single().Listeners.Single().VirtualHosts;

        Assert.Equal(ExactRoutes + 2, hosts.Count);
        Assert.Equal(ExactRoutes + (WildcardRoutes * RulesPerWildcardRoute), hosts.Sum(host => host.Rules.Count));
        Assert.Equal(WildcardRoutes / 2 * RulesPerWildcardRoute, hosts.Single(host => host.Hostname == "*.example.com").Rules.Count);
        Assert.Equal(WildcardRoutes / 2 * RulesPerWildcardRoute, hosts.Single(host => host.Hostname == "*").Rules.Count);
        Assert.Empty(RouteTableValidator.Validate(Table.Value));
    }

    [Theory]
    [InlineData("app-00000.example.com", "/app-00000/x", "app-00000")]
    [InlineData("app-09999.example.com", "/app-09999", "app-09999")]
    [InlineData("app-09999.example.com", "/wild-248/r9", "wild-248")]
    [InlineData("app-09999.example.com", "/wild-249/r0", "wild-249")]
    [InlineData("app-05000.example.com", "/app-05001", "404")]
    [InlineData("other.org", "/wild-248/r0", "404")]
    [InlineData("other.org", "/wild-001/r3", "wild-001")]
    public void Requests_to_exact_hosts_fall_through_to_the_wildcard_and_catch_all_rules(string host, string path, string expected)
    {
        var decision = Router.Value.Route(new RouteRequest { Port = 80, Scheme = RequestScheme.Http, Host = host, Method = "GET", Path = path });

        Assert.Equal(expected, decision is Forward forward ? forward.Rule.Name : decision is NotFound ? "404" : decision.ToString());
    }

    private static RouteTable Compile()
    {
        var files = new List<ManifestFile>
        {
            new("gateway.yaml", Manifests.Join(
                Manifests.Gateway("- {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}"),
                Manifests.Service("apps", "web"))),
        };
        files.AddRange(Enumerable.Range(0, ExactRoutes).Select(index => new ManifestFile($"exact-{index}.yaml", ExactRoute(index))));
        files.AddRange(Enumerable.Range(0, WildcardRoutes).Select(index => new ManifestFile($"wild-{index}.yaml", WildcardRoute(index))));
        var loaded = ManifestLoader.Default.Load(files);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Errors.Take(3)));

        var result = Translator.Translate(loaded.Resources);

        Assert.Equal(ExactRoutes + WildcardRoutes, result.Routes.Count);
        return Assert.Single(result.Tables);
    }

    private static string ExactRoute(int index)
    {
        var name = Name("app", index, "D5");
        return $$$"""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: {{{name}}}, namespace: apps}
            spec:
              parentRefs: [{name: edge, namespace: infra}]
              hostnames: [{{{name}}}.example.com]
              rules: [{matches: [{path: {value: /{{{name}}}}}], backendRefs: [{name: web, port: 8080}]}]
            """;
    }

    /// <summary>Even routes name <c>*.example.com</c>, odd ones no hostname (the catch-all).</summary>
    private static string WildcardRoute(int index)
    {
        var name = Name("wild", index, "D3");
        var rules = new StringBuilder();
        for (var rule = 0; rule < RulesPerWildcardRoute; rule++)
        {
            rules.Append(CultureInfo.InvariantCulture, $"\n    - {{matches: [{{path: {{value: /{name}/r{rule}}}}}], backendRefs: [{{name: web, port: 8080}}]}}");
        }

        return $$"""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: {{name}}, namespace: apps}
            spec:
              parentRefs: [{name: edge, namespace: infra}]
              {{(index % 2 == 0 ? "hostnames: [\"*.example.com\"]" : "")}}
              rules:{{rules}}
            """;
    }

    private static string Name(string prefix, int index, string digits) => $"{prefix}-{index.ToString(digits, CultureInfo.InvariantCulture)}";
}
