using GitOpsGateway.DataPlane;

namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>When a node may be called ready.</summary>
internal static class DataPlaneNodeReadiness
{
    /// <summary>
    /// A table is swapped in before its listener ports are opened, and the apply's outcome is recorded once they
    /// are: an outcome (applied, or refused while keeping the table before) that names the served version means
    /// requests can arrive.
    /// </summary>
    public static bool IsServing(this DataPlaneNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ServingVersion is { } serving && node.LastOutcome?.ServingVersion == serving;
    }
}
