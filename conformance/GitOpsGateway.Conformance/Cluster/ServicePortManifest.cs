namespace GitOpsGateway.Conformance.Cluster;

/// <summary>One port of a Service as the manifest declares it; <see cref="Name"/> is empty for an unnamed port.</summary>
public sealed record ServicePortManifest(string Name, int Port, string TargetPort, string Protocol);
