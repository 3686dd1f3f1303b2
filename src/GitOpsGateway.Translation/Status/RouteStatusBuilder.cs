using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Routes;

namespace GitOpsGateway.Translation.Status;

/// <summary>
/// Route status, one entry per parentRef to a Gateway of ours: Accepted (the route's own validity, then the
/// parent's attachment), ResolvedRefs (every backend and mirror of its valid rules), and PartiallyInvalid when
/// an accepted route had rules dropped.
/// </summary>
internal static class RouteStatusBuilder
{
    public static RouteStatus Build(TranslationContext context, RouteContext route)
    {
        var generation = route.Generation;
        var resolved = route.RefProblems.Count == 0
            ? Condition.True(ConditionTypes.ResolvedRefs, ConditionReasons.ResolvedRefs, "All references are resolved.", generation)
            : Condition.False(ConditionTypes.ResolvedRefs, route.RefProblems[0].Reason, Join(route.RefProblems), generation);
        var parents = new List<RouteParentStatus>();
        foreach (var parent in route.Parents)
        {
            var accepted = Accepted(route, parent);
            var conditions = new List<Condition> { accepted, resolved };
            if (accepted.IsTrue && route.DroppedRules.Count > 0)
            {
                var dropped = string.Join(" ", route.DroppedRules.Select(entry => $"Rule {entry.Key}: {entry.Value.Message}"));
                conditions.Add(Condition.True(
                    ConditionTypes.PartiallyInvalid,
                    route.DroppedRules.Values.First().Reason,
                    $"Dropped Rule(s) {string.Join(", ", route.DroppedRules.Keys)}; the other rules are served. {dropped}",
                    generation));
            }

            ConditionDiagnostics.Report(context.Diagnostics, route.Route, $"spec.parentRefs[{parent.Index}]", conditions);
            parents.Add(new RouteParentStatus { ParentRef = parent.Reference, ControllerName = context.Options.ControllerName, Conditions = conditions });
        }

        return new RouteStatus { Parents = parents };
    }

    private static Condition Accepted(RouteContext route, ParentContext parent)
    {
        var generation = route.Generation;
        if (route.Rejection is { } rejection)
        {
            return Condition.False(ConditionTypes.Accepted, rejection.Reason, rejection.Message, generation);
        }

        if (parent.Rejection is { } refusal)
        {
            return Condition.False(ConditionTypes.Accepted, refusal.Reason, refusal.Message, generation);
        }

        var listeners = string.Join(", ", parent.Attachments.Select(attachment => attachment.Listener.Name));
        return Condition.True(ConditionTypes.Accepted, ConditionReasons.Accepted, $"Accepted by listener(s) {listeners}.", generation);
    }

    private static string Join(IEnumerable<Problem> problems) => string.Join(" ", problems.Select(problem => problem.Message).Distinct(StringComparer.Ordinal));
}
