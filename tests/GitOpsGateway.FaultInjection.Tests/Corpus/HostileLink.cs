namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>A link to create at <paramref name="Path"/> (relative to the source folder): symbolic, or hard to a file of the folder.</summary>
internal sealed record HostileLink(string Path, string Target, bool Hard = false);
