using GitOpsGateway.GatewayApi;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>A source's objects after its head commit, rebuilt from the event store, and the hash they compile to.</summary>
internal sealed record HeadCompile(string CommitSha, string Hash, ResourceSet Resources);
