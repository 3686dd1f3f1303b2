using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Gateways;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Policy;

namespace GitOpsGateway.Translation.Routes;

/// <summary>
/// Attaches a route to the listeners its parentRef selects (by sectionName and port), checking in turn that the
/// listener is accepted, allows the route's kind and namespace, and shares a hostname with it. The rejection
/// reason is the furthest check any selected listener reached: NoMatchingParent, NotAllowedByListeners,
/// NoMatchingListenerHostname.
/// </summary>
internal static class ParentAttacher
{
    public static void Attach(TranslationContext context, RouteContext route, ParentContext parent)
    {
        var reference = parent.Reference;
        var candidates = parent.Gateway.Listeners
            .Where(listener => reference.SectionName is null || string.Equals(listener.Name, reference.SectionName, StringComparison.Ordinal))
            .Where(listener => reference.Port is null || listener.Spec.Port == reference.Port)
            .ToList();
        if (candidates.Count == 0)
        {
            parent.Rejection = new Problem(ConditionReasons.NoMatchingParent, $"Gateway {parent.Gateway.Key.Namespace}/{parent.Gateway.Key.Name} has no listener{Selection(reference)}.");
            return;
        }

        if (!parent.Gateway.IsAccepted)
        {
            parent.Rejection = new Problem(
                ConditionReasons.NotAllowedByListeners, $"Gateway {parent.Gateway.Key.Namespace}/{parent.Gateway.Key.Name} is not accepted, so no listener takes routes.");
            return;
        }

        var refusals = new List<string>();
        var reachedHostnames = false;
        foreach (var listener in candidates)
        {
            if (Refusal(context, route, listener) is { } refusal)
            {
                refusals.Add(refusal);
                continue;
            }

            var hostnames = HostnameMatching.Effective(listener.Spec.Hostname, route.Route.Hostnames);
            if (hostnames.Count == 0)
            {
                reachedHostnames = true;
                refusals.Add($"listener {listener.Name} (hostname {listener.Spec.Hostname}) shares no hostname with the route ({string.Join(", ", route.Route.Hostnames)})");
                continue;
            }

            parent.Attachments.Add(new ListenerAttachment(listener, hostnames));
        }

        if (parent.Attachments.Count == 0)
        {
            var reason = reachedHostnames ? ConditionReasons.NoMatchingListenerHostname : ConditionReasons.NotAllowedByListeners;
            parent.Rejection = new Problem(reason, $"No listener accepts the route: {string.Join("; ", refusals)}.");
        }
    }

    private static string? Refusal(TranslationContext context, RouteContext route, ListenerContext listener)
    {
        if (!listener.IsAccepted)
        {
            var why = listener.Conflicts.Concat(listener.AcceptedProblems).First();
            return $"listener {listener.Name} is not accepted ({why.Reason})";
        }

        var kind = ResourceKinds.Name(route.Route.Kind);
        if (!listener.Supports(route.Route.Kind))
        {
            var allowed = listener.SupportedKinds.Count == 0 ? "none" : string.Join(", ", listener.SupportedKinds.Select(supported => supported.Kind));
            return $"listener {listener.Name} does not allow {kind}s (allowed: {allowed})";
        }

        var allowedNamespaces = listener.Spec.AllowedRoutes.Namespaces;
        if (!AllowedRoutesPolicy.Admits(allowedNamespaces, listener.Gateway.Key.Namespace, route.Key.Namespace, context.Namespaces))
        {
            return $"listener {listener.Name} allows {AllowedRoutesPolicy.Describe(allowedNamespaces)}, and the route is in namespace {route.Key.Namespace}";
        }

        return null;
    }

    private static string Selection(GatewayApi.Routes.ParentReference reference) => (reference.SectionName, reference.Port) switch
    {
        (null, null) => "s",
        ({ } section, null) => $" named {section}",
        (null, { } port) => $" on port {port}",
        ({ } section, { } port) => $" named {section} on port {port}",
    };
}
