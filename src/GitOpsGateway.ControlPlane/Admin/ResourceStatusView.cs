using System.Text.Json;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The Kubernetes <c>status</c> the compiler gave one object.</summary>
public sealed record ResourceStatusView(string Kind, string Namespace, string Name, JsonElement Status);
