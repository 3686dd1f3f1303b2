namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>An object found in a document: its identity when readable, and the typed record when it read cleanly.</summary>
internal sealed record LoadedObject(ResourceKey Key, KubernetesResource? Resource, SourceLocation Location);
