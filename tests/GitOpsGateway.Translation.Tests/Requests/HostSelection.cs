using GitOpsGateway.Translation.Hostnames;

namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>Picks the most specific hostname pattern for a host: the exact name, else the longest wildcard, else any.</summary>
internal static class HostSelection
{
    public static T? MostSpecific<T>(IEnumerable<T> candidates, Func<T, string?> pattern, string host)
        where T : class =>
        candidates
            .Where(candidate => HostnameMatching.Matches(pattern(candidate) ?? HostnameMatching.Any, host))
            .OrderByDescending(candidate => Rank(pattern(candidate)))
            .FirstOrDefault();

    private static (int Exact, int Length) Rank(string? pattern) => pattern is null or HostnameMatching.Any
        ? (0, -1)
        : HostnameMatching.Specificity(pattern);
}
