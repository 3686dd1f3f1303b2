namespace GitOpsGateway.Audit.References;

/// <summary>
/// The hostname values of the route tables that can serve a name. Tables keep each rule once, under its route's
/// own hostname (an exact name, <c>*.suffix</c> or <c>*</c>), so the routes serving <c>api.example.com</c> are
/// recorded under that name, under <c>*.example.com</c>, <c>*.com</c> and under <c>*</c>.
/// </summary>
internal static class HostnamePatterns
{
    public const string Any = "*";

    /// <summary>
    /// The name itself, then each wildcard over a shorter suffix (a Gateway API wildcard stands for one or more
    /// labels), then <c>*</c>; a pattern asked for stands only for itself. At most one value per label plus two.
    /// </summary>
    public static IReadOnlyList<string> Serving(string normalizedHostname)
    {
        if (IsPattern(normalizedHostname))
        {
            return [normalizedHostname];
        }

        var patterns = new List<string> { normalizedHostname };
        for (var dot = normalizedHostname.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = normalizedHostname.IndexOf('.', dot + 1))
        {
            patterns.Add("*" + normalizedHostname[dot..]);
        }

        patterns.Add(Any);
        return patterns;
    }

    public static bool IsPattern(string hostname) =>
        hostname == Any || hostname.StartsWith("*.", StringComparison.Ordinal);
}
