using GitOpsGateway.GatewayApi.Gateways;

namespace GitOpsGateway.Translation.Policy;

/// <summary>Whether a listener's <c>allowedRoutes.namespaces</c> admits routes from a namespace.</summary>
internal static class AllowedRoutesPolicy
{
    public static bool Admits(RouteNamespaces allowed, string gatewayNamespace, string routeNamespace, NamespaceLabels labels) =>
        allowed.From switch
        {
            FromNamespaces.All => true,
            FromNamespaces.Same => string.Equals(gatewayNamespace, routeNamespace, StringComparison.Ordinal),
            FromNamespaces.Selector => allowed.Selector is { } selector && selector.Matches(labels.Of(routeNamespace)),
            _ => false,
        };

    public static string Describe(RouteNamespaces allowed) => allowed.From switch
    {
        FromNamespaces.Same => "routes from its own namespace only",
        FromNamespaces.Selector => "routes from namespaces matching its selector only",
        FromNamespaces.All => "routes from all namespaces",
        _ => $"no routes (allowedRoutes.namespaces.from is '{allowed.From}')",
    };
}
