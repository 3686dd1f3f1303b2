namespace GitOpsGateway.DevMode.Sources;

/// <summary>A request worth trying against the node: a route's hostname and one of its path matches.</summary>
public sealed record SampleRequest(string Host, string Path);
