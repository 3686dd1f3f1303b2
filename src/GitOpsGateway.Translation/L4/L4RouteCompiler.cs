using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation.Backends;
using GitOpsGateway.Translation.Http;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Routes;

namespace GitOpsGateway.Translation.L4;

/// <summary>
/// Compiles the rule of a TLSRoute, TCPRoute or UDPRoute (the spec allows one). TLS passthrough and TCP forward
/// bytes over TCP, UDP forwards datagrams; a backendRef that does not resolve keeps its weight so that share of
/// connections is refused.
/// </summary>
internal static class L4RouteCompiler
{
    public static void Compile(TranslationContext context, RouteContext route)
    {
        var (rules, use, kind) = route.Route switch
        {
            TlsRoute tls => (tls.Spec.Rules.Select(rule => (rule.Name, rule.BackendRefs)).ToList(), BackendUse.Tcp, RouteKind.TLSRoute),
            TcpRoute tcp => (tcp.Spec.Rules.Select(rule => (rule.Name, rule.BackendRefs)).ToList(), BackendUse.Tcp, RouteKind.TCPRoute),
            UdpRoute udp => (udp.Spec.Rules.Select(rule => (rule.Name, rule.BackendRefs)).ToList(), BackendUse.Udp, RouteKind.UDPRoute),
            _ => throw new ArgumentException($"{route.Key} is not an L4 route.", nameof(route)),
        };
        var ruleIndex = Enumerable.Range(0, rules.Count).FirstOrDefault(index => !route.DroppedRules.ContainsKey(index), -1);
        if (ruleIndex < 0)
        {
            return;
        }

        var (name, backendRefs) = rules[ruleIndex];
        var path = $"spec.rules[{ruleIndex}]";
        EquatableArray<RouteTables.Backends.Backend> backends =
        [
            .. backendRefs.Select((reference, index) => BackendCompiler.Compile(context, route, reference, use, $"{path}.backendRefs[{index}]")),
        ];
        var provenance = new RuleProvenance { Kind = kind, Namespace = route.Key.Namespace, Name = route.Key.Name, RuleIndex = ruleIndex, RuleName = name };
        route.L4Rule = new CompiledL4Rule(provenance, backends);
    }

    public static bool IsL4(ResourceKind kind) => kind is ResourceKind.TlsRoute or ResourceKind.TcpRoute or ResourceKind.UdpRoute;
}
