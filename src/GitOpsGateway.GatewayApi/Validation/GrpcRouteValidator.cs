using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>GRPCRoute schema and CEL rules; reasons as for HTTPRoute.</summary>
internal static class GrpcRouteValidator
{
    public static void Validate(GrpcRoute route, ErrorSink errors)
    {
        var spec = route.Spec;
        ReferenceRules.ParentRefs(spec.ParentRefs, "spec.parentRefs", errors);
        RouteRules.Hostnames(spec.Hostnames, 16, "spec.hostnames", errors);
        errors.MaxItems(spec.Rules, 16, "spec.rules");
        RouteRules.UniqueRuleNames(spec.Rules.Select(rule => rule.Name), "spec.rules", errors);
        RouteRules.TotalMatches(spec.Rules.Sum(rule => rule.Matches.Count), "spec.rules", errors);
        for (var i = 0; i < spec.Rules.Count; i++)
        {
            Rule(spec.Rules[i], $"spec.rules[{i}]", errors.ForRule(i));
        }
    }

    private static void Rule(GrpcRouteRule rule, string path, ErrorSink errors)
    {
        var incompatible = errors.WithReason(Status.ConditionTypes.Accepted, Status.ConditionReasons.IncompatibleFilters);
        if (rule.Name is { } name)
        {
            NameRules.Subdomain(name, path + ".name", errors);
        }

        errors.MaxItems(rule.Matches, 64, path + ".matches");
        for (var i = 0; i < rule.Matches.Count; i++)
        {
            Match(rule.Matches[i], $"{path}.matches[{i}]", errors);
        }

        GrpcFilterRules.Filters(rule.Filters, path + ".filters", errors, incompatible);
        errors.MaxItems(rule.BackendRefs, 16, path + ".backendRefs");
        for (var i = 0; i < rule.BackendRefs.Count; i++)
        {
            var backendPath = $"{path}.backendRefs[{i}]";
            ReferenceRules.Backend(rule.BackendRefs[i], backendPath, errors);
            GrpcFilterRules.Filters(rule.BackendRefs[i].Filters, backendPath + ".filters", errors, incompatible);
        }

        if (rule.SessionPersistence is { } persistence)
        {
            SessionPersistenceRules.SessionPersistence(persistence, path + ".sessionPersistence", errors);
        }
    }

    private static void Match(GrpcRouteMatch match, string path, ErrorSink errors)
    {
        if (match.Method is { } method)
        {
            Method(method, path + ".method", errors);
        }

        errors.MaxItems(match.Headers, 16, path + ".headers");
        for (var i = 0; i < match.Headers.Count; i++)
        {
            var header = match.Headers[i];
            HttpMatchRules.ValueMatch(header.Type, header.Name, header.Value, 4096, $"{path}.headers[{i}]", errors);
        }

        HeaderRules.UniqueNames(match.Headers.Select(h => h.Name), path + ".headers", errors);
    }

    private static void Method(GrpcMethodMatch method, string path, ErrorSink errors)
    {
        errors.OneOf(method.Type, [HeaderMatchTypes.Exact, HeaderMatchTypes.RegularExpression], path + ".type");
        if (string.IsNullOrEmpty(method.Service) && string.IsNullOrEmpty(method.Method))
        {
            errors.Add(path, "One or both of 'service' or 'method' must be specified.");
        }

        foreach (var (value, field, pattern) in new[]
        {
            (method.Service, "service", Patterns.GrpcService()),
            (method.Method, "method", Patterns.GrpcMethod()),
        })
        {
            if (value is null)
            {
                continue;
            }

            errors.MaxLength(value, 1024, $"{path}.{field}");
            if (method.Type == HeaderMatchTypes.RegularExpression)
            {
                RegexRules.Pattern(value, $"{path}.{field}", errors);
            }
            else if (!pattern.IsMatch(value))
            {
                errors.Add($"{path}.{field}", $"{field} must only contain valid characters (matching {pattern}); '{NameRules.Shorten(value)}' does not.");
            }
        }
    }
}
