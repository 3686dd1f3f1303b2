using GitOpsGateway.GatewayApi.HttpRoutes;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>One HTTPRoute rule: matches, filters, backends, timeouts, retry and the rule-level CEL rules.</summary>
internal static class HttpRuleRules
{
    public static void Rule(HttpRouteRule rule, string path, ErrorSink errors)
    {
        var incompatible = errors.WithReason(Status.ConditionTypes.Accepted, Status.ConditionReasons.IncompatibleFilters);
        if (rule.Name is { } name)
        {
            NameRules.Subdomain(name, path + ".name", errors);
        }

        HttpMatchRules.Matches(rule.Matches, path + ".matches", errors);
        HttpFilterRules.Filters(rule.Filters, path + ".filters", errors, incompatible);
        errors.MaxItems(rule.BackendRefs, 16, path + ".backendRefs");
        for (var i = 0; i < rule.BackendRefs.Count; i++)
        {
            var backendPath = $"{path}.backendRefs[{i}]";
            ReferenceRules.Backend(rule.BackendRefs[i], backendPath, errors);
            HttpFilterRules.Filters(rule.BackendRefs[i].Filters, backendPath + ".filters", errors, incompatible);
        }

        if (rule.BackendRefs.Count > 0 && rule.Filters.Any(f => f.RequestRedirect is not null))
        {
            incompatible.Add(path, "a RequestRedirect filter must not be used together with backendRefs.");
        }

        PrefixReplacementNeedsOnePrefixMatch(rule, path, incompatible);
        if (rule.Timeouts is { } timeouts)
        {
            Timeouts(timeouts, path + ".timeouts", errors);
        }

        if (rule.Retry is { } retry)
        {
            Retry(retry, path + ".retry", errors);
        }

        if (rule.SessionPersistence is { } persistence)
        {
            SessionPersistenceRules.SessionPersistence(persistence, path + ".sessionPersistence", errors);
        }
    }

    private static void PrefixReplacementNeedsOnePrefixMatch(HttpRouteRule rule, string path, ErrorSink incompatible)
    {
        var filters = rule.Filters.Concat(rule.BackendRefs.SelectMany(backend => backend.Filters));
        var replacesPrefix = filters.Any(filter =>
            (filter.RequestRedirect?.Path ?? filter.UrlRewrite?.Path) is { Type: HttpPathModifierTypes.ReplacePrefixMatch, ReplacePrefixMatch: not null });
        if (replacesPrefix && (rule.Matches.Count != 1 || rule.Matches[0].Path.Type != PathMatchTypes.PathPrefix))
        {
            incompatible.Add(path + ".matches", "When using path.replacePrefixMatch, exactly one PathPrefix match must be specified.");
        }
    }

    private static void Timeouts(HttpRouteTimeouts timeouts, string path, ErrorSink errors)
    {
        var request = Duration(timeouts.Request, path + ".request", errors);
        var backend = Duration(timeouts.BackendRequest, path + ".backendRequest", errors);
        if (request is { } total && backend is { } single && total != TimeSpan.Zero && single > total)
        {
            errors.Add(path + ".backendRequest", "backendRequest timeout cannot be longer than request timeout.");
        }
    }

    private static void Retry(HttpRouteRetry retry, string path, ErrorSink errors)
    {
        for (var i = 0; i < retry.Codes.Count; i++)
        {
            errors.Range(retry.Codes[i], 400, 599, $"{path}.codes[{i}]");
        }

        if (retry.Codes.Distinct().Count() != retry.Codes.Count)
        {
            errors.Add(path + ".codes", "lists a status code more than once.");
        }

        if (retry.Attempts is < 1)
        {
            errors.Add(path + ".attempts", "must be at least 1.");
        }

        Duration(retry.Backoff, path + ".backoff", errors);
    }

    public static TimeSpan? Duration(string? text, string path, ErrorSink errors)
    {
        if (text is null)
        {
            return null;
        }

        if (GatewayDuration.TryParse(text, out var duration))
        {
            return duration;
        }

        errors.Add(path, $"'{NameRules.Shorten(text)}' is not a duration such as 500ms, 10s or 1h30m.");
        return null;
    }
}
