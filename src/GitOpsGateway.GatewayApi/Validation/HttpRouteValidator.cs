using GitOpsGateway.GatewayApi.HttpRoutes;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// HTTPRoute schema and CEL rules. An invalid spec gives the route <c>Accepted=False</c> with reason
/// <c>UnsupportedValue</c>, or <c>IncompatibleFilters</c> for filter combinations; errors inside one rule are
/// scoped to it.
/// </summary>
internal static class HttpRouteValidator
{
    public static void Validate(HttpRoute route, ErrorSink errors)
    {
        var spec = route.Spec;
        ReferenceRules.ParentRefs(spec.ParentRefs, "spec.parentRefs", errors);
        RouteRules.Hostnames(spec.Hostnames, 16, "spec.hostnames", errors);
        errors.MinItems(spec.Rules, 1, "spec.rules");
        errors.MaxItems(spec.Rules, 16, "spec.rules");
        RouteRules.UniqueRuleNames(spec.Rules.Select(rule => rule.Name), "spec.rules", errors);
        RouteRules.TotalMatches(spec.Rules.Sum(rule => rule.Matches.Count), "spec.rules", errors);
        for (var i = 0; i < spec.Rules.Count; i++)
        {
            HttpRuleRules.Rule(spec.Rules[i], $"spec.rules[{i}]", errors.ForRule(i));
        }
    }
}
