using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Routing.Tests;

/// <summary>Assertion helpers: route once and say which rule (route name) served, or what else happened.</summary>
internal static class Decide
{
    public static T As<T>(this CompiledRouter router, RouteRequest request)
        where T : RoutingDecision => Assert.IsType<T>(router.Route(in request));

    /// <summary>The route name of the forwarding rule, or "404"/"421" for the answers without a rule.</summary>
    public static string Served(this CompiledRouter router, RouteRequest request) => router.Route(in request) switch
    {
        Forward forward => forward.Rule.Name,
        NotFound => "404",
        Misdirected => "421",
        var other => other.ToString(),
    };
}
