namespace GitOpsGateway.Translation.Hostnames;

/// <summary>
/// Gateway API hostname rules. A wildcard <c>*.example.com</c> is a suffix match over one or more labels: it
/// matches <c>a.example.com</c> and <c>a.b.example.com</c>, never <c>example.com</c>. <see cref="Any"/> (<c>*</c>)
/// stands for "no hostname", which matches everything.
/// </summary>
internal static class HostnameMatching
{
    public const string Any = "*";

    public static bool IsWildcard(string hostname) => hostname.StartsWith("*.", StringComparison.Ordinal);

    /// <summary>True when <paramref name="host"/> (a concrete name) is matched by <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string host) =>
        pattern == Any
        || string.Equals(pattern, host, StringComparison.Ordinal)
        || (IsWildcard(pattern) && host.Length > pattern.Length - 1 && host.EndsWith(pattern[1..], StringComparison.Ordinal));

    /// <summary>
    /// The names served both by a listener hostname (null: any) and a route hostname: the more specific of the
    /// two when one contains the other, otherwise null. A wildcard route hostname under an exact listener
    /// becomes the listener's name.
    /// </summary>
    public static string? Intersect(string? listenerHostname, string routeHostname)
    {
        if (listenerHostname is null || listenerHostname == Any)
        {
            return routeHostname;
        }

        if (routeHostname == Any || Covers(routeHostname, listenerHostname))
        {
            return listenerHostname;
        }

        return Covers(listenerHostname, routeHostname) ? routeHostname : null;
    }

    /// <summary>
    /// The hostnames a route serves on a listener, sorted ordinally: its own names intersected with the
    /// listener's, or the listener's (or <see cref="Any"/>) when the route names none. Empty when nothing intersects.
    /// </summary>
    public static IReadOnlyList<string> Effective(string? listenerHostname, IReadOnlyList<string> routeHostnames)
    {
        if (routeHostnames.Count == 0)
        {
            return [listenerHostname ?? Any];
        }

        return
        [
            .. routeHostnames
                .Select(hostname => Intersect(listenerHostname, hostname))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// True when every name <paramref name="specific"/> matches is also matched by <paramref name="general"/>:
    /// equal names, <see cref="Any"/>, or a wildcard over an exact name or a longer wildcard.
    /// </summary>
    public static bool Covers(string general, string specific)
    {
        if (general == Any || string.Equals(general, specific, StringComparison.Ordinal))
        {
            return true;
        }

        if (!IsWildcard(general) || specific == Any)
        {
            return false;
        }

        var suffix = general[1..];
        return specific.Length > suffix.Length
            && specific.EndsWith(suffix, StringComparison.Ordinal)
            && (!IsWildcard(specific) || specific.Length > general.Length);
    }

    /// <summary>True when some name is matched by both hostnames.</summary>
    public static bool Overlap(string left, string right) => Covers(left, right) || Covers(right, left);

    /// <summary>The host part of a Host header or :authority: the port, if any, is ignored.</summary>
    public static string StripPort(string authority)
    {
        if (authority.StartsWith('['))
        {
            var end = authority.IndexOf(']', StringComparison.Ordinal);
            return end < 0 ? authority : authority[..(end + 1)];
        }

        var colon = authority.LastIndexOf(':');
        return colon < 0 ? authority : authority[..colon];
    }
}
