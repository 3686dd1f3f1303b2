using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>HTTP and gRPC rules, keyed by host and provenance (route, rule index, match index).</summary>
internal static class RuleDiff
{
    public static IEnumerable<RouteTableChange> Compare(RouteTable before, RouteTable after)
    {
        var beforeRules = PlacedRule.All(before).ToList();
        var afterRules = PlacedRule.All(after).ToList();
        foreach (var pair in KeyedPair<PlacedRule>.Match(beforeRules, afterRules, placed => placed.Key))
        {
            foreach (var change in ComparePair(pair))
            {
                yield return change;
            }
        }

        foreach (var change in RuleOrderDiff.Compare(beforeRules, afterRules))
        {
            yield return change;
        }
    }

    private static IEnumerable<RouteTableChange> ComparePair(KeyedPair<PlacedRule> pair)
    {
        switch (pair)
        {
            case { Before: null, After: { Rule: var added } }:
                yield return Change(ChangeKind.Added, ChangeSubject.Rule, pair.Key, $"rule {pair.Key} added: {Summary(added)}");
                break;
            case { Before: { Rule: var removed }, After: null }:
                yield return Change(ChangeKind.Removed, ChangeSubject.Rule, pair.Key, $"rule {pair.Key} removed: {Summary(removed)}");
                break;
            case { Before: { Rule: var old }, After: { Rule: var current } } when old != current:
                foreach (var change in CompareRule(pair.Key, old, current))
                {
                    yield return change;
                }

                break;
        }
    }

    private static IEnumerable<RouteTableChange> CompareRule(string key, HttpRouteRule old, HttpRouteRule current)
    {
        var oldBackends = WithoutFilters(old.Backends);
        var currentBackends = WithoutFilters(current.Backends);
        if (oldBackends != currentBackends)
        {
            yield return Change(ChangeKind.Changed, ChangeSubject.RuleBackends, key,
                $"backends of rule {key} changed: {IrText.Backends(oldBackends)} -> {IrText.Backends(currentBackends)}");
        }

        var filters = new ChangeNotes();
        filters.Compare("rule filters", old.Filters, current.Filters, IrText.Filters);
        if (HasBackendFilters(old) || HasBackendFilters(current))
        {
            // Listed per backend position, so a backend added or removed would otherwise read as a filter change.
            filters.Compare("backend filters", BackendFilters(old), BackendFilters(current), BackendFiltersText);
        }
        if (!filters.IsEmpty)
        {
            yield return Change(ChangeKind.Changed, ChangeSubject.RuleFilters, key, $"filters of rule {key} changed: {filters}");
        }

        var rest = new ChangeNotes();
        rest.Compare("match", old.Match, current.Match, IrText.Match);
        rest.Compare("rule name", old.Provenance.RuleName, current.Provenance.RuleName, name => name ?? "none");
        rest.Compare("fixed response", old.FixedResponse, current.FixedResponse, IrText.FixedResponse);
        rest.Compare("timeouts", old.Timeouts, current.Timeouts, IrText.Timeouts);
        rest.Compare("retry", old.Retry, current.Retry, IrText.Retry);
        if (!rest.IsEmpty)
        {
            yield return Change(ChangeKind.Changed, ChangeSubject.Rule, key, $"rule {key} changed: {rest}");
        }
    }

    private static string Summary(HttpRouteRule rule)
    {
        var action = rule.FixedResponse is { } response
            ? $"respond {IrText.FixedResponse(response)}"
            : $"to {IrText.Backends(rule.Backends)}";
        var filters = rule.Filters.IsEmpty ? "" : $" with {IrText.Filters(rule.Filters)}";
        return $"{IrText.Match(rule.Match)} {action}{filters}";
    }

    private static EquatableArray<Backend> WithoutFilters(EquatableArray<Backend> backends) =>
        backends.Select(backend => backend is ClusterBackend cluster ? cluster with { Filters = [] } : backend)
            .ToEquatableArray();

    private static EquatableArray<EquatableArray<HttpFilter>> BackendFilters(HttpRouteRule rule) =>
        rule.Backends.Select(backend => backend is ClusterBackend cluster ? cluster.Filters : []).ToEquatableArray();

    private static bool HasBackendFilters(HttpRouteRule rule) =>
        rule.Backends.Any(backend => backend is ClusterBackend { Filters.IsEmpty: false });

    private static string BackendFiltersText(EquatableArray<EquatableArray<HttpFilter>> filtersPerBackend) =>
        string.Join(" | ", filtersPerBackend.Select(filters => IrText.Filters(filters)));

    private static RouteTableChange Change(ChangeKind kind, ChangeSubject subject, string key, string description) =>
        new() { Kind = kind, Subject = subject, Key = key, Description = description };
}
