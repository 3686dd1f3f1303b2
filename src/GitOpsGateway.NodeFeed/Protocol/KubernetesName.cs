namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// DNS-subdomain names (RFC 1123) as Kubernetes requires for namespaces and Gateways. Checking them here also keeps
/// such names safe as path segments: no separators, no "..", no '_' (the store joins namespace and name with it).
/// </summary>
internal static class KubernetesName
{
    private const int MaxLength = 253;

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength)
        {
            return false;
        }

        if (!char.IsAsciiLetterLower(name[0]) && !char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        if (!char.IsAsciiLetterLower(name[^1]) && !char.IsAsciiDigit(name[^1]))
        {
            return false;
        }

        return name.All(character => char.IsAsciiLetterLower(character) || char.IsAsciiDigit(character) || character is '-' or '.')
            && !name.Contains("..", StringComparison.Ordinal);
    }
}
