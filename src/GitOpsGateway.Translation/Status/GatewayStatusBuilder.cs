using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Status;

/// <summary>
/// Gateway status: Accepted (ListenersNotValid, True or False, when some or all listeners are refused),
/// Programmed=False/Pending until data-plane nodes report (the control plane overwrites it), and per listener
/// Accepted, Programmed, ResolvedRefs, Conflicted, OverlappingTLSConfig when set, supportedKinds and
/// attachedRoutes (routes Accepted on that listener).
/// </summary>
internal static class GatewayStatusBuilder
{
    public static GatewayStatus Build(TranslationContext context, GatewayContext gateway)
    {
        var generation = gateway.Generation;
        var accepted = Accepted(gateway);
        var programmed = accepted.IsTrue
            ? Condition.False(ConditionTypes.Programmed, ConditionReasons.Pending, "Waiting for data-plane nodes to apply the route table.", generation)
            : Condition.False(ConditionTypes.Programmed, ConditionReasons.Invalid, "The Gateway is not accepted.", generation);
        ConditionDiagnostics.Report(context.Diagnostics, gateway.Gateway, string.Empty, [accepted]);
        var listeners = gateway.Listeners.Select(listener => Listener(context, listener)).ToList();
        return new GatewayStatus { Conditions = [accepted, programmed], Listeners = listeners };
    }

    private static Condition Accepted(GatewayContext gateway)
    {
        var generation = gateway.Generation;
        if (gateway.Problems.Count > 0)
        {
            var first = gateway.Problems[0];
            return Condition.False(ConditionTypes.Accepted, first.Reason, Join(gateway.Problems), generation);
        }

        var refused = gateway.Listeners.Where(listener => !listener.IsAccepted).Select(listener => listener.Name).ToList();
        if (refused.Count == gateway.Listeners.Count)
        {
            return Condition.False(ConditionTypes.Accepted, ConditionReasons.ListenersNotValid, "No listener is valid, so the Gateway serves nothing.", generation);
        }

        return refused.Count > 0
            ? Condition.True(ConditionTypes.Accepted, ConditionReasons.ListenersNotValid, $"Listener(s) {string.Join(", ", refused)} are not valid; the others are served.", generation)
            : Condition.True(ConditionTypes.Accepted, ConditionReasons.Accepted, "The Gateway is accepted.", generation);
    }

    private static ListenerStatus Listener(TranslationContext context, ListenerContext listener)
    {
        var generation = listener.Gateway.Generation;
        var conditions = new List<Condition>();
        var refusals = listener.Conflicts.Concat(listener.AcceptedProblems).ToList();
        conditions.Add(refusals.Count == 0
            ? Condition.True(ConditionTypes.Accepted, ConditionReasons.Accepted, "The listener is accepted.", generation)
            : Condition.False(ConditionTypes.Accepted, refusals[0].Reason, Join(refusals), generation));
        conditions.Add(listener.IsProgrammed
            ? Condition.True(ConditionTypes.Programmed, ConditionReasons.Programmed, "The listener is in the route table.", generation)
            : Condition.False(ConditionTypes.Programmed, ConditionReasons.Invalid, NotProgrammed(listener), generation));
        var refs = listener.RefProblems.OrderBy(problem => problem.Reason == ConditionReasons.InvalidRouteKinds).ToList();
        conditions.Add(refs.Count == 0
            ? Condition.True(ConditionTypes.ResolvedRefs, ConditionReasons.ResolvedRefs, "All references are resolved.", generation)
            : Condition.False(ConditionTypes.ResolvedRefs, refs[0].Reason, Join(refs), generation));
        conditions.Add(listener.Conflicts.Count == 0
            ? Condition.False(ConditionTypes.Conflicted, ConditionReasons.NoConflicts, "No conflict with other listeners.", generation)
            : Condition.True(ConditionTypes.Conflicted, listener.Conflicts[0].Reason, Join(listener.Conflicts), generation));
        if (listener.TlsOverlaps.Count > 0)
        {
            conditions.Add(Condition.True(ConditionTypes.OverlappingTlsConfig, listener.TlsOverlaps[0].Reason, Join(listener.TlsOverlaps), generation));
        }

        ConditionDiagnostics.Report(context.Diagnostics, listener.Gateway.Gateway, $"spec.listeners[{listener.Index}]", conditions);
        return new ListenerStatus
        {
            Name = listener.Name,
            // A listener that is not accepted (conflicted, unsupported protocol or value) supports no kind in the
            // configuration it has, and the conformance suite expects an empty list for it.
            SupportedKinds = listener.IsAccepted ? listener.SupportedKinds : [],
            AttachedRoutes = listener.AttachedRoutes.Count,
            Conditions = conditions,
        };
    }

    private static string NotProgrammed(ListenerContext listener) => listener switch
    {
        { IsAccepted: false } => "The listener is not accepted.",
        { Gateway.IsAccepted: false } => "The Gateway is not accepted.",
        _ => "The listener's certificates could not be resolved.",
    };

    private static string Join(IEnumerable<Problem> problems) => string.Join(" ", problems.Select(problem => problem.Message).Distinct(StringComparer.Ordinal));
}
