namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>The body of the node's <c>/readyz</c>.</summary>
internal sealed record NodeHealth(
    string Node,
    long? ServingVersion,
    string? ServingHash,
    bool ConnectedToControlPlane,
    string? LastConnectionError,
    IReadOnlyList<string> LastErrors);
