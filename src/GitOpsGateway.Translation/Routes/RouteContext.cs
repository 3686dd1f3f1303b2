using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.Translation.Http;
using GitOpsGateway.Translation.L4;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Routes;

/// <summary>A route with at least one parentRef to a Gateway of ours: its verdicts, compiled rules and parents.</summary>
internal sealed class RouteContext(Route route, int ruleCount)
{
    public Route Route { get; } = route;

    public ResourceKey Key => Route.Key;

    public long Generation => Route.Metadata.Generation;

    /// <summary>"{namespace}/{name}", the spec's alphabetical tie-break key.</summary>
    public string NamespacedName { get; } = $"{route.Metadata.Namespace}/{route.Metadata.Name}";

    public int RuleCount { get; } = ruleCount;

    /// <summary>In the order of the route's parentRefs; only parents that are Gateways of ours.</summary>
    public List<ParentContext> Parents { get; } = [];

    /// <summary>What rejects the whole route (Accepted=False on every parent).</summary>
    public List<Problem> Problems { get; } = [];

    /// <summary>Rules dropped by validation, by index, with why.</summary>
    public SortedDictionary<int, Problem> DroppedRules { get; } = [];

    /// <summary>Backend references that did not resolve (ResolvedRefs=False).</summary>
    public List<Problem> RefProblems { get; } = [];

    /// <summary>HTTPRoute and GRPCRoute rules, one per match, in route order.</summary>
    public IReadOnlyList<CompiledRule> HttpRules { get; set; } = [];

    /// <summary>The rule of a TLSRoute, TCPRoute or UDPRoute.</summary>
    public CompiledL4Rule? L4Rule { get; set; }

    public bool IsRejected => Problems.Count > 0 || (RuleCount > 0 && DroppedRules.Count == RuleCount);

    /// <summary>Why the whole route is rejected: its own problems, else the first dropped rule's.</summary>
    public Problem? Rejection => Problems.FirstOrDefault()
        ?? (IsRejected ? DroppedRules.Values.First() with { Message = $"Every rule is invalid. {DroppedRules.Values.First().Message}" } : null);
}
