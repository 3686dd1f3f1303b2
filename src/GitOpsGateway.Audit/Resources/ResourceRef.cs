using System.Diagnostics.CodeAnalysis;

namespace GitOpsGateway.Audit.Resources;

/// <summary>An object named the Kubernetes way: kind, namespace ("" for cluster-scoped kinds) and name.</summary>
public sealed record ResourceRef(string Kind, string Namespace, string Name)
{
    /// <summary>"KIND/NAMESPACE/NAME" with an empty namespace kept: the form stored and indexed.</summary>
    public string Key => $"{Kind}/{Namespace}/{Name}";

    /// <summary>Reads "KIND/NAMESPACE/NAME", or "KIND/NAME" for a cluster-scoped object.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ResourceRef? reference)
    {
        reference = null;
        var parts = text?.Split('/') ?? [];
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[^1].Length == 0)
        {
            return false;
        }

        reference = new ResourceRef(parts[0], parts.Length == 3 ? parts[1] : string.Empty, parts[^1]);
        return true;
    }

    /// <exception cref="FormatException">The text is not "KIND/NAMESPACE/NAME" or "KIND/NAME".</exception>
    public static ResourceRef Parse(string text) =>
        TryParse(text, out var reference) ? reference : throw new FormatException($"'{text}' is not \"KIND/NAMESPACE/NAME\" or \"KIND/NAME\".");

    /// <summary>"HTTPRoute/shop/web", or "GatewayClass/gitops" for a cluster-scoped object.</summary>
    public override string ToString() => Namespace.Length == 0 ? $"{Kind}/{Name}" : Key;
}
