namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>
/// Detects a changed precedence among rules present in both tables on the same host. Rules added or removed
/// shift positions without changing the relative order of the others, so only the relative order counts.
/// </summary>
internal static class RuleOrderDiff
{
    public static IEnumerable<RouteTableChange> Compare(IReadOnlyList<PlacedRule> before, IReadOnlyList<PlacedRule> after)
    {
        var shared = before.Select(rule => rule.Key).Intersect(after.Select(rule => rule.Key), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        var beforeOrder = SharedOrderByHost(before, shared);
        var afterOrder = SharedOrderByHost(after, shared);
        foreach (var host in beforeOrder.Keys.Order(StringComparer.Ordinal))
        {
            var old = beforeOrder[host];
            var current = afterOrder[host];
            if (!old.SequenceEqual(current, StringComparer.Ordinal))
            {
                var firstMoved = old.Zip(current).First(pair => pair.First != pair.Second).Second;
                yield return new RouteTableChange
                {
                    Kind = ChangeKind.Changed,
                    Subject = ChangeSubject.RuleOrder,
                    Key = host,
                    Description = $"precedence of the rules on {host} changed: {firstMoved} moved up",
                };
            }
        }
    }

    private static Dictionary<string, List<string>> SharedOrderByHost(IEnumerable<PlacedRule> rules, HashSet<string> shared) =>
        rules.Where(rule => shared.Contains(rule.Key))
            .GroupBy(rule => rule.HostKey, StringComparer.Ordinal)
            .ToDictionary(
                host => host.Key,
                host => host.OrderBy(rule => rule.Position).Select(rule => rule.Key).ToList(),
                StringComparer.Ordinal);
}
