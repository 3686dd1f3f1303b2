using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.Cli.Describe;

/// <summary>
/// A route's rules as a version compiled them: per rule index, the compiled backends in the route's order (the
/// IR keeps invalid and weight-0 backends, so the n-th backend is the n-th backendRef). A rule that compiled
/// nowhere (the route is attached to no listener) has no entry, and whether its backends resolve is unknown.
/// </summary>
internal sealed class CompiledRules(IReadOnlyDictionary<int, IReadOnlyList<Backend>> backendsByRule)
{
    public static CompiledRules None { get; } = new(new Dictionary<int, IReadOnlyList<Backend>>());

    public static CompiledRules From(JsonNode? version, string kind, string ns, string name)
    {
        if (version is null || !Enum.TryParse<RouteKind>(kind, out var routeKind))
        {
            return None;
        }

        var byRule = new Dictionary<int, IReadOnlyList<Backend>>();
        foreach (var item in ServerCall.Items(version["tables"] ?? new JsonArray()))
        {
            var table = RouteTableSerializer.FromJson(item["table"]!.ToJsonString());
            var rules = table.HttpPorts
                .SelectMany(port => port.Listeners)
                .SelectMany(listener => listener.VirtualHosts)
                .SelectMany(host => host.Rules)
                .Select(rule => (rule.Provenance, Backends: rule.Backends.ToList()))
                .Concat(table.L4Routes.Select(route => (route.Provenance, Backends: route.Backends.ToList())));
            foreach (var (provenance, backends) in rules)
            {
                if (provenance.Kind == routeKind && provenance.Namespace == ns && provenance.Name == name)
                {
                    byRule.TryAdd(provenance.RuleIndex, backends);
                }
            }
        }

        return new CompiledRules(byRule);
    }

    /// <summary>The compiled backend for the <paramref name="backendIndex"/>-th backendRef of a rule, if the rule compiled.</summary>
    public Backend? Find(int ruleIndex, int backendIndex) =>
        backendsByRule.TryGetValue(ruleIndex, out var backends) && backendIndex < backends.Count ? backends[backendIndex] : null;
}
