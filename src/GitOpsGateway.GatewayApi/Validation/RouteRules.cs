namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>Rules every route kind shares: hostnames, rule names, rule and match counts.</summary>
internal static class RouteRules
{
    public static void Hostnames(IReadOnlyList<string> hostnames, int max, string path, ErrorSink errors)
    {
        errors.MaxItems(hostnames, max, path);
        for (var i = 0; i < hostnames.Count; i++)
        {
            HostnameRules.Hostname(hostnames[i], $"{path}[{i}]", errors);
        }
    }

    public static void UniqueRuleNames(IEnumerable<string?> names, string path, ErrorSink errors)
    {
        var duplicates = names.OfType<string>().GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            errors.Add(path, $"rule name '{NameRules.Shorten(duplicate.Key)}' must be unique within the route.");
        }
    }

    /// <summary>16 rules of 64 matches are allowed, but no more than 128 matches in all.</summary>
    public static void TotalMatches(int total, string path, ErrorSink errors)
    {
        if (total > 128)
        {
            errors.Add(path, $"While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128 ({total} here).");
        }
    }
}
