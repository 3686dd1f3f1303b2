using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// TLSRoute, TCPRoute and UDPRoute. Limits depend on the version written: v1 allows exactly one rule (and a
/// TLSRoute needs hostnames), v1alpha2/v1alpha3 allow up to 16 rules.
/// </summary>
internal static class StreamRouteValidator
{
    public static void Validate(Route route, ErrorSink errors)
    {
        var isV1 = route.ApiVersion.EndsWith("/v1", StringComparison.Ordinal);
        ReferenceRules.ParentRefs(route.ParentRefs, "spec.parentRefs", errors);
        var rules = route switch
        {
            TlsRoute tls => tls.Spec.Rules.Select(rule => (rule.Name, rule.BackendRefs)).ToList(),
            TcpRoute tcp => tcp.Spec.Rules.Select(rule => (rule.Name, rule.BackendRefs)).ToList(),
            UdpRoute udp => udp.Spec.Rules.Select(rule => (rule.Name, rule.BackendRefs)).ToList(),
            _ => throw new ArgumentException($"{route.Key} is not a TLS, TCP or UDP route.", nameof(route)),
        };

        if (route is TlsRoute)
        {
            if (isV1)
            {
                errors.MinItems(route.Hostnames, 1, "spec.hostnames");
            }

            RouteRules.Hostnames(route.Hostnames, 1024, "spec.hostnames", errors);
        }

        errors.MinItems(rules, 1, "spec.rules");
        errors.MaxItems(rules, isV1 ? 1 : 16, "spec.rules");
        RouteRules.UniqueRuleNames(rules.Select(rule => rule.Name), "spec.rules", errors);
        for (var i = 0; i < rules.Count; i++)
        {
            var ruleErrors = errors.ForRule(i);
            var (name, backends) = rules[i];
            if (name is not null)
            {
                NameRules.Subdomain(name, $"spec.rules[{i}].name", ruleErrors);
            }

            ruleErrors.MinItems(backends, 1, $"spec.rules[{i}].backendRefs");
            ruleErrors.MaxItems(backends, 16, $"spec.rules[{i}].backendRefs");
            for (var j = 0; j < backends.Count; j++)
            {
                ReferenceRules.Backend(backends[j], $"spec.rules[{i}].backendRefs[{j}]", ruleErrors);
            }
        }
    }
}
