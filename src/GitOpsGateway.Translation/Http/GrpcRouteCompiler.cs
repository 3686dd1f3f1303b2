using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation.Backends;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Routes;
using HttpRouteRule = GitOpsGateway.RouteTables.Http.HttpRouteRule;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// Compiles the valid rules of a GRPCRoute into the same IR rules as HTTPRoutes (matches on the path and
/// headers), forwarding to gRPC clusters. A rule without matches matches every call.
/// </summary>
internal static class GrpcRouteCompiler
{
    public static void Compile(TranslationContext context, RouteContext route, GrpcRoute grpcRoute)
    {
        var compiled = new List<CompiledRule>();
        var rules = grpcRoute.Spec.Rules;
        for (var ruleIndex = 0; ruleIndex < rules.Count; ruleIndex++)
        {
            if (route.DroppedRules.ContainsKey(ruleIndex))
            {
                continue;
            }

            var rule = rules[ruleIndex];
            var path = $"spec.rules[{ruleIndex}]";
            var filters = FilterCompiler.Compile(context, route, rule.Filters, path + ".filters");
            EquatableArray<RouteTables.Backends.Backend> backends =
            [
                .. rule.BackendRefs.Select((reference, index) =>
                    BackendCompiler.Compile(
                        context, route, reference, BackendUse.Grpc, $"{path}.backendRefs[{index}]",
                        FilterCompiler.Compile(context, route, reference.Filters, $"{path}.backendRefs[{index}].filters"))),
            ];
            if (filters.Unsupported is { } unsupported)
            {
                context.Diagnostics.Warning(route.Route, path + ".filters", $"The {unsupported} filter is not supported; calls matching this rule fail.");
            }

            var fixedResponse = RuleOutcome.FixedResponse(filters, backends, RouteKind.GRPCRoute);
            var matches = rule.Matches.Count == 0 ? [new GrpcRouteMatch()] : rule.Matches;
            for (var matchIndex = 0; matchIndex < matches.Count; matchIndex++)
            {
                var irRule = new HttpRouteRule
                {
                    Provenance = HttpRouteCompiler.Provenance(route, ruleIndex, rule.Name, matchIndex),
                    Match = GrpcMatchCompiler.Compile(matches[matchIndex]),
                    Filters = filters.Filters,
                    Backends = backends,
                    FixedResponse = fixedResponse,
                };
                compiled.Add(new CompiledRule(irRule, Precedence(route, matches[matchIndex], ruleIndex, matchIndex)));
            }

            if (rule.SessionPersistence is not null)
            {
                context.Diagnostics.Warning(route.Route, path + ".sessionPersistence", "Session persistence is not supported and is ignored.");
            }
        }

        route.HttpRules = compiled;
    }

    private static MatchPrecedence Precedence(RouteContext route, GrpcRouteMatch match, int ruleIndex, int matchIndex) => new()
    {
        Kind = RouteKind.GRPCRoute,
        ServiceLength = match.Method?.Service?.Length ?? 0,
        MethodLength = match.Method?.Method?.Length ?? 0,
        HeaderCount = match.Headers.DistinctBy(header => header.Name, StringComparer.OrdinalIgnoreCase).Count(),
        Created = route.Route.Metadata.CreationTimestamp,
        Route = route.NamespacedName,
        RuleIndex = ruleIndex,
        MatchIndex = matchIndex,
    };
}
