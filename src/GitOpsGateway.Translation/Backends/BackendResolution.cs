using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Backends;

/// <summary>A backendRef's outcome: the id of the cluster it resolved to, or why it could not be used.</summary>
internal sealed record BackendResolution(string? ClusterId, Problem? Problem)
{
    public static BackendResolution Resolved(string clusterId) => new(clusterId, null);

    public static BackendResolution Failed(string reason, string message) => new(null, new Problem(reason, message));
}
