namespace GitOpsGateway.Routing.Matching;

/// <summary>Reduces a Host header or SNI to the name hostnames are matched against, without allocating.</summary>
internal static class HostName
{
    /// <summary>Drops the port (<c>a.example.com:8080</c>, <c>[::1]:80</c>) and a trailing root dot.</summary>
    public static ReadOnlySpan<char> Of(ReadOnlySpan<char> authority)
    {
        if (authority.IsEmpty)
        {
            return authority;
        }

        if (authority[0] == '[')
        {
            var close = authority.IndexOf(']');
            return close < 0 ? authority : authority[..(close + 1)];
        }

        var colon = authority.LastIndexOf(':');
        if (colon >= 0)
        {
            authority = authority[..colon];
        }

        return authority.EndsWith('.') ? authority[..^1] : authority;
    }
}
