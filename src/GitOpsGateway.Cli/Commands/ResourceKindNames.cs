namespace GitOpsGateway.Cli.Commands;

/// <summary>Kinds as people type them on the command line.</summary>
internal static class ResourceKindNames
{
    public static bool IsClusterScoped(string kind) =>
        string.Equals(kind, "GatewayClass", StringComparison.OrdinalIgnoreCase) || string.Equals(kind, "Namespace", StringComparison.OrdinalIgnoreCase);
}
