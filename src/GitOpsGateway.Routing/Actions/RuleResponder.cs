using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Routing.Actions;

/// <summary>
/// Turns a matched rule into a decision. The filter sets are worked out once when the router is built: the
/// rule's, and the rule's followed by each backend's for backends that carry filters.
/// </summary>
internal sealed class RuleResponder
{
    private readonly HttpRouteRule _rule;
    private readonly FilterSet _filters;
    private readonly FilterSet?[] _backendFilters;

    public RuleResponder(HttpRouteRule rule)
    {
        _rule = rule;
        _filters = FilterSet.From(rule.Filters);
        _backendFilters = new FilterSet?[rule.Backends.Count];
        for (var index = 0; index < _backendFilters.Length; index++)
        {
            if (rule.Backends[index] is ClusterBackend { Filters.IsEmpty: false } cluster)
            {
                _backendFilters[index] = FilterSet.From(rule.Filters.Concat(cluster.Filters));
            }
        }
    }

    public RoutingDecision Respond(in RouteRequest request, string listenerName)
    {
        if (_rule.FixedResponse is { } fixedResponse)
        {
            return new DirectResponse { StatusCode = fixedResponse.StatusCode, Reason = fixedResponse.Reason, Rule = _rule.Provenance };
        }

        if (_filters.Redirect is not null)
        {
            return RedirectFor(_filters, in request);
        }

        // The Gateway API answers 500 for a rule that forwards to nothing valid; a rule with no backendRefs is one.
        return _rule.Backends.IsEmpty
            ? new DirectResponse { StatusCode = 500, Reason = "the rule has no backends", Rule = _rule.Provenance }
            : ForwardFor(_filters, in request, listenerName, chosen: null);
    }

    public RoutingDecision ForBackend(Forward forward, int index) => forward.Backends[index] switch
    {
        InvalidBackend invalid => new DirectResponse
        {
            StatusCode = 500,
            Reason = $"invalid backend ({invalid.Reason})",
            Rule = _rule.Provenance,
        },
        ClusterBackend cluster when _backendFilters[index] is { } filters => filters.Redirect is null
            ? ForwardFor(filters, forward.Request, forward.ListenerName, cluster)
            : RedirectFor(filters, forward.Request),
        ClusterBackend cluster => forward with { Chosen = cluster },
        var other => new DirectResponse { StatusCode = 500, Reason = $"unsupported backend {other.GetType().Name}", Rule = _rule.Provenance },
    };

    private Redirect RedirectFor(FilterSet filters, in RouteRequest request) => new()
    {
        StatusCode = filters.Redirect!.StatusCode,
        Location = RedirectLocation.For(filters.Redirect, in request),
        Rule = _rule.Provenance,
        ResponseHeaderModifiers = filters.ResponseHeaderModifiers,
    };

    private Forward ForwardFor(FilterSet filters, in RouteRequest request, string listenerName, ClusterBackend? chosen) => new()
    {
        ListenerName = listenerName,
        Rule = _rule.Provenance,
        Backends = _rule.Backends,
        Chosen = chosen,
        Path = filters.Rewrite?.Path is { } path ? PathRewriter.Rewrite(path, in request) : request.RoutedWirePath,
        Query = request.RawQuery,
        Host = filters.Rewrite?.Hostname ?? request.Host ?? "",
        RequestHeaderModifiers = filters.RequestHeaderModifiers,
        ResponseHeaderModifiers = filters.ResponseHeaderModifiers,
        Mirrors = filters.Mirrors,
        Timeouts = _rule.Timeouts,
        Retry = _rule.Retry,
        Cors = filters.Cors,
        Responder = this,
        Request = request,
    };
}
