using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>A listener's own checks: its schema errors by condition, protocol support and route kinds.</summary>
internal static class ListenerChecks
{
    private static readonly string[] CoreProtocols =
        [ListenerProtocols.Http, ListenerProtocols.Https, ListenerProtocols.Tls, ListenerProtocols.Tcp, ListenerProtocols.Udp];

    public static void Apply(TranslationContext context, ListenerContext listener)
    {
        foreach (var error in context.Validation.ForListener(listener.Gateway.Key, listener.Index))
        {
            var problem = new Problem(error.Reason, $"{error.FieldPath}: {error.Message}");
            var bucket = error.ConditionType switch
            {
                ConditionTypes.Conflicted => listener.Conflicts,
                ConditionTypes.ResolvedRefs => listener.RefProblems,
                _ => listener.AcceptedProblems,
            };
            bucket.Add(problem);
        }

        var protocol = listener.Spec.Protocol;
        var core = CoreProtocols.Contains(protocol, StringComparer.Ordinal);
        if (!core && !listener.AcceptedProblems.Any(problem => problem.Reason == ConditionReasons.UnsupportedProtocol))
        {
            listener.AcceptedProblems.Add(new Problem(
                ConditionReasons.UnsupportedProtocol, $"Protocol {protocol} is not supported; use HTTP, HTTPS, TLS, TCP or UDP."));
        }

        if (!core)
        {
            return;
        }

        var (supported, invalid) = ListenerRouteKinds.Resolve(listener.Spec);
        listener.SupportedKinds = supported;
        if (invalid.Count > 0 && !listener.RefProblems.Any(problem => problem.Reason == ConditionReasons.InvalidRouteKinds))
        {
            listener.RefProblems.Add(new Problem(
                ConditionReasons.InvalidRouteKinds,
                $"allowedRoutes.kinds: {string.Join(", ", invalid)} cannot attach to a {protocol} listener."));
        }
    }
}
