using System.Diagnostics.CodeAnalysis;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>The "namespace/name" text form of a Gateway on the wire (query strings, reports, listings).</summary>
public static class GatewayKey
{
    public static string Format(NamespacedName gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return $"{gateway.Namespace}/{gateway.Name}";
    }

    /// <summary>Accepts exactly one '/' between two Kubernetes object names (DNS subdomains).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out NamespacedName? gateway)
    {
        gateway = null;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (text is null || slash < 0)
        {
            return false;
        }

        var ns = text[..slash];
        var name = text[(slash + 1)..];
        if (!KubernetesName.IsValid(ns) || !KubernetesName.IsValid(name))
        {
            return false;
        }

        gateway = new NamespacedName { Namespace = ns, Name = name };
        return true;
    }

    /// <exception cref="FormatException">The text is not "namespace/name".</exception>
    public static NamespacedName Parse(string text) =>
        TryParse(text, out var gateway) ? gateway : throw new FormatException($"'{text}' is not a Gateway \"namespace/name\".");
}
