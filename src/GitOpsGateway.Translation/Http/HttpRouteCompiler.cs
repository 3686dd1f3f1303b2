using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Translation.Backends;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Routes;
using ApiMatch = GitOpsGateway.GatewayApi.HttpRoutes.HttpRouteMatch;
using HttpRouteRule = GitOpsGateway.RouteTables.Http.HttpRouteRule;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// Compiles the valid rules of an HTTPRoute, once, whatever listeners it attaches to: one IR rule per match (a
/// rule without matches has the spec's default, PathPrefix "/"), with its filters, backends, timeouts and retry.
/// </summary>
internal static class HttpRouteCompiler
{
    public static void Compile(TranslationContext context, RouteContext route, HttpRoute httpRoute)
    {
        var compiled = new List<CompiledRule>();
        var rules = httpRoute.Spec.Rules;
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
                        context, route, reference, BackendUse.Http, $"{path}.backendRefs[{index}]",
                        FilterCompiler.Compile(context, route, reference.Filters, $"{path}.backendRefs[{index}].filters"))),
            ];
            if (filters.Unsupported is { } unsupported)
            {
                context.Diagnostics.Warning(route.Route, path + ".filters", $"The {unsupported} filter is not supported; requests matching this rule are answered with 500.");
            }

            var fixedResponse = RuleOutcome.FixedResponse(filters, backends, RouteKind.HTTPRoute);
            var matches = rule.Matches.Count == 0 ? [ApiMatch.Default] : rule.Matches;
            for (var matchIndex = 0; matchIndex < matches.Count; matchIndex++)
            {
                var match = HttpMatchCompiler.Compile(matches[matchIndex]);
                var prefix = match.Path.Type == PathMatchType.PathPrefix ? match.Path.Value : null;
                var irRule = new HttpRouteRule
                {
                    Provenance = Provenance(route, ruleIndex, rule.Name, matchIndex),
                    Match = match,
                    Filters = filters.For(prefix),
                    Backends = [.. backends.Select(backend => Bind(backend, prefix))],
                    FixedResponse = fixedResponse,
                    Timeouts = Timeouts(rule.Timeouts),
                    Retry = Retry(rule.Retry),
                };
                compiled.Add(new CompiledRule(irRule, Precedence(route, match, ruleIndex, matchIndex)));
            }

            if (rule.SessionPersistence is not null)
            {
                context.Diagnostics.Warning(route.Route, path + ".sessionPersistence", "Session persistence is not supported and is ignored.");
            }
        }

        route.HttpRules = compiled;
    }

    public static RuleProvenance Provenance(RouteContext route, int ruleIndex, string? ruleName, int matchIndex) => new()
    {
        Kind = route.Route.Kind == ResourceKind.GrpcRoute ? RouteKind.GRPCRoute : RouteKind.HTTPRoute,
        Namespace = route.Key.Namespace,
        Name = route.Key.Name,
        RuleIndex = ruleIndex,
        RuleName = ruleName,
        MatchIndex = matchIndex,
    };

    private static RouteTables.Backends.Backend Bind(RouteTables.Backends.Backend backend, string? prefix) =>
        backend is RouteTables.Backends.ClusterBackend cluster && !cluster.Filters.IsEmpty
            ? cluster with { Filters = new FilterSet(cluster.Filters, null).For(prefix) }
            : backend;

    private static MatchPrecedence Precedence(RouteContext route, RouteTables.Http.HttpRouteMatch match, int ruleIndex, int matchIndex) => new()
    {
        Kind = RouteKind.HTTPRoute,
        PathRank = HttpMatchCompiler.PathRank(match.Path.Type),
        PathLength = match.Path.Value.Length,
        HasMethod = match.Method is not null,
        HeaderCount = match.Headers.Count,
        QueryParamCount = match.QueryParams.Count,
        Created = route.Route.Metadata.CreationTimestamp,
        Route = route.NamespacedName,
        RuleIndex = ruleIndex,
        MatchIndex = matchIndex,
    };

    private static RouteTimeouts? Timeouts(HttpRouteTimeouts? timeouts) => timeouts is null
        ? null
        : new RouteTimeouts { Request = Duration(timeouts.Request), BackendRequest = Duration(timeouts.BackendRequest) };

    private static RetryPolicy? Retry(HttpRouteRetry? retry) => retry is null
        ? null
        : new RetryPolicy { Codes = [.. retry.Codes.Distinct()], Attempts = retry.Attempts, Backoff = Duration(retry.Backoff) };

    private static TimeSpan? Duration(string? text) => GatewayDuration.TryParse(text, out var duration) ? duration : null;
}
