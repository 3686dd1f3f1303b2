namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// Reduces the many spellings of one repository to a comparable "host/path" form: no scheme, no user, no ".git",
/// no trailing slash, lower case, SCP-style "git@host:org/repo" read as "host/org/repo".
/// </summary>
internal static class RepositoryAddress
{
    public static string Normalize(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var text = address.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }
        else if (text.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && text.IndexOf('/', StringComparison.Ordinal) is var slash && (slash < 0 || colon < slash))
        {
            text = text[..colon] + "/" + text[(colon + 1)..];
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var firstSlash = text.IndexOf('/', StringComparison.Ordinal);
        if (at >= 0 && (firstSlash < 0 || at < firstSlash))
        {
            text = text[(at + 1)..];
        }

        text = text.TrimEnd('/');
        if (text.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^4];
        }

        return text.TrimEnd('/').ToLowerInvariant();
    }
}
